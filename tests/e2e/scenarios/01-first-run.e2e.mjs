import { ADMIN, assert, completeSetup, createFirstAccount, eventually, expectFocus, expectScreen, organisationShown, PASSPHRASE, shownRecoveryKey, storeStatus } from '../lib/helpers.mjs';

export const tests = [
  {
    name: 'first run: setup, recovery key confirm, shell with the organisation (axe on every screen)',
    async run(t) {
      const page = await t.open(await t.newPage());
      await expectScreen(page, 'Set up Verbatim');
      assert.equal((await storeStatus(page)).value.state, 'absent');
      await t.screen(page, '01-setup');

      // Validation: blank organisation, too short, mismatched.
      await page.getByLabel('Organisation name').fill('   ');
      await page.getByLabel('New passphrase', { exact: true }).fill('short');
      await page.getByLabel('Type the new passphrase again').fill('shorter');
      await page.getByRole('button', { name: 'Create the encrypted store' }).click();
      await page.getByText('Enter the name of your organisation.').waitFor();
      await page.getByText('The passphrase must be at least 10 characters long.').waitFor();
      await page.getByText('The two passphrases are not the same. Type them again.').waitFor();
      await expectFocus(page, 'setup-organisation', 'focus goes to the first field with a problem');
      const describedBy = await page.getByLabel('Organisation name').getAttribute('aria-describedby');
      assert.ok(describedBy?.includes('setup-organisation-error'), 'the error is linked to its field');
      assert.equal((await storeStatus(page)).value.state, 'absent', 'nothing was created');
      await t.screen(page, '01-setup-errors');

      // The strength hint is live.
      const strength = page.locator('#setup-passphrase-strength');
      assert.equal(await strength.getAttribute('aria-live'), 'polite');
      assert.match(await strength.textContent(), /too short\. 5 more characters needed/);
      await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
      await eventually(async () => assert.match(await strength.textContent(), /^Strength: (good|strong)/));

      // The organisation name is kept exactly as typed: inner and trailing spaces too.
      const organisation = 'Healthwatch  Westminster ';
      await page.getByLabel('Organisation name').fill(organisation);
      await page.getByLabel('Type the new passphrase again').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Create the encrypted store' }).click();

      await expectScreen(page, 'Write down your recovery key');
      const key = await shownRecoveryKey(page);
      assert.match(key, /^[0-9A-Z]{6}(-[0-9A-Z]{6}){7}$/);
      await page.getByText('It is shown only this once.', { exact: false }).waitFor();
      await t.screen(page, '02-recovery-key');
      await page.getByRole('button', { name: 'I have written it down' }).click();

      await expectScreen(page, 'Check your recovery key');
      assert.equal(await page.locator('[data-testid="recovery-key"]').count(), 0, 'the key is hidden while it is checked');
      await page.getByLabel('Last group of the recovery key').fill('WRONG1');
      await page.getByRole('button', { name: 'Confirm and open Verbatim' }).click();
      await page.getByRole('alert').filter({ hasText: 'That is not the last group of the key.' }).waitFor();
      await t.screen(page, '03-recovery-key-confirm');
      // Forgiving about case, as the store is.
      await page.getByLabel('Last group of the recovery key').fill(key.split('-').at(-1).toLowerCase());
      await page.getByRole('button', { name: 'Confirm and open Verbatim' }).click();

      // The store was told the key was written down.
      await expectScreen(page, 'Create the first account');
      assert.equal((await storeStatus(page)).value.recoveryKeyConfirmed, true);
      await t.screen(page, '03b-first-account');
      await page.getByRole('button', { name: 'Create the account and sign in' }).click();
      await page.getByText('Enter a name.').waitFor();
      await page.getByText('Enter a PIN.').waitFor();
      await page.getByLabel('Choose a PIN').fill('12ab');
      await page.getByLabel('Type the PIN again').fill('12ab');
      await page.getByRole('button', { name: 'Create the account and sign in' }).click();
      await page.getByText('A PIN must be 4 to 12 numbers, with nothing else in it.').waitFor();
      await t.screen(page, '03c-first-account-errors');
      await createFirstAccount(page);

      await eventually(async () => assert.equal(await organisationShown(page), organisation));
      const signedIn = await page.getByTestId('signed-in-person').textContent();
      assert.ok(signedIn.includes(ADMIN.name) && signedIn.includes('Administrator'), `the header names who is signed in: ${signedIn}`);
      const status = (await storeStatus(page)).value;
      assert.equal(status.state, 'unlocked');
      assert.equal(status.organisation, organisation, 'the name reached the store byte for byte');
      const nav = page.getByRole('navigation', { name: 'Main' });
      assert.equal(await nav.getByRole('link', { name: 'Capture' }).getAttribute('aria-current'), 'page');
      await page.getByRole('heading', { level: 2, name: 'Events' }).waitFor();
      await t.screen(page, '04-shell-capture');

      for (const [area, file] of [
        ['Stories', '05-shell-stories'],
        ['Review', '05-shell-review'],
        ['Share', '05-shell-share'],
        ['Bring in', '05-shell-bring-in'],
        ['Action plan', '05-shell-action-plan'],
        ['Settings', '06-settings'],
      ]) {
        await nav.getByRole('link', { name: area }).click();
        await expectScreen(page, area);
        assert.equal(await nav.getByRole('link', { name: area }).getAttribute('aria-current'), 'page');
        assert.equal(await nav.locator('[aria-current="page"]').count(), 1);
        await t.screen(page, file);
      }
      assert.equal(await page.getByTestId('store-path').textContent(), t.dbPath);
    },
  },
  {
    name: 'a repeated setup helper reaches the shell (used by other scenarios)',
    async run(t) {
      const page = await t.open(await t.newPage());
      const key = await completeSetup(page);
      assert.equal(key.split('-').length, 8);
    },
  },
];
