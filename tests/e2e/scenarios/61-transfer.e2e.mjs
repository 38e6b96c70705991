/**
 * Transfer between laptops through the real services and store. A field laptop's
 * store is made with the command line (stories added, a transfer file written),
 * then the office brings it in through Bring in → Transfer file: a wrong
 * passphrase explained, the preview counts, the import as a job, the report, the
 * words stored exactly; the same file again finds everything unchanged. The office
 * then makes a transfer file of its own from the keyboard.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, completeSetup, eventually, openSection } from '../lib/helpers.mjs';
import { call, shot } from './50-find-stories.e2e.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIELD_PASSPHRASE = 'field laptop passphrase';
const BUNDLE_PASSPHRASE = 'carried by hand to the office';
const WORDS = ['  The GP said wait.\nI waited three weeks.  ', 'Czekałam trzy godziny 😞'];

/** A field laptop's store with two stories, and its transfer file, made with the command line. */
function fieldTransferFile(folder) {
  execFileSync(process.execPath, [join(ROOT, 'build.config.mjs'), 'cli'], { cwd: ROOT });
  const cli = (args) =>
    execFileSync(process.execPath, [join(ROOT, 'dist/cli/verbatim.cjs'), ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, VERBATIM_PASSPHRASE: FIELD_PASSPHRASE, VERBATIM_BUNDLE_PASSPHRASE: BUNDLE_PASSPHRASE },
    });
  const db = join(folder, 'field.db');
  cli(['init', '--db', db, '--organisation', 'Healthwatch Westminster']);
  const lines = join(folder, 'field.jsonl');
  writeFileSync(lines, `${WORDS.map((text, i) => JSON.stringify({ id: `field-${i}`, text })).join('\n')}\n`);
  cli(['add', '--db', db, '--in', lines]);
  const out = join(folder, 'field.vtransfer');
  assert.match(cli(['transfer', '--db', db, '--out', out]), /2 stories \(2 revisions\)/);
  return out;
}

async function openTransfer(page) {
  await openSection(page, 'Bring in', 'Transfer file');
  await page.getByRole('heading', { name: 'Bring in a transfer file', level: 2 }).waitFor();
}

const count = (region, row) => region.getByTestId(`count-${row}`).locator('td').textContent();

export const tests = [
  {
    name: 'transfer: a field laptop’s transfer file is previewed, imported and reported, the words exact; again it is all unchanged; the office makes one by keyboard',
    async run(t) {
      const file = fieldTransferFile(t.tmp);
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await openTransfer(page);
      await shot(t, page, 'transfer-01-section');

      const bring = page.getByTestId('transfer-bring');
      await bring.getByRole('textbox', { name: 'Transfer file', exact: true }).fill(file);
      await bring.getByLabel("The transfer file's passphrase").fill('not the passphrase');
      await bring.getByRole('button', { name: 'Check the file and preview' }).click();
      const alert = bring.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /That passphrase does not open this transfer file/);
      await shot(t, page, 'transfer-02-wrong-passphrase');

      await bring.getByLabel("The transfer file's passphrase").fill(BUNDLE_PASSPHRASE);
      await bring.getByLabel("The transfer file's passphrase").press('Enter');
      const preview = page.getByTestId('transfer-preview');
      await preview.waitFor({ timeout: 30_000 });
      assert.equal((await count(preview, 'new')).trim(), '2');
      assert.equal((await count(preview, 'unchanged')).trim(), '0');
      assert.equal(await call(page, 'listStories', { scope: 'all', limit: 50 }).then((page) => page.items.length), 0, 'the preview writes nothing');
      await shot(t, page, 'transfer-03-preview');

      await preview.getByRole('button', { name: 'Bring these stories in' }).click();
      const report = page.getByTestId('transfer-report');
      await report.waitFor({ timeout: 30_000 });
      assert.equal((await count(report, 'new')).trim(), '2');
      await shot(t, page, 'transfer-04-report');

      const { items } = await call(page, 'listStories', { scope: 'all', limit: 50 });
      const stored = await Promise.all(items.map((item) => call(page, 'getStory', { id: item.id })));
      assert.deepEqual(stored.map((story) => story.text).sort(), [...WORDS].sort());

      // The same file again: nothing new, nothing twice.
      await page.getByRole('button', { name: 'Bring in another transfer file' }).click();
      await bring.getByRole('textbox', { name: 'Transfer file', exact: true }).fill(file);
      await bring.getByLabel("The transfer file's passphrase").fill(BUNDLE_PASSPHRASE);
      await bring.getByRole('button', { name: 'Check the file and preview' }).click();
      await preview.waitFor({ timeout: 30_000 });
      assert.equal((await count(preview, 'new')).trim(), '0');
      assert.equal((await count(preview, 'unchanged')).trim(), '2');
      await page.getByTestId('transfer-conflicts').getByText('There are no open conflicts.').waitFor();

      // The office's own transfer file, from the keyboard alone.
      await openSection(page, 'Share', 'Transfer file');
      const make = page.getByTestId('transfer-make');
      await make.getByLabel('Passphrase for this transfer file').focus();
      await page.keyboard.type('short');
      await page.keyboard.press('Tab');
      await page.keyboard.type('short');
      await page.keyboard.press('Enter');
      await make.getByText('The passphrase must be at least 10 characters long.').waitFor();
      await shot(t, page, 'transfer-05-make-refused');
      await make.getByLabel('Passphrase for this transfer file').fill(BUNDLE_PASSPHRASE);
      await make.getByLabel('Type the new passphrase again').fill(BUNDLE_PASSPHRASE);
      // The path is offered once the exports folder is known.
      const out = await eventually(async () => {
        const offered = await make.getByRole('textbox', { name: /Save the transfer file as/ }).inputValue();
        assert.match(offered, /Verbatim exports\/transfer-\d{4}-\d{2}-\d{2}\.vtransfer$/);
        return offered;
      });
      await make.getByLabel('Type the new passphrase again').press('Enter');
      const made = page.getByTestId('transfer-made');
      await made.waitFor({ timeout: 30_000 });
      assert.match(await made.textContent(), /It holds 2 stories\./);
      assert.ok(existsSync(out));
      await shot(t, page, 'transfer-06-made');
    },
  },
];
