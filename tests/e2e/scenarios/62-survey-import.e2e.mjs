/**
 * Survey import through the real services and store: a CSV from a survey tool
 * (tests/fixtures/survey/feedback.csv, copied to a temporary folder), its path
 * typed into the file field, the columns matched, every row checked with the
 * problems listed by row, the invalid row skipped, the keep-consent confirmed from
 * the keyboard, the import, the report, and the words stored exactly. The same
 * file a second time imports nothing; a Windows-1252 file is refused naming the row.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, completeSetup, expectFocus, openSection } from '../lib/helpers.mjs';
import { call, shot } from './50-find-stories.e2e.mjs';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/survey/feedback.csv');

async function openSurveyImport(page) {
  await openSection(page, 'Bring in', 'Survey responses');
  await page.getByRole('heading', { name: 'Survey import', level: 2 }).waitFor();
}

async function readFile(page, path) {
  const field = page.getByRole('textbox', { name: 'Survey file (CSV)' });
  await field.fill(path);
  await field.press('Enter');
}

export const tests = [
  {
    name: 'survey import: a survey CSV is matched, checked row by row, imported with the invalid row skipped, the words stored exactly; the same file again imports nothing',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await call(page, 'createService', { name: 'Elm Street Surgery', type: 'gp', odsCode: 'E85001', cqcLocationId: null });
      const path = join(t.tmp, 'feedback.csv');
      copyFileSync(FIXTURE, path);

      await openSurveyImport(page);
      await shot(t, page, 'survey-01-file');
      await readFile(page, path);

      // Columns, guessed from their names, each with the first answer beside it.
      await page.getByRole('heading', { name: 'Match the columns' }).waitFor();
      assert.equal(await page.getByRole('combobox', { name: "The person's words" }).inputValue(), '1');
      assert.equal(await page.getByRole('combobox', { name: 'Date of the answer' }).inputValue(), '2');
      assert.equal(await page.getByRole('combobox', { name: 'Service' }).inputValue(), '3');
      assert.equal(await page.getByRole('combobox', { name: 'Sex' }).inputValue(), '7');
      await shot(t, page, 'survey-02-columns');
      await page.getByRole('button', { name: 'Check every row' }).click();

      // The check: counts, the problems by row, the first stories exactly as stored.
      await page.getByRole('heading', { name: 'Check before importing' }).waitFor();
      assert.equal(await page.getByText('3 rows can be imported.').count(), 1);
      assert.equal(await page.getByText('1 row has a problem.').count(), 1);
      const problems = page.getByRole('region', { name: 'Problems, by row' });
      assert.deepEqual(await problems.getByRole('rowheader').allTextContents(), ['5', '5']);
      assert.match(await problems.textContent(), /"31\/02\/2026" is not a real date/);
      assert.match(await problems.textContent(), /"St Elsewhere" matches no service/);
      const words = await page.locator('.survey-words').allTextContents();
      assert.equal(words[0], '  The receptionist at Elm Street was kind, but I waited three weeks for a call back.  ');
      assert.equal(words[1], 'Czekałam trzy godziny.\r\nNikt nie powiedział mi dlaczego.');
      await shot(t, page, 'survey-03-check');

      // Keyboard only: Import refuses until the invalid row is skipped and the keep-consent confirmed.
      const importButton = page.getByRole('button', { name: 'Import 3 stories' });
      await importButton.focus();
      await page.keyboard.press('Enter');
      await expectFocus(page, 'survey-skip');
      await page.keyboard.press('Space');
      await importButton.focus();
      await page.keyboard.press('Enter');
      await expectFocus(page, 'survey-agreed');
      await shot(t, page, 'survey-04-confirm-needed');
      await page.keyboard.press('Space');
      await importButton.focus();
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { name: 'Import finished' }).waitFor();
      assert.equal(await page.getByText('3 stories imported.').count(), 1);
      assert.equal(await page.getByText('1 invalid row skipped.').count(), 1);
      await shot(t, page, 'survey-05-report');

      // Stored exactly, through the story service, as survey imports.
      const { items } = await call(page, 'listStories', { scope: 'all', limit: 50 });
      assert.equal(items.length, 3);
      const stored = await Promise.all(items.map((item) => call(page, 'getStory', { id: item.id })));
      const texts = stored.map((story) => story.text).sort();
      const expected = ['  The receptionist at Elm Street was kind, but I waited three weeks for a call back.  ', 'Czekałam trzy godziny.\r\nNikt nie powiedział mi dlaczego.', 'The pharmacist said "come back tomorrow" — three days running 😞'].sort();
      assert.deepEqual(texts, expected);
      for (const story of stored) {
        assert.equal(story.channel, 'survey-import');
        assert.equal(story.status, 'submitted');
        assert.equal(story.consent.contact, false);
        assert.equal(story.hasContact, false);
      }
      const polish = stored.find((story) => story.text.startsWith('Czekałam'));
      assert.equal(polish.heardOn, '2026-03-15');
      assert.deepEqual(polish.services.map((service) => service.name), ['Elm Street Surgery']);
      assert.deepEqual(polish.equality, { ageBand: '25-34', sex: 'male', ethnicity: 'other-any', postcodeDistrict: 'NW10' });

      // The same file again: nothing new.
      await page.getByRole('button', { name: 'Import another file' }).click();
      await readFile(page, path);
      await page.getByRole('button', { name: 'Check every row' }).click();
      await page.getByText('There is nothing new to import from this file.').waitFor();
      assert.equal(await page.getByText('3 rows were imported from this file before and will be left as they are.').count(), 1);
      assert.equal(await page.getByRole('button', { name: /^Import/ }).count(), 0);
      await shot(t, page, 'survey-06-already-imported');
    },
  },
  {
    name: 'survey import: a Windows-1252 file is refused naming the row and the byte, and nothing is imported',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      const path = join(t.tmp, 'old-excel.csv');
      const utf8 = readFileSync(FIXTURE).toString('utf8').split('\r\n').slice(0, 2).join('\r\n');
      writeFileSync(path, Buffer.concat([Buffer.from(`${utf8}\r\n1005,Caf`), Buffer.from([0xe9]), Buffer.from(' closed,14/03/2026,,,,,,,,\r\n')]));
      await openSurveyImport(page);
      await readFile(page, path);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /Row 3 is not UTF-8 text: byte 0xE9/);
      await shot(t, page, 'survey-07-wrong-encoding');
      assert.equal((await call(page, 'listStories', { scope: 'all', limit: 50 })).items.length, 0);
    },
  },
];
