/* global window -- used inside page.evaluate callbacks, which run in the browser */
/**
 * The organisation's signing key in Settings: staff see its fingerprint in groups
 * of four (the same one every time, and the one the service signs with), can copy it
 * and reveal the public key from the keyboard; volunteers are not shown it.
 */
import { addPerson, assert, completeSetup, expectScreen, signIn, switchUser } from '../lib/helpers.mjs';

/** Settings opens on its General section. */
const openGeneralSettings = async (page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expectScreen(page, 'Settings');
  await page.getByRole('heading', { level: 2, name: 'Organisation' }).waitFor();
};

export const tests = [
  {
    name: 'signing key: staff see the fingerprint in groups, copy it and reveal the public key by keyboard; volunteers do not see it',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await openGeneralSettings(page);

      const panel = page.getByRole('region', { name: 'Signing key' });
      const fingerprint = panel.getByTestId('signing-fingerprint');
      await fingerprint.waitFor();
      const shown = (await fingerprint.textContent()) ?? '';
      assert.match(shown, /^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
      const fromService = await page.evaluate(() => window.verbatim.getSigningKey({}));
      assert.equal(fromService.ok, true);
      assert.equal(shown.replaceAll(' ', '').toLowerCase(), fromService.value.fingerprint);
      await t.screen(page, '65-signing-key');

      // Keyboard only: to the copy button, then to the public key.
      const copy = panel.getByRole('button', { name: 'Copy fingerprint' });
      await copy.focus();
      await page.keyboard.press('Enter');
      await panel.getByText(/The fingerprint (has been copied|could not be copied)/).waitFor();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const pem = panel.getByTestId('signing-public-key');
      await pem.waitFor();
      assert.equal(await pem.textContent(), fromService.value.publicKeyPem);
      await t.screen(page, '65-signing-key-public');

      // The same key after a reload.
      await page.reload();
      await expectScreen(page, 'Settings');
      assert.equal(await page.getByRole('region', { name: 'Signing key' }).getByTestId('signing-fingerprint').textContent(), shown);

      await addPerson(page, { name: 'Grace Mensah', role: 'Volunteer', pin: '9753' });
      await switchUser(page);
      // Signed in at the address the administrator left (Settings > People); a
      // volunteer is offered only the General section of Settings there.
      await signIn(page, { name: 'Grace Mensah', pin: '9753', expect: 'Settings' });
      await page.getByRole('heading', { level: 2, name: 'Organisation' }).waitFor();
      assert.equal(await page.getByRole('region', { name: 'Signing key' }).count(), 0);
      await t.screen(page, '65-signing-key-volunteer');
    },
  },
];
