import { assert, completeSetup, expectScreen, lockWithButton, NEW_PASSPHRASE, PASSPHRASE, signIn, storeStatus, unlockWith } from '../lib/helpers.mjs';

export const tests = [
  {
    name: 'recovery key and a new passphrase unlock; afterwards only the new passphrase works',
    async run(t) {
      const page = await t.open(await t.newPage());
      const recoveryKey = await completeSetup(page);
      await lockWithButton(page);
      await page.getByRole('button', { name: 'Forgot the passphrase? Use the recovery key' }).click();
      await expectScreen(page, 'Use the recovery key');
      await t.screen(page, '11-recover');

      // A wrong key is refused in plain English.
      const wrongKey = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
      await page.getByLabel('Recovery key').fill(wrongKey);
      await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
      await page.getByLabel('Type the new passphrase again').fill(NEW_PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock and set the new passphrase' }).click();
      await page.getByRole('alert').filter({ hasText: 'That recovery key does not unlock this store.' }).waitFor();
      assert.equal((await storeStatus(page)).value.state, 'locked');
      await t.screen(page, '12-recover-wrong-key');

      // Typed as people do: small letters, spaces instead of dashes.
      await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
      await page.getByRole('button', { name: 'Unlock and set the new passphrase' }).click();
      await signIn(page);
      assert.equal((await storeStatus(page)).value.state, 'unlocked');

      await lockWithButton(page);
      await unlockWith(page, PASSPHRASE);
      await page.getByRole('alert').filter({ hasText: 'That passphrase is not right.' }).waitFor();
      await unlockWith(page, NEW_PASSPHRASE);
      await signIn(page);
    },
  },
];
