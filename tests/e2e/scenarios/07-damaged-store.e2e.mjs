import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assert, completeSetup, expectScreen, ORGANISATION, PASSPHRASE, sha256, signIn, storeStatus, unlockWith } from '../lib/helpers.mjs';

/** A store made through the UI, then closed by stopping the harness (as quitting the app would). */
async function storeMadeAndClosed(t) {
  const page = await t.open(await t.newPage());
  await completeSetup(page);
  await page.close();
  await t.stopHarness();
  for (const companion of ['-wal', '-shm']) assert.ok(!existsSync(`${t.dbPath}${companion}`) || statSync(`${t.dbPath}${companion}`).size >= 0);
}

export const tests = [
  {
    name: 'a corrupt store file: plain-English message, restore offered, the file never modified, restore works',
    async run(t) {
      await storeMadeAndClosed(t);
      await t.makeBackup(PASSPHRASE, 'before-the-damage.vbak');
      const size = statSync(t.dbPath).size;
      writeFileSync(t.dbPath, randomBytes(size));
      for (const companion of ['-wal', '-shm']) rmSync(`${t.dbPath}${companion}`, { force: true });
      const damagedHash = sha256(t.dbPath);

      await t.startHarness();
      const page = await t.open(await t.newPage());
      await expectScreen(page, 'Unlock Verbatim');
      await unlockWith(page, PASSPHRASE);
      const alert = page.getByRole('alert').filter({ hasText: 'The store file is damaged or incomplete' });
      await alert.waitFor();
      assert.equal(await alert.getAttribute('data-code'), 'STORE_CORRUPT');
      const restore = alert.getByRole('button', { name: 'Restore from a backup' });
      await restore.waitFor();
      assert.equal((await storeStatus(page)).value.state, 'locked');
      assert.equal(sha256(t.dbPath), damagedHash, 'the damaged file was not modified');
      await t.screen(page, '16-unlock-store-corrupt');

      await restore.click();
      await expectScreen(page, 'Restore from a backup');
      const choice = page.getByRole('radio');
      // The list of backups arrives after the screen: wait for it before counting.
      await page.getByText('Backup made by the end-to-end tests.', { exact: false }).waitFor();
      assert.equal(await choice.count(), 1);
      await t.screen(page, '17-restore-from-backup');
      // Nothing chosen yet: a clear message, nothing restored.
      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await page.getByText('Choose a backup.').waitFor();
      assert.equal(sha256(t.dbPath), damagedHash);

      await choice.first().check();
      await page.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await signIn(page);
      assert.equal((await storeStatus(page)).value.organisation, ORGANISATION);
      // The damaged file was moved aside, byte for byte, never deleted.
      const aside = readdirSync(dirname(t.dbPath)).filter((name) => name.startsWith('verbatim.db.replaced-') && !name.endsWith('.json'));
      assert.equal(aside.length, 1, `one replaced file kept: ${aside.join(', ')}`);
      assert.equal(sha256(join(dirname(t.dbPath), aside[0])), damagedHash);
    },
  },
  {
    name: 'a missing key file: plain-English message and the restore offer, saying when there are no backups',
    async run(t) {
      await storeMadeAndClosed(t);
      const hash = sha256(t.dbPath);
      rmSync(`${t.dbPath}.keys.json`);
      await t.startHarness();
      const page = await t.open(await t.newPage());
      await expectScreen(page, 'Unlock Verbatim');
      await unlockWith(page, PASSPHRASE);
      const alert = page.getByRole('alert').filter({ hasText: 'The key file that sits beside the store is missing' });
      await alert.waitFor();
      await t.screen(page, '18-unlock-keys-missing');
      await alert.getByRole('button', { name: 'Restore from a backup' }).click();
      await expectScreen(page, 'Restore from a backup');
      await page.getByText('There are no backups beside the store').waitFor();
      await t.screen(page, '19-restore-no-backups');
      await page.getByRole('button', { name: 'Back to unlock' }).click();
      await expectScreen(page, 'Unlock Verbatim');
      assert.equal(sha256(t.dbPath), hash, 'the store file is untouched');
    },
  },
  {
    name: 'a store from a newer Verbatim: says to install the latest version; the file is untouched',
    async run(t) {
      await storeMadeAndClosed(t);
      await t.makeTooNew(PASSPHRASE);
      const hash = sha256(t.dbPath);
      await t.startHarness();
      const page = await t.open(await t.newPage());
      await expectScreen(page, 'Unlock Verbatim');
      await unlockWith(page, PASSPHRASE);
      const alert = page.getByRole('alert').filter({ hasText: 'saved by a newer version of Verbatim' });
      await alert.waitFor();
      assert.equal(await alert.getByRole('button', { name: 'Restore from a backup' }).count(), 0);
      await t.screen(page, '20-unlock-store-too-new');
      assert.equal((await storeStatus(page)).value.state, 'locked');
      assert.equal(sha256(t.dbPath), hash, 'the store file is untouched');
    },
  },
];
