/* global window, document -- used inside page.evaluate callbacks, which run in the browser */
/** Shared steps for the end-to-end scenarios. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export { assert };

export const ORGANISATION = 'Healthwatch Westminster';
export const PASSPHRASE = 'quiet harbour lantern 42';
export const NEW_PASSPHRASE = 'seven orange kites at dawn';

export const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Waits for the screen whose h1 is `name`, and checks that it has the focus. */
export async function expectScreen(page, name) {
  const heading = page.getByRole('heading', { level: 1, name });
  await heading.waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForFunction(
    (text) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === text,
    typeof name === 'string' ? name : await heading.textContent(),
    { timeout: 5_000 },
  );
  return heading;
}

/** What the store itself says, through the same bridge the app uses. */
export const storeStatus = (page) => page.evaluate(() => window.verbatim.getStoreStatus({}));

/** The recovery key as shown on screen, group by group. */
export const shownRecoveryKey = async (page) =>
  (await page.locator('[data-testid="recovery-key"] .recovery-key-chars').allTextContents()).join('-');

/**
 * First-run setup through the UI, ending in the shell. With `t`, checks and
 * photographs each screen under `prefix`. Returns the recovery key.
 */
export async function completeSetup(page, { organisation = ORGANISATION, passphrase = PASSPHRASE, t = null, prefix = '' } = {}) {
  await expectScreen(page, 'Set up Verbatim');
  if (t) await t.screen(page, `${prefix}setup`);
  await page.getByLabel('Organisation name').fill(organisation);
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the new passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Create the encrypted store' }).click();
  await expectScreen(page, 'Write down your recovery key');
  const recoveryKey = await shownRecoveryKey(page);
  assert.match(recoveryKey, /^[0-9A-Z]{6}(-[0-9A-Z]{6}){7}$/, 'the recovery key is shown as 8 groups of 6');
  if (t) await t.screen(page, `${prefix}recovery-key`);
  await page.getByRole('button', { name: 'I have written it down' }).click();
  await expectScreen(page, 'Check your recovery key');
  if (t) await t.screen(page, `${prefix}recovery-key-confirm`);
  await page.getByLabel('Last group of the recovery key').fill(recoveryKey.split('-').at(-1));
  await page.getByRole('button', { name: 'Confirm and open Verbatim' }).click();
  await expectScreen(page, 'Capture');
  return recoveryKey;
}

export async function lockWithButton(page) {
  await page.getByRole('button', { name: /^Lock/ }).click();
  await expectScreen(page, 'Unlock Verbatim');
}

export async function unlockWith(page, passphrase) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

export const organisationShown = (page) => page.getByTestId('organisation-name').textContent();
