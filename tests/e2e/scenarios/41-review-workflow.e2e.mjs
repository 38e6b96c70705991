/* global window -- used inside page.evaluate callbacks, which run in the browser */
import { addPerson, assert, completeSetup, eventually, expectScreen, getStory, signIn, switchUser } from '../lib/helpers.mjs';
import { createStory, openReview, reviewScreen, reviewSection } from './49-review-steps.e2e.mjs';

const TOMASZ = { name: 'Tomasz Nowak', role: 'Outreach worker', pin: '1357' };
const ADMIN = { name: 'Amira Khan', pin: '2468' };
const TEXT = 'The receptionist at the surgery on Harrow Road was brilliant.\nThey found me a same-day appointment for my son.';
const REASON = 'Which surgery on Harrow Road? Please add the service before this is shared.';

const openSubmittedStory = async (page, t, screenshot) => {
  await openReview(page);
  await reviewSection(page, 'To review');
  const hit = page.getByTestId('review-hit').filter({ hasText: 'same-day appointment' });
  await hit.waitFor();
  if (screenshot) await reviewScreen(t, page, screenshot);
  await hit.getByRole('link', { name: /Review this story/ }).click();
  await expectScreen(page, 'Review a story');
};

export const tests = [
  {
    name: 'review (b): submitted -> in review -> returned with a reason; the outreach worker sees the reason and resubmits; approved for sharing',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await addPerson(page, TOMASZ);

      // Tomasz records and submits a story.
      await switchUser(page);
      await signIn(page, { name: TOMASZ.name, pin: TOMASZ.pin, expect: '' });
      const id = await createStory(page, { text: TEXT });
      await openReview(page);
      await page.getByText('No stories have been returned to you.').waitFor();
      assert.equal(await page.getByRole('navigation', { name: 'Review sections' }).count(), 0, 'an outreach worker has one section, no section links');
      await reviewScreen(t, page, 'review-returned-empty');

      // Amira starts a review, then returns it; the reason is required.
      await switchUser(page);
      await signIn(page, { ...ADMIN, expect: '' });
      await openSubmittedStory(page, t, 'review-workflow-submitted');
      await eventually(async () => assert.equal(await page.getByTestId('review-story-text').textContent(), TEXT));
      await reviewScreen(t, page, 'review-story-submitted');
      await page.getByRole('button', { name: 'Start review' }).click();
      await page.getByText('The story is now: In review.').waitFor();
      // The story is read again after the move, and its actions start afresh: wait for that before opening the return form.
      await page.getByTestId('review-history-entry').filter({ hasText: 'Status: Submitted → In review' }).waitFor();
      await page.getByTestId('review-status').getByRole('button', { name: 'Return to the recorder' }).click();
      await page.getByRole('button', { name: 'Return the story' }).click();
      await page.getByText('Say why the story is being returned, so the recorder knows what to do.').waitFor();
      assert.equal(await page.getByLabel('Why is it being returned?').getAttribute('aria-invalid'), 'true');
      assert.equal((await getStory(page, id)).value.status, 'in-review', 'nothing was changed without a reason');
      await reviewScreen(t, page, 'review-story-return-reason-missing');
      await page.getByLabel('Why is it being returned?').fill(REASON);
      await page.getByRole('button', { name: 'Return the story' }).click();
      await page.getByText('The story is now: Returned.').waitFor();
      // The notice and the history come with the story read again after the move.
      await eventually(async () => assert.match(await page.getByTestId('returned-notice').textContent(), new RegExp(`returned to ${TOMASZ.name}.*${REASON.slice(0, 20)}`)));
      const lastEntry = page.getByTestId('review-history-entry').last();
      await eventually(async () => {
        assert.match(await lastEntry.textContent(), /Status: In review → Returned/);
        assert.match(await lastEntry.textContent(), /Reason: Which surgery/);
      });
      await reviewScreen(t, page, 'review-story-returned');

      // The services refuse a move the workflow does not allow, in plain words.
      const refused = await page.evaluate((storyId) => window.verbatim.setStoryStatus({ id: storyId, status: 'approved', reason: null }), id);
      assert.equal(refused.ok, false);
      assert.equal(refused.code, 'INVALID_INPUT');

      // Tomasz sees it returned to him, with the reason, and resubmits it.
      await switchUser(page);
      await signIn(page, { name: TOMASZ.name, pin: TOMASZ.pin, expect: '' });
      await openReview(page);
      const returned = page.getByTestId('review-hit');
      await returned.first().waitFor();
      assert.match(await returned.first().getByTestId('return-reason').textContent(), /Which surgery on Harrow Road\?/);
      await reviewScreen(t, page, 'review-returned-to-you');
      await returned.first().getByRole('link', { name: /Open and resubmit/ }).click();
      await expectScreen(page, 'Review a story');
      await eventually(async () => assert.match(await page.getByTestId('returned-notice').textContent(), /This story was returned to you\. The reviewer said:Which surgery/));
      await reviewScreen(t, page, 'review-story-outreach-returned');
      await page.getByRole('button', { name: 'Resubmit' }).click();
      await page.getByText('The story is now: Submitted.').waitFor();
      await page.getByText('There is nothing for you to do with this story now.').waitFor();
      await page.getByRole('link', { name: 'Back to the stories returned to you' }).click();
      await page.getByText('No stories have been returned to you.').waitFor();

      // Amira reviews it again and approves it for sharing.
      await switchUser(page);
      await signIn(page, { ...ADMIN, expect: '' });
      await openSubmittedStory(page, t, null);
      await page.getByRole('button', { name: 'Start review' }).click();
      await page.getByText('The story is now: In review.').waitFor();
      await page.getByTestId('approve-warning').waitFor();
      await page.getByRole('button', { name: 'Approve for sharing' }).click();
      await page.getByText('The story is now: Approved.').waitFor();
      await reviewScreen(t, page, 'review-story-approved');

      // The whole journey is in the audit trail, in order.
      const history = (await getStory(page, id)).value.history.filter((entry) => entry.action === 'story.status-change').map((entry) => `${entry.details.from}>${entry.details.to}`);
      assert.deepEqual(history, ['submitted>in-review', 'in-review>returned', 'returned>submitted', 'submitted>in-review', 'in-review>approved']);
      await page.getByRole('link', { name: 'Back to the list' }).click();
      await page.getByRole('navigation', { name: 'Review statuses' }).getByRole('link', { name: /Approved for sharing/ }).and(page.locator('[aria-current="true"]')).waitFor();
      await page.getByTestId('review-hit').first().waitFor();
      await reviewScreen(t, page, 'review-workflow-approved');
    },
  },
];
