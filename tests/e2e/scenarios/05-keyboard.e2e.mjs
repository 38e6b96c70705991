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

/** Presses Tab until `match` holds for the focused element; every stop must show a focus ring. */
async function tabTo(page, match, what, limit = 30) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
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

      await expectScreen(page, 'Capture');
      assert.equal((await storeStatus(page)).value.state, 'unlocked');
      // From the focused heading, on through the skip link and the navigation.
      const first = await tabTo(page, () => true, 'anything');
      assert.equal(first.text, 'Skip to content', 'the first stop after the heading is the skip link');
      await tabTo(page, (f) => f.tag === 'A' && f.text === 'Settings', 'Settings in the navigation');
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
      await expectScreen(page, 'Settings');
    },
  },
];
