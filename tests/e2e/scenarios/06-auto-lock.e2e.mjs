/* global window -- used inside page.evaluate callbacks, which run in the browser */
import { assert, completeSetup, expectScreen, storeStatus } from '../lib/helpers.mjs';

const minutes = (n) => n * 60_000;

export const tests = [
  {
    name: 'auto-lock: idle for the default 10 minutes locks; activity postpones it',
    async run(t) {
      const page = await t.newPage({ clock: true });
      await t.open(page);
      await completeSetup(page);

      await page.clock.fastForward(minutes(9));
      await page.mouse.move(200, 300);
      await page.clock.fastForward(minutes(2));
      assert.equal((await storeStatus(page)).value.state, 'unlocked', 'activity at 9 minutes postponed the lock');
      await page.getByRole('heading', { level: 1, name: 'Capture' }).waitFor();

      await page.clock.fastForward(minutes(9));
      await expectScreen(page, 'Unlock Verbatim');
      await page.getByText('Verbatim locked itself after 10 minutes without activity.').waitFor();
      assert.equal((await storeStatus(page)).value.state, 'locked');
      await t.screen(page, '15-auto-locked');
    },
  },
  {
    name: 'auto-lock: 1 minute set in Settings is used at once',
    async run(t) {
      const page = await t.newPage({ clock: true });
      await t.open(page);
      await completeSetup(page);
      await page.getByRole('link', { name: 'Settings' }).click();
      await expectScreen(page, 'Settings');
      const field = page.getByLabel('Lock after this many minutes without activity');
      await field.fill('0');
      await page.getByRole('button', { name: 'Save automatic lock' }).click();
      await page.getByText('Enter a whole number of minutes from 1 to 480.').waitFor();
      await field.fill('1');
      await page.getByRole('button', { name: 'Save automatic lock' }).click();
      await page.getByText('Verbatim will lock after 1 minute without activity.').waitFor();
      assert.equal((await page.evaluate(() => window.verbatim.getSettings({}))).value.autoLockMinutes, 1);

      await page.clock.fastForward(minutes(1) + 1000);
      await expectScreen(page, 'Unlock Verbatim');
      await page.getByText('Verbatim locked itself after 1 minute without activity.').waitFor();
      assert.equal((await storeStatus(page)).value.state, 'locked');
    },
  },
];
