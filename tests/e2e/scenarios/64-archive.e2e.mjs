/**
 * The whole-store archive through the real services: an administrator opens
 * Share → Archive, is asked for the passphrase and the personal-data
 * confirmation, gets a wrong passphrase explained, makes the archive (a job with
 * progress), and the file is read back in Node: signed, every revision's words
 * byte for byte, the contact details there and the PIN hashes not.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, completeSetup, openSection, PASSPHRASE } from '../lib/helpers.mjs';
import { call, shot } from './50-find-stories.e2e.mjs';
import { createStory } from './49-review-steps.e2e.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The app's own bundle reader (signature, hashes, zip safety), bundled for plain Node. */
async function bundleReader(t) {
  const { build } = await import('esbuild');
  const outfile = join(t.tmp, 'bundle-reader.cjs');
  await build({ entryPoints: [join(HERE, '../../../main/bundles/signed-bundle.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  return createRequire(import.meta.url)(outfile);
}

const WORDS = '  Tabs\tand "quotes", commas, a line break\r\nand an accent: Cafe\u0301 🙂  ';

export const tests = [
  {
    name: 'archive: made through the screen with the passphrase re-entered, and read back in Node with every word byte for byte',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      const id = await createStory(page, { text: WORDS });
      await call(page, 'reviseStory', { id, text: `${WORDS}More.`, reason: 'She added a word' });

      await openSection(page, 'Share', 'Archive');
      await page.getByRole('heading', { name: 'Archive of the whole store' }).waitFor();
      await page.getByRole('button', { name: 'Make the archive' }).click();
      await page.getByText('Tick the box to confirm you understand the archive contains personal data.').waitFor();
      await shot(t, page, 'archive-01-problems');

      const path = join(t.tmp, 'archive.zip');
      await page.getByRole('textbox', { name: 'Save the archive as' }).fill(path);
      await page.getByLabel('Store passphrase').fill('not the passphrase');
      await page.getByRole('checkbox', { name: /contains personal data/ }).check();
      await page.getByRole('button', { name: 'Make the archive' }).click();
      await page.getByRole('alert').filter({ hasText: 'The archive was not made.' }).waitFor();
      await shot(t, page, 'archive-02-wrong-passphrase');

      await page.getByLabel('Store passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Make the archive' }).click();
      await page.getByText(/The archive was saved as/).waitFor({ timeout: 30_000 });
      await shot(t, page, 'archive-03-done');

      const { readSignedBundle } = await bundleReader(t);
      const { files, manifest } = readSignedBundle(readFileSync(path), 'archive');
      const revisions = files.get('tables/story_revisions.jsonl').toString('utf8').trim().split('\n').map((line) => JSON.parse(line));
      const mine = revisions.filter((r) => r.story_id === id).map((r) => r.text);
      assert.deepEqual(mine, [WORDS, `${WORDS}More.`], 'every revision, byte for byte');
      assert.ok(files.get('schema.md').toString('utf8').includes('### story_revisions'));
      assert.equal(manifest.details.tables.stories, 1);
      assert.ok(!files.get('tables/users.jsonl').toString('utf8').includes('pin_hash'));
    },
  },
];
