/**
 * A volunteer review pack, end to end through the real services and two stores:
 * the office issues a pack of checked stories to Grace; on her own laptop (a
 * second store, Grace signed in as a volunteer) the pack is imported, its
 * fingerprint shown, themes, sentiment and a note suggested through the screen,
 * and the results file made; back in the office the results are brought in and
 * the suggestion accepted in Review → Suggestions. The two stores take turns at
 * the test's store path (the harness serves one store at a time).
 */
import { readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addPerson, assert, completeSetup, expectScreen, openSection, PASSPHRASE, signIn, switchUser, unlockWith } from '../lib/helpers.mjs';
import { call, shot } from './50-find-stories.e2e.mjs';
import { checkAsProposed, createStory, openReview, reviewSection } from './49-review-steps.e2e.mjs';

const GRACE = { name: 'Grace Mensah', role: 'Volunteer', pin: '9753' };
const ADMIN = { name: 'Amira Khan', pin: '2468' };
const FIRST = 'My mum Rose waited four hours at the walk-in centre.\r\nDr Okafor was kind but the waiting room was freezing.';
const SECOND = 'The pharmacist on Elm Road explained my new tablets slowly. Call me on 07700 900461 if you need to.';


/** Puts the store now at the test's path aside, and another (or none) in its place. */
async function swapStore(t, asideAs, bringBack = null) {
  await t.stopHarness();
  const folder = dirname(t.dbPath);
  renameSync(folder, join(t.tmp, asideAs));
  if (bringBack) renameSync(join(t.tmp, bringBack), folder);
}

export const tests = [
  {
    name: 'volunteer pack: issued in the office, imported on a volunteer laptop, suggestions made through the screen, results brought back and accepted',
    async run(t) {
      // The office.
      let page = await t.open(await t.newPage());
      await completeSetup(page);
      await addPerson(page, GRACE);
      const ids = [await createStory(page, { text: FIRST }), await createStory(page, { text: SECOND })];
      for (const id of ids) await checkAsProposed(page, id);
      const officeKey = await call(page, 'getSigningKey', {});
      await openSection(page, 'Share', 'Volunteer packs');
      await page.getByRole('heading', { name: 'Make a review pack for a volunteer' }).waitFor();
      await page.getByTestId('pack-candidate').nth(1).waitFor();
      await page.getByRole('button', { name: 'Make the pack' }).click();
      await page.getByText('Choose the volunteer the pack is for.').waitFor();
      await shot(t, page, 'pack-01-issue-problems');
      await page.getByRole('combobox', { name: 'Volunteer' }).selectOption({ label: GRACE.name });
      await page.getByRole('button', { name: /Choose all 2 shown/ }).click();
      const packPath = join(t.tmp, 'pack-for-grace.zip');
      await page.getByRole('textbox', { name: 'Save the pack as' }).fill(packPath);
      await page.getByRole('button', { name: 'Make the pack' }).click();
      await page.getByText(/with 2 stories was saved as/).waitFor();
      await page.getByTestId('packs-issued').getByRole('cell', { name: GRACE.name }).waitFor();
      await shot(t, page, 'pack-02-issued');
      const packBytes = readFileSync(packPath);
      for (const secret of ['Rose', 'Okafor', '07700 900461', ...ids]) assert.ok(!packBytes.includes(Buffer.from(secret)), `the pack file never holds ${secret}`);

      // Grace's own laptop: a new store, Grace signed in as a volunteer.
      await swapStore(t, 'office-store');
      page = await t.open(await t.newPage());
      await completeSetup(page, { organisation: 'Grace at home' });
      await addPerson(page, GRACE);
      await switchUser(page);
      await signIn(page, { name: GRACE.name, pin: GRACE.pin, expect: '' });
      await openSection(page, 'Review', 'Review packs');
      await page.getByRole('heading', { name: 'Import a review pack' }).waitFor();
      await page.getByRole('textbox', { name: 'Pack file' }).fill(packPath);
      await page.getByRole('button', { name: 'Import the pack' }).click();
      await page.getByText(/The pack from Healthwatch Westminster with 2 stories was imported/).waitFor();
      const grouped = officeKey.fingerprint.toUpperCase().match(/.{4}/g).join(' ');
      assert.ok((await page.getByTestId('pack-import').textContent()).includes(grouped), 'the fingerprint to compare is shown');
      await shot(t, page, 'pack-03-imported');
      // Importing it again adds nothing.
      await page.getByRole('textbox', { name: 'Pack file' }).fill(packPath);
      await page.getByRole('button', { name: 'Import the pack' }).click();
      await page.getByText(/was already imported; nothing was added/).waitFor();
      assert.equal((await call(page, 'listReceivedPacks', {})).length, 1);

      await page.getByRole('button', { name: /^Open/ }).click();
      const words = page.getByTestId('pack-story-text');
      await words.waitFor();
      // Pack references say nothing about the story: find Rose's by its words.
      if (!(await words.textContent()).includes('walk-in')) await page.getByRole('button', { name: /Story S002/ }).click();
      await words.filter({ hasText: 'walk-in' }).waitFor();
      const otherRef = (await page.locator('[aria-current="true"]').textContent()).includes('S001') ? 'S002' : 'S001';
      const shown = await words.textContent();
      assert.match(shown, /\[PERSON \d+\]/);
      for (const name of ['Rose', 'Okafor']) assert.ok(!shown.includes(name), `the pack never shows ${name}`);
      assert.ok(shown.includes('\r\n'), 'line breaks are kept exactly');
      const form = page.getByTestId('suggest-theme');
      await form.getByLabel('Theme').selectOption({ label: 'Waiting on the day' });
      await form.getByRole('radio', { name: 'Negative' }).check();
      await form.getByRole('button', { name: 'Suggest this theme' }).click();
      await page.getByText('Added Waiting on the day to your suggestions for this story.').waitFor();
      await page.getByRole('group', { name: 'Overall sentiment (optional)' }).getByRole('radio', { name: 'Mixed' }).check();
      await page.getByRole('textbox', { name: 'Note for staff (optional)' }).fill('Kind doctor, cold room.');
      await page.getByRole('button', { name: 'Save sentiment and note' }).click();
      await page.getByText('Saved.', { exact: true }).waitFor();
      await shot(t, page, 'pack-04-suggested');
      await page.getByRole('button', { name: new RegExp(`Story ${otherRef}`) }).click();
      await page.getByTestId('pack-story-text').filter({ hasText: 'pharmacist' }).waitFor();
      assert.ok((await page.getByTestId('pack-story-text').textContent()).includes('[PHONE 1]'), 'the phone number is masked');
      const resultsPath = join(t.tmp, 'results-from-grace.zip');
      await page.getByRole('textbox', { name: 'Save the results as' }).fill(resultsPath);
      await page.getByRole('button', { name: 'Make results file' }).click();
      await page.getByText(/Results for 1 story \(themes suggested: 1\) were saved/).waitFor();
      await shot(t, page, 'pack-05-results-made');

      // Back in the office: the results brought in, and the suggestion accepted.
      await swapStore(t, 'grace-store', 'office-store');
      page = await t.open(await t.newPage());
      await expectScreen(page, 'Unlock Verbatim');
      await unlockWith(page, PASSPHRASE);
      await signIn(page, { ...ADMIN, expect: '' });
      await openSection(page, 'Bring in', "Volunteers' results");
      await page.getByRole('textbox', { name: 'Results file' }).fill(resultsPath);
      await page.getByRole('button', { name: 'Bring in the results' }).click();
      await page.getByText(/1 new suggestion added to Review → Suggestions; 0 already brought in before/).waitFor();
      await shot(t, page, 'pack-06-results-in');
      await page.getByRole('textbox', { name: 'Results file' }).fill(resultsPath);
      await page.getByRole('button', { name: 'Bring in the results' }).click();
      await page.getByText(/0 new suggestions added to Review → Suggestions; 1 already brought in before/).waitFor();
      // The volunteer's overall sentiment and note, beside the pack it came from.
      await openSection(page, 'Share', 'Volunteer packs');
      await page.getByRole('button', { name: /Show 1 sentiment or note from pack/ }).click();
      const notes = page.getByTestId('pack-notes');
      await notes.getByText('Kind doctor, cold room.').waitFor();
      assert.match(await notes.textContent(), /Mixed/);
      await shot(t, page, 'pack-07-notes');

      await openReview(page);
      await reviewSection(page, 'Suggestions');
      const suggestion = page.getByTestId('suggestion');
      await suggestion.first().waitFor();
      assert.equal(await suggestion.count(), 1);
      assert.match(await suggestion.first().textContent(), new RegExp(`Waiting on the day.*Negative.*${GRACE.name}`));
      await suggestion.first().getByRole('button', { name: 'Accept Waiting on the day' }).click();
      await page.getByText('Accepted: the story is now tagged Waiting on the day.').waitFor();
      const tags = await call(page, 'listTags', { storyId: ids[0] });
      assert.deepEqual(tags.map((tag) => [tag.codeName, tag.sentiment]), [['Waiting on the day', 'negative']]);
    },
  },
];
