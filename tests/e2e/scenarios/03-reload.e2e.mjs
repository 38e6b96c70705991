import { assert, completeSetup, eventually, expectScreen, lockWithButton, organisationShown, ORGANISATION, storeStatus } from '../lib/helpers.mjs';

// The store lives in the main process (here, the harness), not in the page. A reload
// of the page therefore shows the store as it is: still unlocked if it was unlocked
// (the same screen, from the address), still locked if it was locked.
export const tests = [
  {
    name: 'reload while unlocked: the store stays unlocked and the same area is shown',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await page.getByRole('link', { name: 'Settings' }).click();
      await expectScreen(page, 'Settings');
      await page.reload();
      await expectScreen(page, 'Settings');
      assert.equal((await storeStatus(page)).value.state, 'unlocked');
      await eventually(async () => assert.equal(await organisationShown(page), ORGANISATION));
      assert.equal(await page.getByRole('link', { name: 'Settings' }).getAttribute('aria-current'), 'page');
      await t.screen(page, '10-reload-unlocked');
    },
  },
  {
    name: 'reload while locked: the store stays locked',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await lockWithButton(page);
      await page.reload();
      await expectScreen(page, 'Unlock Verbatim');
      assert.equal((await storeStatus(page)).value.state, 'locked');
      assert.equal(await page.getByRole('navigation').count(), 0);
    },
  },
  {
    name: 'locked from another window: this window shows the unlock screen, not a stale shell',
    async run(t) {
      const first = await t.open(await t.newPage());
      await completeSetup(first);
      const second = await t.open(await t.newPage());
      await expectScreen(second, 'Capture');
      await lockWithButton(first);
      await second.getByRole('link', { name: 'Settings' }).click();
      // The first request this window makes finds the store locked: loading the signing key on
      // Settings may already do it; otherwise saving the organisation's name does.
      await second
        .getByRole('button', { name: 'Save name' })
        .click({ timeout: 3000 })
        .catch(() => {});
      await expectScreen(second, 'Unlock Verbatim');
      assert.equal(await second.getByRole('navigation').count(), 0);
    },
  },
];
