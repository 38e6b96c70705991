/* global window -- used inside page.evaluate callbacks, which run in the browser */
/**
 * Steps shared by the Review scenarios (40-48). It lives among the scenarios (with no
 * tests of its own) so that the Review tests stay within their own files.
 */
import { assert } from '../lib/helpers.mjs';

/** Saves a story through the real services as the signed-in person; answers its id. */
export async function createStory(page, { text, heardOn = '2026-03-10', channel = 'drop-in', share = true } = {}) {
  const saved = await page.evaluate(
    (story) => window.verbatim.saveStory(story),
    {
      text,
      wordsKind: 'own-words',
      language: 'English',
      interpreter: false,
      translation: null,
      channel,
      eventId: null,
      heardOn,
      serviceIds: [],
      consent: { keep: true, share, quote: false, contact: false },
      contact: null,
      equality: {},
      safeguarding: { flagged: false, action: null, actionBy: null },
      status: 'submitted',
      draftId: null,
    },
  );
  assert.equal(saved.ok, true, `the story was saved: ${JSON.stringify(saved)}`);
  return saved.value.id;
}

/** Records a check of a story's masks through the services, accepting what the engine proposes. */
export async function checkAsProposed(page, id) {
  const answer = await page.evaluate(async (storyId) => {
    const review = await window.verbatim.getMaskReview({ id: storyId });
    if (!review.ok) return review;
    return window.verbatim.saveMaskCheck({ id: storyId, revision: review.value.revision, masks: review.value.proposed });
  }, id);
  assert.equal(answer.ok, true, `the check was recorded: ${JSON.stringify(answer)}`);
  return answer.value;
}

/**
 * The main navigation's Review link; waits for the area. (Its heading takes the focus
 * when the area was not already showing; after signing in on a Review address it already is.)
 */
export async function openReview(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  await page.getByRole('heading', { level: 1, name: 'Review', exact: true }).waitFor();
}

/** A section of Review, from its navigation. */
export async function reviewSection(page, name) {
  await page.getByRole('navigation', { name: 'Review sections' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('navigation', { name: 'Review sections' }).getByRole('link', { name, exact: true }).and(page.locator('[aria-current="page"]')).waitFor();
}

/** Checks a screen (axe, then a full-page screenshot) from the top of the page. */
export async function reviewScreen(t, page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await t.screen(page, name);
}

/** This file holds no tests of its own. */
export const tests = [];
