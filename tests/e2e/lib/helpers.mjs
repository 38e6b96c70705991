/* global window, document -- used inside page.evaluate callbacks, which run in the browser */
/** Shared steps for the end-to-end scenarios. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export { assert };

export const ORGANISATION = 'Healthwatch Westminster';
/** The first account on every store made by completeSetup: its administrator. */
export const ADMIN = { name: 'Amira Khan', pin: '2468' };
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
 * First-run setup through the UI: the store, its recovery key and (unless
 * `firstUser` is false) the first account, ending in the shell. With `t`, checks
 * and photographs each screen under `prefix`. Returns the recovery key.
 */
export async function completeSetup(page, { organisation = ORGANISATION, passphrase = PASSPHRASE, t = null, prefix = '', firstUser = true } = {}) {
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
  await expectScreen(page, 'Create the first account');
  if (firstUser) await createFirstAccount(page);
  return recoveryKey;
}

/** The first-account screen: name and PIN twice; ends in the shell. */
export async function createFirstAccount(page, { name = ADMIN.name, pin = ADMIN.pin } = {}) {
  await page.getByRole('heading', { level: 1, name: 'Create the first account' }).waitFor();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Choose a PIN').fill(pin);
  await page.getByLabel('Type the PIN again').fill(pin);
  await page.getByRole('button', { name: 'Create the account and sign in' }).click();
  await expectScreen(page, 'Capture');
}

/** The "Who is using Verbatim?" screen: choose a person, type the PIN. Ends in the shell unless `expect` is given. */
export async function signIn(page, { name = ADMIN.name, pin = ADMIN.pin, expect = 'Capture' } = {}) {
  await expectScreen(page, 'Who is using Verbatim?');
  await page.getByRole('radio', { name }).check();
  await page.getByLabel('Your PIN').fill(pin);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  if (expect) await expectScreen(page, expect);
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

// ---------------------------------------------------------------- capture

/** Creates an event from the Capture screen and starts capturing there. */
export async function startEvent(page, { name = 'Church Street community fair', place = 'Church Street Library', partner = '' } = {}) {
  await page.getByRole('heading', { level: 2, name: 'Create an event' }).waitFor();
  await page.getByLabel('Name of the event').fill(name);
  await page.getByLabel('Place', { exact: true }).fill(place);
  if (partner) await page.getByLabel('Partner organisation (optional)').fill(partner);
  await page.getByRole('button', { name: 'Create event and start capturing' }).click();
  await page.getByTestId('capture-event-name').filter({ hasText: name }).waitFor();
}

/** The yes/no group whose question matches `question`. */
export const question = (page, question) => page.getByRole('group', { name: question });

/** Answers the four consent questions (keep is required to be yes to save). */
export async function answerConsent(page, { keep = 'Yes', share = 'Yes', quote = 'No', contact = 'No' } = {}) {
  await question(page, /keeping their story/).getByLabel(keep, { exact: true }).check();
  await question(page, /being shared/).getByLabel(share, { exact: true }).check();
  await question(page, /being quoted/).getByLabel(quote, { exact: true }).check();
  await question(page, /want to be contacted/).getByLabel(contact, { exact: true }).check();
}

/** The words field on the capture form. */
export const wordsField = (page) => page.locator('#capture-words');

/** Waits for the blank form that follows a save: empty words, focused. */
export async function waitForBlankFocusedForm(page) {
  await page.waitForFunction(() => {
    const words = document.getElementById('capture-words');
    return words !== null && words.value === '' && document.activeElement === words;
  });
}

/** A page of stories as the services answer the signed-in person. */
export const listStories = (page, request) => page.evaluate((r) => window.verbatim.listStories(r), request);
export const getStory = (page, id) => page.evaluate((storyId) => window.verbatim.getStory({ id: storyId }), id);
