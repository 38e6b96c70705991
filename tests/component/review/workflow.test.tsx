import { screen, waitFor, within } from '@testing-library/react';
import type { AuditEntry } from '../../../shared/audit/schemas';
import type { StoryDetail } from '../../../shared/capture/story';
import { ok } from '../../../shared/result';
import { failure, OUTREACH, storyDetail } from '../fake-api';
import { expectFocus } from '../waits';
import { hit, maskReview, renderReview, STAFF, STORY_ID } from './review-helpers';

const statusChange = (seq: number, from: string, to: string, reason?: string): AuditEntry => ({
  seq,
  at: `2026-03-1${seq}T10:00:00.000Z`,
  actorId: STAFF.id,
  actorName: STAFF.name,
  action: 'story.status-change',
  entityType: 'story',
  entityId: STORY_ID,
  details: { from, to, ...(reason ? { reason } : {}) },
});

describe('the review workflow', () => {
  it('lists stories by status with their counts, and loads more with the cursor', async () => {
    const { api, user } = await renderReview(STAFF, 'workflow/submitted', 'Review', (fake) => {
      fake.countStories.mockResolvedValue(
        ok({ total: 5, statuses: [{ value: 'submitted', label: null, count: 3 }, { value: 'returned', label: null, count: 2 }], channels: [], sentiments: [], themes: [], serviceTypes: [], services: [], events: [], recorders: [], languages: [], safeguarding: 0, consentShare: 0, countedAmongRecent: null }),
      );
      fake.searchStories
        .mockResolvedValueOnce(ok({ items: [hit(1), hit(2)], nextCursor: 'c1', rankedAmongRecent: null }))
        .mockResolvedValueOnce(ok({ items: [hit(3)], nextCursor: null, rankedAmongRecent: null }))
        .mockResolvedValueOnce(ok({ items: [hit(4, { status: 'returned', returnReason: 'Please add which surgery.' })], nextCursor: null, rankedAmongRecent: null }));
    });
    // The list asks for its stories in an effect, once the screen is up.
    await waitFor(() => expect(api.searchStories).toHaveBeenCalledWith({ query: '', filters: { statuses: ['submitted'] }, limit: 25 }));
    const tabs = screen.getByRole('navigation', { name: 'Review statuses' });
    await waitFor(() => expect(within(tabs).getByRole('link', { name: /^Submitted\s?:\s?3$/ }).getAttribute('aria-current')).toBe('true'));
    await screen.findAllByTestId('review-hit');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByTestId('review-hit')).toHaveLength(3));
    expect(api.searchStories).toHaveBeenLastCalledWith({ query: '', filters: { statuses: ['submitted'] }, limit: 25, after: 'c1' });

    await user.click(within(tabs).getByRole('link', { name: /^Returned\s?:\s?2$/ }));
    expect(await screen.findByTestId('return-reason')).toBeTruthy();
    expect(screen.getByTestId('return-reason').textContent).toContain('Please add which surgery.');
    expect(api.searchStories).toHaveBeenLastCalledWith({ query: '', filters: { statuses: ['returned'] }, limit: 25 });
  });

  it('returns a story only with a reason, and shows the move in the history', async () => {
    let story: StoryDetail = storyDetail({ status: 'in-review', recordedById: OUTREACH.id, recordedByName: OUTREACH.name, history: [statusChange(1, 'submitted', 'in-review')] });
    const { api, user } = await renderReview(STAFF, `story/${STORY_ID}`, 'Review a story', (fake) => {
      fake.getStory.mockImplementation(async () => ok(story));
      fake.getMaskReview.mockResolvedValue(ok(maskReview(story.text, [])));
      fake.setStoryStatus.mockImplementation(async ({ status, reason }) => {
        story = { ...story, status, history: [...story.history, statusChange(2, 'in-review', status, reason ?? undefined)] };
        return ok({ done: true as const });
      });
    });
    const panel = await screen.findByTestId('review-status');
    expect(within(panel).getByRole('button', { name: 'Approve for sharing' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('approve-warning')).toBeTruthy());

    await user.click(within(panel).getByRole('button', { name: 'Return to the recorder' }));
    const reason = within(panel).getByLabelText('Why is it being returned?');
    await expectFocus(reason);
    await user.click(within(panel).getByRole('button', { name: 'Return the story' }));
    expect(within(panel).getByText('Say why the story is being returned, so the recorder knows what to do.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(api.setStoryStatus).not.toHaveBeenCalled();
    // White space alone is not a reason.
    await user.type(reason, '   ');
    await user.click(within(panel).getByRole('button', { name: 'Return the story' }));
    expect(api.setStoryStatus).not.toHaveBeenCalled();

    await user.clear(reason);
    await user.type(reason, 'Which surgery was it?');
    await user.click(within(panel).getByRole('button', { name: 'Return the story' }));
    expect(api.setStoryStatus).toHaveBeenCalledWith({ id: STORY_ID, status: 'returned', reason: 'Which surgery was it?' });
    expect(await screen.findByText('The story is now: Returned.')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('returned-notice').textContent).toContain('Which surgery was it?'));
    const entries = screen.getAllByTestId('review-history-entry');
    expect(entries.at(-1)!.textContent).toContain('Status: In review → Returned');
    expect(entries.at(-1)!.textContent).toContain('Reason: Which surgery was it?');
  });

  it('shows the service\'s own words when a move is refused', async () => {
    const story = storyDetail({ status: 'submitted' });
    const { user } = await renderReview(STAFF, `story/${STORY_ID}`, 'Review a story', (fake) => {
      fake.getStory.mockResolvedValue(ok(story));
      fake.getMaskReview.mockResolvedValue(ok(maskReview(story.text, [])));
      fake.setStoryStatus.mockResolvedValue(failure('INVALID_INPUT', 'A story that is approved cannot be moved to in-review.'));
    });
    await user.click(await screen.findByRole('button', { name: 'Start review' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The status was not changed.');
    expect(alert.textContent).toContain('A story that is approved cannot be moved to in-review.');
  });

  it('shows an outreach worker what was returned to them, with the reason, and resubmits it', async () => {
    let story: StoryDetail = storyDetail({
      status: 'returned',
      recordedById: OUTREACH.id,
      recordedByName: OUTREACH.name,
      history: [statusChange(1, 'submitted', 'in-review'), statusChange(2, 'in-review', 'returned', 'Say which ward, please.')],
    });
    const { api, user } = await renderReview(OUTREACH, 'returned', 'Review', (fake) => {
      fake.searchStories.mockResolvedValue(ok({ items: [hit(1, { id: STORY_ID, status: 'returned', returnReason: 'Say which ward, please.' })], nextCursor: null, rankedAmongRecent: null }));
      fake.getStory.mockImplementation(async () => ok(story));
      fake.setStoryStatus.mockImplementation(async ({ status }) => {
        story = { ...story, status };
        return ok({ done: true as const });
      });
    });
    expect(screen.queryByRole('navigation', { name: 'Review sections' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Stories returned to you' })).toBeTruthy();
    expect((await screen.findByTestId('return-reason')).textContent).toContain('Say which ward, please.');
    expect(api.searchStories).toHaveBeenCalledWith({ query: '', filters: { statuses: ['returned'], recorderIds: [OUTREACH.id] }, limit: 25 });

    await user.click(screen.getByRole('link', { name: /Open and resubmit/ }));
    await screen.findByRole('heading', { level: 1, name: 'Review a story' });
    expect((await screen.findByTestId('returned-notice')).textContent).toContain('This story was returned to you. The reviewer said:Say which ward, please.');
    expect(api.getMaskReview).not.toHaveBeenCalled();
    const panel = screen.getByTestId('review-status');
    expect(within(panel).getAllByRole('button').map((button) => button.textContent)).toEqual(['Resubmit']);
    await user.click(within(panel).getByRole('button', { name: 'Resubmit' }));
    expect(api.setStoryStatus).toHaveBeenCalledWith({ id: STORY_ID, status: 'submitted', reason: null });
    expect(await screen.findByText('The story is now: Submitted.')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByTestId('review-status')).queryAllByRole('button')).toHaveLength(0));
    expect(screen.getByTestId('review-status').textContent).toContain('There is nothing for you to do with this story now.');
  });
});
