import {
  ADMIN,
  assert,
  completeSetup,
  createFirstAccount,
  eventually,
  expectScreen,
  ORGANISATION,
  PASSPHRASE,
  shownRecoveryKey,
  storeStatus,
} from '../lib/helpers.mjs';

const openSettings = async (page, section) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: section, exact: true }).click();
  await expectScreen(page, 'Settings');
};

export const tests = [
  {
    name: 'setup interrupted before the key was checked: a banner leads to Settings > Recovery key, where a new key is made, shown once and checked',
    async run(t) {
      const page = await t.open(await t.newPage());
      await expectScreen(page, 'Set up Verbatim');
      await page.getByLabel('Organisation name').fill(ORGANISATION);
      await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Type the new passphrase again').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Create the encrypted store' }).click();
      await expectScreen(page, 'Write down your recovery key');
      const oldKey = await shownRecoveryKey(page);
      // The window closes before the key is checked.
      await page.reload();
      assert.equal((await storeStatus(page)).value.recoveryKeyConfirmed, false);
      await createFirstAccount(page);

      const banner = page.getByTestId('recovery-key-banner');
      await banner.waitFor();
      await t.screen(page, '60-recovery-key-banner');
      await banner.getByRole('link', { name: 'Make a new recovery key in Settings' }).click();
      await page.getByRole('heading', { level: 2, name: 'Recovery key' }).waitFor();
      await page.getByText('The current recovery key has not been confirmed as written down.').waitFor();
      await t.screen(page, '61-settings-recovery-key');

      await page.getByRole('button', { name: 'Make a new recovery key' }).click();
      await page.getByText('Enter the passphrase.').waitFor();
      await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
      await page.getByRole('button', { name: 'Make a new recovery key' }).click();
      await page.getByRole('alert').filter({ hasText: 'That passphrase is not right.' }).waitFor();
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Make a new recovery key' }).click();
      await page.getByRole('heading', { level: 3, name: 'Write down the new recovery key' }).waitFor();
      const newKey = await shownRecoveryKey(page);
      assert.match(newKey, /^[0-9A-Z]{6}(-[0-9A-Z]{6}){7}$/);
      assert.notEqual(newKey, oldKey);
      await t.screen(page, '62-settings-new-recovery-key');
      await page.getByRole('button', { name: 'I have written it down' }).click();
      await page.getByLabel('Last group of the recovery key').fill(newKey.split('-').at(-1));
      await page.getByRole('button', { name: 'Confirm the new key' }).click();
      await page.getByText('The new recovery key has been confirmed.', { exact: false }).waitFor();
      await banner.waitFor({ state: 'detached' });
      assert.equal((await storeStatus(page)).value.recoveryKeyConfirmed, true);
      await t.screen(page, '63-settings-recovery-key-done');
    },
  },
  {
    name: 'settings for capture: prompts edited and reordered, services added, edited and retired, my PIN changed',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);

      // Capture prompts.
      await openSettings(page, 'Capture prompts');
      const prompts = page.getByRole('list', { name: 'Prompts, in the order shown' });
      await prompts.getByRole('listitem').first().waitFor();
      const before = await prompts.getByRole('textbox').count();
      await t.screen(page, '64-settings-prompts');
      await page.getByRole('button', { name: 'Add a prompt' }).click();
      await page.getByRole('textbox', { name: `Prompt ${before + 1}` }).fill('Who else was there?');
      await page.getByRole('button', { name: `Move up: prompt ${before + 1}` }).click();
      assert.equal(await page.getByRole('textbox', { name: `Prompt ${before}` }).inputValue(), 'Who else was there?');
      await page.getByRole('button', { name: 'Remove prompt 1' }).click();
      await page.getByRole('button', { name: 'Add a prompt' }).click();
      await page.getByRole('button', { name: 'Save prompts' }).click();
      await page.getByRole('link', { name: `Prompt ${before + 1} is empty. Type a question or remove it.` }).waitFor();
      await page.getByRole('button', { name: `Remove prompt ${before + 1}` }).click();
      await page.getByRole('button', { name: 'Save prompts' }).click();
      await page.getByText('The prompts have been saved.').waitFor();

      // Services register.
      await openSettings(page, 'Services');
      await page.getByRole('heading', { level: 2, name: 'Add a service' }).waitFor();
      await page.getByRole('button', { name: 'Add service' }).click();
      await page.getByText('Enter the name of the service.').waitFor();
      await page.locator('#service-add-name').fill('Lisson Grove Health Centre');
      await page.locator('#service-add-type').selectOption('gp');
      await page.locator('#service-add-ods').fill('E87003');
      await page.getByRole('button', { name: 'Add service' }).click();
      await page.getByText('Lisson Grove Health Centre has been added.').waitFor();
      await page.getByRole('button', { name: 'Edit Lisson Grove Health Centre' }).click();
      await page.locator('[id^="service-edit-"][id$="-cqc"]').fill('1-101010101');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText('Lisson Grove Health Centre has been saved.').waitFor();
      const row = page.getByRole('row', { name: /Lisson Grove Health Centre/ });
      await eventually(async () => assert.ok((await row.textContent()).includes('1-101010101'), 'the row shows the CQC location id'));
      await row.getByRole('button', { name: 'Retire Lisson Grove Health Centre' }).click();
      await row.getByRole('button', { name: 'Yes, retire it' }).click();
      await page.getByText('Lisson Grove Health Centre has been retired.').waitFor();
      await page.getByRole('row', { name: /Lisson Grove Health Centre.*Retired/ }).waitFor();
      await t.screen(page, '65-settings-services');

      // The capture form shows the new prompt and no longer offers the retired service.
      await page.getByRole('link', { name: 'Capture', exact: true }).click();
      await page.getByRole('button', { name: 'Capture without an event' }).click();
      await page.getByRole('complementary', { name: 'Prompts' }).getByText('Who else was there?').waitFor();
      await page.getByLabel('Find a service').fill('Lisson');
      await page.getByText('No service matches. Staff can add services in Settings.').waitFor();

      // My PIN.
      await openSettings(page, 'My PIN');
      await page.getByLabel('Current PIN').fill('9999');
      await page.getByLabel('New PIN').fill('86420');
      await page.getByLabel('Type the PIN again').fill('86420');
      await page.getByRole('button', { name: 'Change PIN' }).click();
      await page.getByRole('alert').filter({ hasText: 'That PIN is not right.' }).waitFor();
      await page.getByLabel('Current PIN').fill(ADMIN.pin);
      await page.getByRole('button', { name: 'Change PIN' }).click();
      await page.getByText('Your PIN has been changed.').waitFor();
      await t.screen(page, '66-settings-my-pin');
      await page.getByRole('button', { name: 'Switch user' }).click();
      await page.getByRole('radio', { name: ADMIN.name }).check();
      await page.getByLabel('Your PIN').fill('86420');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expectScreen(page, 'Settings');
    },
  },
];
