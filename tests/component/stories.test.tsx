import { screen, waitFor, within } from '@testing-library/react';
import type { StorySummary } from '../../shared/capture/story';
import { ok } from '../../shared/result';
import type { SearchHit } from '../../shared/workbench/schemas';
import { ADMIN, failure, OUTREACH, storyDetail } from './fake-api';
import { renderApp } from './render-app';

const summary = (n: number, change: Partial<StorySummary> = {}): StorySummary => ({
  id: `7d8e9f0a-1b2c-4d3e-8f4a-${String(n).padStart(12, '0')}`,
  excerpt: `Story number ${n}`,
  heardOn: '2026-03-14',
  channel: 'community-event',
  eventId: null,
  eventName: 'Church Street community fair',
  recordedById: ADMIN.id,
  recordedByName: ADMIN.name,
  status: 'submitted',
  safeguarding: false,
  revisions: 1,
  createdAt: '2026-03-14T10:00:00.000Z',
  ...change,
});

describe('stories', () => {
  it('lists stories with safeguarding flagged in words, and loads more with the cursor', async () => {
    const { api, user } = await renderApp({ state: 'unlocked' });
    const hit = (n: number, change: Partial<SearchHit> = {}): SearchHit => ({
      id: summary(n).id,
      snippet: `Story number ${n}`,
      heardOn: '2026-03-14',
      channel: 'community-event',
      status: 'submitted',
      safeguarding: false,
      sentiment: null,
      themes: [],
      recordedByName: ADMIN.name,
      eventName: 'Church Street community fair',
      returnReason: null,
      ...change,
    });
    api.searchStories
      .mockResolvedValueOnce(ok({ items: [hit(1, { safeguarding: true, snippet: '  مرحبا first  ' }), hit(2)], nextCursor: 'cursor-1', rankedAmongRecent: null }))
      .mockResolvedValueOnce(ok({ items: [hit(3)], nextCursor: null, rankedAmongRecent: null }));
    api.countStories.mockResolvedValue(failure('INTERNAL', 'not counted in this test'));
    await user.click(screen.getByRole('link', { name: 'Stories' }));
    await screen.findByRole('heading', { level: 1, name: 'Stories' });
    const list = await screen.findByRole('list', { name: 'Stories found' });
    expect(api.searchStories).toHaveBeenCalledWith({ query: '', filters: {}, limit: 50 });
    const items = within(list).getAllByTestId('story-item');
    expect(within(items[0] as HTMLElement).getByTestId('safeguarding-flag').textContent).toBe('Safeguarding concern');
    const excerpt = (items[0] as HTMLElement).querySelector('.story-excerpt');
    expect(excerpt?.textContent).toBe('  مرحبا first  ');
    expect(excerpt?.getAttribute('dir')).toBe('auto');
    // The list is windowed and asks for the next page as the end comes into view.
    await waitFor(() => expect(within(list).getAllByTestId('story-item')).toHaveLength(3));
    expect(api.searchStories).toHaveBeenLastCalledWith({ query: '', filters: {}, limit: 50, after: 'cursor-1' });
    expect(screen.getByText('That is every story that matches.')).toBeTruthy();
  });

  it('shows the words exactly, and removes contact details only after a confirmation', async () => {
    const text = '\tFirst line  \n\n  قال الطبيب  ';
    const story = storyDetail({
      text,
      consent: { keep: true, share: true, quote: true, contact: true },
      contact: { name: 'Rosa', phone: '020 7946 0000', email: null },
      hasContact: true,
    });
    const { api, user } = await renderApp({ state: 'unlocked' });
    api.getStory.mockResolvedValue(ok(story));
    api.removeContact.mockResolvedValue(ok({ ...story, contact: null, hasContact: false }));
    window.location.hash = `#/stories/${story.id}`;
    await screen.findByRole('heading', { level: 1, name: 'Story' });
    const words = await screen.findByTestId('story-text');
    expect(words.textContent).toBe(text);
    expect(words.getAttribute('dir')).toBe('auto');
    expect(screen.getByTestId('story-sha256').textContent).toBe(story.sha256);

    const contact = screen.getByTestId('story-contact');
    expect(contact.textContent).toContain('020 7946 0000');
    await user.click(within(contact).getByRole('button', { name: 'Remove contact details' }));
    expect(api.removeContact).not.toHaveBeenCalled();
    await user.click(within(contact).getByRole('button', { name: 'Yes, remove them' }));
    expect(api.removeContact).toHaveBeenCalledWith({ id: story.id });
    expect(await within(contact).findByText('The contact details have been removed.')).toBeTruthy();
    expect(within(contact).getByText('No contact details are held.')).toBeTruthy();
  });

  it('shows why review returned a story, with the story\'s overall sentiment already chosen for staff', async () => {
    const story = storyDetail({ status: 'returned', returnReason: 'Please add which surgery.', sentiment: 'mixed' });
    const { api } = await renderApp({ state: 'unlocked' });
    api.getStory.mockResolvedValue(ok(story));
    window.location.hash = `#/stories/${story.id}`;
    expect((await screen.findByTestId('story-return-reason')).textContent).toBe('Returned to the recorder because: Please add which surgery.');
    expect((screen.getByRole('radio', { name: 'Mixed' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByTestId('story-sentiment')).toBeNull();
  });

  it('shows the overall sentiment to a recorder, who does not tag', async () => {
    const story = storyDetail({ recordedById: OUTREACH.id, recordedByName: OUTREACH.name, sentiment: 'negative' });
    const { api } = await renderApp({ state: 'unlocked', users: [ADMIN, OUTREACH], signedIn: OUTREACH.id });
    api.getStory.mockResolvedValue(ok(story));
    window.location.hash = `#/stories/${story.id}`;
    expect((await screen.findByTestId('story-sentiment')).textContent).toBe('Overall sentiment: Negative');
    expect(screen.queryByTestId('story-return-reason')).toBeNull();
  });

  it('corrects the words only with a reason, as a new revision', async () => {
    const story = storyDetail();
    const { api, user } = await renderApp({ state: 'unlocked' });
    api.getStory.mockResolvedValue(ok(story));
    api.reviseStory.mockImplementation(async ({ text, reason }) =>
      ok({
        ...story,
        text,
        revisions: [...story.revisions, { revision: 2, text, sha256: '1'.repeat(64), reason, revisedById: ADMIN.id, revisedByName: ADMIN.name, revisedAt: '2026-03-15T09:00:00.000Z' }],
      }),
    );
    window.location.hash = `#/stories/${story.id}`;
    await screen.findByTestId('story-text');
    await user.click(screen.getByRole('button', { name: 'Correct the words' }));
    const field = screen.getByLabelText('Corrected words') as HTMLTextAreaElement;
    expect(field.value).toBe(story.text);
    await user.click(screen.getByRole('button', { name: 'Save the correction' }));
    expect(screen.getByText('The corrected words are the same as the words now. Change them, or cancel.')).toBeTruthy();
    await user.type(field, ' Typo fixed.');
    await user.click(screen.getByRole('button', { name: 'Save the correction' }));
    expect(screen.getByText('Give a reason for the correction.')).toBeTruthy();
    expect(api.reviseStory).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Reason for the correction'), 'Typing mistake');
    await user.click(screen.getByRole('button', { name: 'Save the correction' }));
    expect(api.reviseStory).toHaveBeenCalledWith({ id: story.id, text: `${story.text} Typo fixed.`, reason: 'Typing mistake' });
    await waitFor(() => expect(screen.getAllByTestId('revision')).toHaveLength(2));
  });
});
