/* global window, document, indexedDB -- used inside page.evaluate callbacks, which run in the browser */
/** Shared steps for the end-to-end scenarios. */
import assert from 'node:assert/strict';
import { createDecipheriv, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export { assert };

export const ORGANISATION = 'Healthwatch Westminster';
/** The first account on every store made by completeSetup: its administrator. */
export const ADMIN = { name: 'Amira Khan', pin: '2468' };
export const PASSPHRASE = 'quiet harbour lantern 42';
export const NEW_PASSPHRASE = 'seven orange kites at dawn';

export const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Runs `assertion` (which reads the page and asserts) until it passes, and returns what
 * it returns; after `timeout` ms its last failure is thrown. For the reads Playwright
 * does not wait for by itself (count, textContent, allTextContents, inputValue,
 * getAttribute, isVisible, evaluate): the screen may still be catching up with an answer
 * or an effect, so a single read races with it.
 *
 *   await eventually(async () => assert.equal(await rows.count(), 3));
 */
export async function eventually(assertion, { timeout = 10_000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((done) => setTimeout(done, interval));
  }
}

/**
 * Opens a section of an area from the main navigation (for example Share → Transfer file)
 * and waits until that section is the current one. An area offering one section has no
 * section links; then the area itself is enough.
 */
export async function openSection(page, area, section) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area, exact: true }).click();
  await expectScreen(page, area);
  const sections = page.getByRole('navigation', { name: `${area} sections` });
  if ((await sections.count()) === 0) return;
  const link = sections.getByRole('link', { name: section, exact: true });
  await link.click();
  await link.and(page.locator('[aria-current="page"]')).waitFor();
}

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

/** Waits until the element with the id `id` has the focus, which screens often move in an effect or the next frame. */
export const expectFocus = (page, id, message = `the focus is on #${id}`) =>
  eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id ?? null), id, message));

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

/**
 * Every record of the drafts database, read with the plain IndexedDB API in the
 * page: field names, and the bytes of the IV and ciphertext as arrays.
 */
export const draftRecords = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('verbatim-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve(
              request.result.map((record) => ({
                fields: Object.keys(record).sort(),
                id: record.id,
                userId: record.userId,
                updatedAt: record.updatedAt,
                iv: Array.from(record.iv),
                ciphertext: Array.from(record.ciphertext),
                json: JSON.stringify(record),
              })),
            );
          };
        };
      }),
  );

/**
 * What a draft record (from draftRecords) holds, decrypted in Node with the store's
 * draft key (AES-256-GCM, the record's id and owner as additional data, as the app
 * seals it): a test's way to know which change a draft on disk has caught.
 */
export async function openDraftRecord(page, record) {
  const { key } = (await page.evaluate(() => window.verbatim.getDraftKey({}))).value;
  const sealed = Buffer.from(record.ciphertext);
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(key, 'base64'), Buffer.from(record.iv));
  decipher.setAAD(Buffer.from(`verbatim-draft:v1:${record.id}:${record.userId}`, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString('utf8'));
}

/** True when `needle`'s UTF-8 bytes appear anywhere in `bytes`. */
export function containsBytes(bytes, needle) {
  const target = [...Buffer.from(needle, 'utf8')];
  outer: for (let i = 0; i + target.length <= bytes.length; i += 1) {
    for (let j = 0; j < target.length; j += 1) if (bytes[i + j] !== target[j]) continue outer;
    return true;
  }
  return false;
}

/** Settings > People: an administrator adds a person with a role and a PIN. */
export async function addPerson(page, { name, role, pin }) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('heading', { level: 2, name: 'Add a person' }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('group', { name: 'Role' }).getByRole('radio', { name: role }).check();
  await page.getByLabel('New PIN').fill(pin);
  await page.getByLabel('Type the PIN again').fill(pin);
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByText(`${name} has been added as: ${role}.`).waitFor();
}

/** Header: Switch user, back to the picker. */
export async function switchUser(page) {
  await page.getByRole('button', { name: 'Switch user' }).click();
  await expectScreen(page, 'Who is using Verbatim?');
}

/** Captures one story through the form (mouse and keyboard, quickly) and waits for "saved". */
export async function captureStory(page, text) {
  await wordsField(page).fill(text);
  await page.getByRole('group', { name: 'Whose words are these?' }).getByLabel("The person's own words").check();
  await answerConsent(page);
  await page.getByRole('button', { name: /^Save story/ }).click();
  await page.getByTestId('save-status').filter({ hasText: /^Story saved at/ }).waitFor();
  await waitForBlankFocusedForm(page);
}
