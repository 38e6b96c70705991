/* global document, getComputedStyle -- used inside page.evaluate callbacks, which run in the browser */
import { assert, expectScreen, ORGANISATION, PASSPHRASE, storeStatus } from '../lib/helpers.mjs';

const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim(),
      label: el?.labels?.[0]?.textContent ?? '',
      ring: style ? style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 : false,
    };
  });

/** Presses Tab (or Shift+Tab) until `match` holds for the focused element; every stop must show a focus ring. */
async function tabTo(page, match, what, limit = 30, key = 'Tab') {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const now = await focused(page);
    assert.ok(now.ring, `the focused ${now.tag} "${now.label || now.text}" shows a visible focus ring`);
    if (match(now)) return now;
  }
  throw new Error(`Tab never reached ${what}`);
}

export const tests = [
  {
    name: 'keyboard only: setup, recovery key check and the way to Settings, with visible focus',
    async run(t) {
      const page = await t.open(await t.newPage());
      await expectScreen(page, 'Set up Verbatim');

      // Logical order: organisation, passphrase, confirmation, create.
      assert.equal((await tabTo(page, (f) => f.tag === 'INPUT', 'the first field')).id, 'setup-organisation');
      await page.keyboard.type(ORGANISATION);
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).id, 'setup-passphrase-new');
      await page.keyboard.type(PASSPHRASE);
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).id, 'setup-passphrase-confirm');
      await page.keyboard.type(PASSPHRASE);
      await page.keyboard.press('Enter'); // Enter submits the form

      await expectScreen(page, 'Write down your recovery key');
      const key = (await page.locator('[data-testid="recovery-key"] .recovery-key-chars').allTextContents()).join('-');
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'I have written it down', 'the confirm button');
      await page.keyboard.press('Enter');

      await expectScreen(page, 'Check your recovery key');
      await tabTo(page, (f) => f.id === 'setup-last-group', 'the last-group field');
      await page.keyboard.type(key.split('-').at(-1));
      await page.keyboard.press('Enter');

      // The first account: name, PIN, PIN again, Enter.
      await expectScreen(page, 'Create the first account');
      assert.equal((await tabTo(page, (f) => f.tag === 'INPUT', 'the name field')).id, 'first-user-name');
      await page.keyboard.type('Amira Khan');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).id, 'first-user-pin');
      await page.keyboard.type('2468');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).id, 'first-user-pin-confirm');
      await page.keyboard.type('2468');
      await page.keyboard.press('Enter');

      await expectScreen(page, 'Capture');
      assert.equal((await storeStatus(page)).value.state, 'unlocked');
      // From the focused heading, back through the header to the navigation.
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('Lock'), 'the Lock button', 30, 'Shift+Tab');
      await tabTo(page, (f) => f.tag === 'A' && f.text === 'Settings', 'Settings in the navigation', 30, 'Shift+Tab');
      await t.screenshot(page, '13-keyboard-focus-on-nav');
      await page.keyboard.press('Enter');
      await expectScreen(page, 'Settings');
      assert.equal(await page.getByRole('link', { name: 'Settings' }).getAttribute('aria-current'), 'page');

      // And on into the first settings field, then lock with Ctrl+L.
      const field = await tabTo(page, (f) => f.tag === 'INPUT', 'the first settings field');
      assert.ok(['settings-organisation'].includes(field.id), `expected the organisation field, got ${field.id}`);
      await t.screen(page, '14-keyboard-settings');
      await page.keyboard.press('Control+l');
      await expectScreen(page, 'Unlock Verbatim');
      await tabTo(page, (f) => f.id === 'unlock-passphrase', 'the passphrase field');
      await page.keyboard.type(PASSPHRASE);
      await page.keyboard.press('Enter');
      // Locking signed Amira out: she signs in again with the keyboard.
      await expectScreen(page, 'Who is using Verbatim?');
      // The people are listed once their list arrives, after the heading: Tab has nowhere to go before.
      await page.getByRole('radio', { name: 'Amira Khan' }).waitFor();
      await tabTo(page, (f) => f.tag === 'INPUT' && f.label === 'Amira Khan', 'Amira in the list of people');
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.id === 'sign-in-pin', 'the PIN field');
      await page.keyboard.type('2468');
      await page.keyboard.press('Enter');
      await expectScreen(page, 'Settings');
    },
  },
];
