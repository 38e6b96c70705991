import { readFileSync } from 'node:fs';
import { assert, completeSetup, eventually, expectFocus, expectScreen, lockWithButton, organisationShown, ORGANISATION, PASSPHRASE, sha256, signIn, storeStatus, unlockWith } from '../lib/helpers.mjs';

export const tests = [
  {
    name: 'lock with the button; a wrong passphrase keeps it locked; the right one unlocks',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await lockWithButton(page);
      assert.equal((await storeStatus(page)).value.state, 'locked');
      await page.getByText('Verbatim is locked.').waitFor();
      await t.screen(page, '07-unlock');

      const dbHash = sha256(t.dbPath);
      const keysBefore = readFileSync(`${t.dbPath}.keys.json`, 'utf8');
      await unlockWith(page, 'not the passphrase at all');
      const alert = page.getByRole('alert').filter({ hasText: 'That passphrase is not right.' });
      await alert.waitFor();
      assert.equal(await page.getByLabel('Passphrase', { exact: true }).getAttribute('aria-describedby'), 'unlock-error');
      await expectFocus(page, 'unlock-passphrase', 'focus returns to the passphrase');
      assert.equal((await storeStatus(page)).value.state, 'locked', 'still locked');
      assert.equal(await page.getByRole('navigation').count(), 0, 'the shell is not shown');
      assert.equal(sha256(t.dbPath), dbHash, 'the store file is untouched');
      assert.equal(readFileSync(`${t.dbPath}.keys.json`, 'utf8'), keysBefore, 'the key file is untouched');
      await t.screen(page, '08-unlock-wrong-passphrase');

      await unlockWith(page, PASSPHRASE);
      await signIn(page);
      await eventually(async () => assert.equal(await organisationShown(page), ORGANISATION));
      assert.equal((await storeStatus(page)).value.state, 'unlocked');
    },
  },
  {
    name: 'Ctrl+L locks from anywhere in the shell',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await page.getByRole('link', { name: 'Settings' }).click();
      await expectScreen(page, 'Settings');
      await page.getByLabel('Organisation name').focus();
      await page.keyboard.press('Control+l');
      await expectScreen(page, 'Unlock Verbatim');
      assert.equal((await storeStatus(page)).value.state, 'locked');
    },
  },
  {
    name: 'after 5 wrong passphrases the unlock screen counts down the wait',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await lockWithButton(page);
      for (let i = 0; i < 5; i += 1) {
        const answered = page.waitForResponse((response) => response.url().endsWith('/ipc/unlockStore'));
        await unlockWith(page, `wrong passphrase ${i}`);
        assert.equal((await (await answered).json()).code, 'WRONG_PASSPHRASE');
        await page.getByRole('alert').filter({ hasText: 'That passphrase is not right.' }).waitFor();
        await page.getByRole('button', { name: 'Unlock', exact: true }).waitFor();
      }
      await unlockWith(page, PASSPHRASE);
      const alert = page.getByRole('alert').filter({ hasText: 'too many wrong attempts' });
      await alert.waitFor();
      const timer = page.getByRole('timer');
      assert.match(await timer.textContent(), /You can try again in \d seconds?\./);
      await t.screen(page, '09-unlock-too-many-attempts');
      assert.equal((await storeStatus(page)).value.state, 'locked');
      await page.getByText('You can try again now.').waitFor({ timeout: 10_000 });
      await unlockWith(page, PASSPHRASE);
      await signIn(page);
    },
  },
  {
    name: 'an unlock that takes long says why, then opens the store',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await lockWithButton(page);
      // As if the store were being backed up and brought up to date: the answer comes after 6 s.
      await page.route('**/ipc/unlockStore', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 6000));
        await route.continue();
      });
      await unlockWith(page, PASSPHRASE);
      await page.getByRole('button', { name: 'Unlocking…' }).waitFor();
      const explanation = page.getByRole('status').filter({ hasText: 'Still unlocking. The first time after Verbatim has been updated' });
      await explanation.waitFor();
      await t.screen(page, '09-unlock-taking-long');
      await signIn(page);
      assert.equal(await explanation.count(), 0, 'the explanation leaves with the unlock screen');
      assert.equal((await storeStatus(page)).value.state, 'unlocked');
    },
  },
];
