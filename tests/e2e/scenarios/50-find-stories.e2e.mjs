/* global window, document -- used inside page.evaluate callbacks, which run in the browser */
/**
 * Find stories through the real services and store: words, prefixes, phrases,
 * AND / OR / NOT, highlights, a bad query, filters with counts, saved searches, and
 * the windowed list moved through from the keyboard. Stories are made quickly
 * through the bridge (window.verbatim.saveStory) after signing in.
 *
 * Also exports the steps the other workbench scenarios (51, 52) share.
 */
import { assert, completeSetup, eventually, expectScreen } from '../lib/helpers.mjs';

const today = () => new Date().toISOString().slice(0, 10);

/** A story as saveStory takes it; `change` overrides any field. */
export function newStory(text, change = {}) {
  return {
    text,
    wordsKind: 'own-words',
    language: 'English',
    interpreter: false,
    translation: null,
    channel: 'drop-in',
    eventId: null,
    heardOn: today(),
    serviceIds: [],
    consent: { keep: true, share: true, quote: false, contact: false },
    contact: null,
    equality: {},
    safeguarding: { flagged: false, action: null, actionBy: null },
    status: 'submitted',
    draftId: null,
    ...change,
  };
}

/** Saves stories through the bridge, in order; returns their ids. */
export async function saveStories(page, stories) {
  return page.evaluate(async (list) => {
    const ids = [];
    for (const story of list) {
      const answer = await window.verbatim.saveStory(story);
      if (!answer.ok) throw new Error(`${answer.code}: ${answer.message}`);
      ids.push(answer.value.id);
    }
    return ids;
  }, stories);
}

/** Calls one bridge method and returns its value (throws on a refusal). */
export async function call(page, method, request) {
  const answer = await page.evaluate(([m, r]) => window.verbatim[m](r), [method, request]);
  if (!answer.ok) throw new Error(`${method}: ${answer.code}: ${answer.message}`);
  return answer.value;
}

/** Services in the register, by type. */
export async function serviceOfType(page, type) {
  const services = await call(page, 'listServices', { includeRetired: false });
  const found = services.find((service) => service.type === type);
  if (found) return found.id;
  return (await call(page, 'createService', { name: `Test ${type}`, type, odsCode: null, cqcLocationId: null })).id;
}

export const mainNav = (page) => page.getByRole('navigation', { name: 'Main' });

/** Opens Stories (Find stories) from the main navigation. */
export async function openStories(page) {
  await mainNav(page).getByRole('link', { name: 'Stories' }).click();
  await expectScreen(page, 'Stories');
  await waitForResults(page);
}

/**
 * Waits until the list shows the answer to the latest search (nothing on its way,
 * the counts in), and, given `query`, that it answers those words.
 */
export async function waitForResults(page, query = null) {
  await page.waitForFunction((words) => {
    const results = document.querySelector('.wb-results');
    const filters = document.querySelector('.wb-filters');
    return (
      results !== null &&
      results.getAttribute('aria-busy') === null &&
      filters?.getAttribute('aria-busy') === null &&
      (words === null || results.getAttribute('data-shown-query') === words) &&
      document.querySelector('[data-testid="results-summary"]')?.textContent !== ''
    );
  }, query);
}

/** Types a search as a person would (key by key) and waits for its answer. */
export async function search(page, query) {
  const box = page.getByLabel('Search the words');
  await box.fill('');
  await box.pressSequentially(query, { delay: 15 });
  // The debounce, then the answer to these words.
  await waitForResults(page, query);
}

/** Checks a screen (axe) and photographs it from the top of the page. */
export async function shot(t, page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await t.screen(page, name);
}

/** The snippets of the rows in the list, in order, as shown. */
export const snippets = (page) => page.locator('.wb-results .story-excerpt').allTextContents();
/** Waits until the list holds exactly these stories (in any order), with nothing on its way. */
export async function expectStories(page, expected) {
  const want = [...expected].sort();
  try {
    await page.waitForFunction((list) => {
      const shown = [...document.querySelectorAll('.wb-results .story-excerpt')].map((element) => element.textContent).sort();
      return document.querySelector('.wb-results')?.getAttribute('aria-busy') === null && JSON.stringify(shown) === JSON.stringify(list);
    }, want, { timeout: 5_000 });
  } catch {
    assert.deepEqual((await snippets(page)).sort(), want);
  }
  await waitForResults(page);
}

/** The words marked as matches in the rows. */
export const marks = (page) => page.locator('.wb-results mark.wb-match').allTextContents();

export const STORIES = [
  'The receptionist said there were no appointments left, so I waited on the phone again.',
  'My dentist was kind but the waiting list for dentures is two years.',
  'Parking at the hospital costs too much and the bus does not go there.',
  'The pharmacy ran out of my medication twice this month.',
  'Nobody explained the discharge plan; my father was sent home at night.',
  'Staff on the ward were kind and respectful to my mother.',
  'Online booking never works, so I phone at eight every morning.',
  'I could not get a dentist appointment anywhere near me.',
  'Transport to the clinic was arranged quickly and the driver was helpful.',
  'The café at the hospital was closed <script>alert(1)</script> all weekend.',
];

export const tests = [
  {
    name: 'Find stories: words, prefix, phrase, AND, OR and NOT find the right stories with the matched words highlighted; a bad query explains itself',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      const dentist = await serviceOfType(page, 'dentist');
      const gp = await serviceOfType(page, 'gp');
      await saveStories(
        page,
        STORIES.map((text, i) =>
          newStory(text, {
            serviceIds: i === 1 || i === 7 ? [dentist] : i === 0 || i === 6 ? [gp] : [],
            channel: i % 2 === 0 ? 'phone' : 'drop-in',
            safeguarding: { flagged: i === 4, action: null, actionBy: null },
          }),
        ),
      );
      await openStories(page);
      assert.equal(await page.getByTestId('results-summary').textContent(), '10 stories, newest first.');
      // A windowed list: only the rows in view (and a few more) are in the page.
      const rendered = await page.getByTestId('story-item').count();
      assert.ok(rendered >= 4 && rendered <= 10, `${rendered} rows rendered`);
      assert.equal(await page.locator('.vlist-rows').getAttribute('aria-label'), 'Stories found');
      assert.equal(await page.locator('.vlist-row').first().getAttribute('aria-setsize'), '10');
      await shot(t, page, 'wb-01-find-stories');

      // Words: both must be there.
      await search(page, 'waiting list');
      assert.deepEqual(await snippets(page), [STORIES[1]]);
      assert.deepEqual(await marks(page), ['waiting', 'list']);
      assert.equal(await page.getByTestId('results-summary').textContent(), '1 story matches.');

      // A prefix.
      await search(page, 'dent*');
      assert.equal((await snippets(page)).length, 2);
      assert.deepEqual((await marks(page)).sort(), ['dentist', 'dentist', 'dentures'].sort());
      await shot(t, page, 'wb-02-search-prefix');

      // A phrase.
      await search(page, '"kind but"');
      assert.deepEqual(await snippets(page), [STORIES[1]]);
      assert.deepEqual(await marks(page), ['kind but'], 'a phrase is marked as one');
      await search(page, '"kind and"');
      assert.deepEqual(await snippets(page), [STORIES[5]]);

      // AND, OR, NOT, brackets, case and accents.
      await search(page, 'dentist AND appointment');
      assert.deepEqual(await snippets(page), [STORIES[7]]);
      await search(page, 'parking OR transport');
      assert.deepEqual((await snippets(page)).sort(), [STORIES[2], STORIES[8]].sort());
      await search(page, 'dentist NOT appointment');
      assert.deepEqual(await snippets(page), [STORIES[1]]);
      await search(page, '(PHARMACY OR cafe) NOT weekend');
      assert.deepEqual(await snippets(page), [STORIES[3]]);
      await search(page, 'cafe');
      assert.deepEqual(await marks(page), ['café'], 'accents do not matter, and the words are shown as stored');
      const script = await page.locator('.wb-results .story-excerpt').first().evaluate((element) => ({
        text: element.textContent,
        scripts: element.querySelectorAll('script').length,
      }));
      assert.equal(script.scripts, 0, 'script-like words are text, never markup');
      assert.ok(script.text.includes('<script>alert(1)</script>'));

      // Nothing matches.
      await search(page, 'helicopter');
      await page.getByText('No stories match.').waitFor();

      // A bad query: the message, no crash, the last good list stays.
      await search(page, 'dentist');
      const before = await snippets(page);
      const box = page.getByLabel('Search the words');
      await box.fill('');
      await box.pressSequentially('"waiting list', { delay: 15 });
      const problem = page.getByTestId('query-problem');
      await problem.filter({ hasText: 'A quotation mark is not closed: add the closing " after the phrase.' }).waitFor();
      assert.equal(await box.getAttribute('aria-invalid'), 'true');
      await page.waitForTimeout(400);
      assert.deepEqual(await snippets(page), before, 'the list is left as it was');
      await shot(t, page, 'wb-03-bad-query');
      await box.pressSequentially(' OR', { delay: 15 });
      await problem.filter({ hasText: 'A quotation mark is not closed' }).waitFor();
      await box.fill('parking OR');
      await problem.filter({ hasText: 'OR needs words after it, as in "parking OR transport".' }).waitFor();
      await box.fill('(parking');
      await problem.filter({ hasText: 'A bracket ( is not closed: add the closing ).' }).waitFor();
      // The service says the same, if asked directly.
      const refused = await page.evaluate(() => window.verbatim.searchStories({ query: '"waiting list', filters: {}, limit: 5 }));
      assert.equal(refused.ok, false);
      assert.equal(refused.message, 'A quotation mark is not closed: add the closing " after the phrase.');
      await box.fill('');
      await waitForResults(page, '');
      assert.equal(await problem.textContent(), '');
      assert.equal(await page.getByTestId('results-summary').textContent(), '10 stories, newest first.');

      // The search help.
      await page.getByRole('button', { name: 'How to search' }).click();
      await page.getByRole('region', { name: 'How to search' }).waitFor();
      await shot(t, page, 'wb-04-search-help');
      await page.keyboard.press('Escape');
      await page.getByRole('region', { name: 'How to search' }).waitFor({ state: 'hidden' });
      await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'How to search', 'Escape gives the focus back to the button'));
    },
  },
  {
    name: 'Find stories: filters combine with the search words, counts are shown beside the values, and searches are saved, applied and deleted',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      const dentist = await serviceOfType(page, 'dentist');
      const gp = await serviceOfType(page, 'gp');
      const ids = await saveStories(
        page,
        STORIES.map((text, i) =>
          newStory(text, {
            serviceIds: i === 1 || i === 7 ? [dentist] : i === 0 || i === 6 ? [gp] : [],
            channel: i % 2 === 0 ? 'phone' : 'drop-in',
            language: i === 3 ? 'Polish' : 'English',
            heardOn: `2026-0${1 + (i % 5)}-1${i % 10}`,
            consent: { keep: true, share: i < 6, quote: false, contact: false },
            safeguarding: { flagged: i === 4, action: null, actionBy: null },
          }),
        ),
      );
      const codes = await call(page, 'listCodes', { includeRetired: false });
      const theme = (name) => codes.find((code) => code.name === name && code.parentId === null);
      const booking = theme('Booking appointments');
      const transport = theme('Parking and transport');
      await call(page, 'tagStory', { storyId: ids[0], codeId: booking.id, sentiment: 'negative', passage: null });
      await call(page, 'tagStory', { storyId: ids[6], codeId: booking.id, sentiment: 'negative', passage: null });
      await call(page, 'tagStory', { storyId: ids[2], codeId: transport.id, sentiment: 'negative', passage: null });
      await call(page, 'setStorySentiment', { storyId: ids[0], sentiment: 'negative' });
      await call(page, 'setStorySentiment', { storyId: ids[5], sentiment: 'positive' });
      await openStories(page);

      // Counts beside the values, for everything.
      const filters = page.getByRole('complementary', { name: 'Filters' });
      const group = async (name) => {
        const button = filters.getByRole('button', { name: new RegExp(`^${name}`) });
        if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
      };
      const count = (label) => filters.locator('.wb-check', { hasText: label }).locator('.wb-count').textContent();
      await group('How it was heard');
      await page.waitForFunction(() => document.querySelector('.wb-filters')?.getAttribute('aria-busy') === null);
      assert.equal(await count('Phone call'), '5 stories');
      assert.equal(await count('Drop-in'), '5 stories');
      assert.equal(await count('Negative'), '1 story');
      assert.equal(await count('Booking appointments'), '2 stories');
      await shot(t, page, 'wb-05-filters-counts');
      // Who recorded them is counted too (the whole store's counts, kept as stories are saved).
      await group('Recorded by');
      assert.equal(await count('Amira Khan'), '10 stories');

      // Search words and a filter together.
      await search(page, 'hospital');
      assert.equal((await snippets(page)).length, 2);
      await page.waitForFunction(() => document.querySelector('.wb-filters')?.getAttribute('aria-busy') === null);
      assert.equal(await count('Phone call'), '1 story', 'the counts follow the search');
      await filters.getByRole('checkbox', { name: /^Phone call/ }).check();
      await expectStories(page, [STORIES[2]]);
      assert.equal(await page.getByTestId('results-summary').textContent(), '1 story matches.');
      assert.deepEqual(await marks(page), ['hospital']);
      await shot(t, page, 'wb-06-search-and-filter');

      // Save it, clear everything, apply it again, then delete it.
      await page.getByRole('button', { name: 'Save this search' }).click();
      await page.getByLabel('Name for this search').fill('Hospital by phone');
      await page.keyboard.press('Enter');
      await page.getByText('Saved as “Hospital by phone”.').waitFor();
      await filters.getByRole('button', { name: 'Clear all filters' }).click();
      await search(page, '');
      assert.equal(await page.getByTestId('results-summary').textContent(), '10 stories, newest first.');
      await page.getByRole('button', { name: 'Hospital by phone', exact: true }).click();
      await waitForResults(page, 'hospital');
      assert.equal(await page.getByLabel('Search the words').inputValue(), 'hospital');
      assert.deepEqual(await snippets(page), [STORIES[2]]);
      assert.equal(await filters.getByRole('checkbox', { name: /^Phone call/ }).isChecked(), true);
      await shot(t, page, 'wb-07-saved-search');
      await page.getByRole('button', { name: 'Delete Hospital by phone' }).click();
      await page.getByText('Deleted the saved search “Hospital by phone”.').waitFor();
      assert.deepEqual(await call(page, 'listSavedSearches', {}), []);
      await filters.getByRole('button', { name: 'Clear all filters' }).click();
      await search(page, '');

      // A theme from the codebook picker (its sub-themes count too), and a sentiment.
      await filters.getByLabel('Find a theme or sub-theme').fill('booking');
      await page.keyboard.press('Enter');
      await expectStories(page, [STORIES[0], STORIES[6]]);
      await filters.getByRole('checkbox', { name: /^Negative/ }).check();
      await expectStories(page, [STORIES[0]]);
      await filters.getByRole('button', { name: 'Clear all filters' }).click();
      await waitForResults(page);

      // Safeguarding, consent, language, service type, date range: each combines.
      await filters.getByRole('radio', { name: /^Safeguarding concern/ }).check();
      await expectStories(page, [STORIES[4]]);
      await filters.getByRole('radio', { name: /^Either/ }).first().check();
      await group('Consent to share');
      await filters.getByRole('radio', { name: /^Did not agree to sharing/ }).check();
      await page.getByTestId('results-summary').filter({ hasText: /^4 stories match\.$/ }).waitFor();
      await group('Type of service');
      await filters.getByRole('checkbox', { name: /^Dentist/ }).check();
      await expectStories(page, [STORIES[7]]);
      await filters.getByRole('button', { name: 'Clear all filters' }).click();
      await waitForResults(page);
      await group('Language');
      await filters.getByRole('checkbox', { name: /^Polish/ }).check();
      await expectStories(page, [STORIES[3]]);
      await filters.getByRole('button', { name: 'Clear all filters' }).click();
      await waitForResults(page);
      await group('Date heard');
      await filters.getByLabel('Heard from').fill('2026-05-01');
      // A date range lists by date heard, and the summary says so.
      await page.getByTestId('results-summary').filter({ hasText: /^2 stories match\. Listed by the date heard, latest first\.$/ }).waitFor();
      await filters.getByLabel('Heard to').fill('2026-04-01');
      await filters.getByText('The first date must not be after the second. Change one of them.').waitFor();
      await shot(t, page, 'wb-08-filters-dates');
    },
  },
];
