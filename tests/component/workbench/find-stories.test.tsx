import { screen, waitFor, within } from '@testing-library/react';
import { MATCH_END, MATCH_START, type SearchPage } from '../../../shared/workbench/schemas';
import { ok } from '../../../shared/result';
import { COUNTS_DELAY_MS, DEBOUNCE_MS } from '../../../renderer/src/workbench/search/search-store';
import { storyDetail } from '../fake-api';
import { renderApp } from '../render-app';
import { deferred } from '../waits';
import { counts, hit, installWorkbench, page } from './workbench-fakes';

/** The whole app, signed in as the administrator, on Find stories. */
async function onFindStories(options: Parameters<typeof installWorkbench>[1] = {}) {
  const app = await renderApp({ state: 'unlocked' });
  installWorkbench(app.api, options);
  await app.user.click(screen.getByRole('link', { name: 'Stories' }));
  await screen.findByRole('heading', { level: 1, name: 'Stories' });
  await screen.findByRole('list', { name: 'Stories found' });
  return app;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shown = () => screen.getAllByTestId('story-item').map((item) => item.querySelector('.story-excerpt')?.textContent);

describe('Find stories', () => {
  it('lists the newest stories first, asks for the counts only after the list, and shows them beside each value', async () => {
    const { api } = await onFindStories({ hits: [hit(1, { safeguarding: true, snippet: '  مرحبا first  ', sentiment: 'negative', themes: ['Waiting times'] }), hit(2)] });
    expect(api.searchStories).toHaveBeenCalledWith({ query: '', filters: {}, limit: 50 });
    const items = screen.getAllByTestId('story-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByTestId('safeguarding-flag').textContent).toBe('Safeguarding concern');
    expect(items[0]!.querySelector('.story-excerpt')?.textContent).toBe('  مرحبا first  ');
    expect(within(items[0]!).getByTestId('story-themes').textContent).toBe('Themes: Waiting times');
    expect(items[0]!.textContent).toContain('Negative');
    await waitFor(() => expect(api.countStories).toHaveBeenCalledWith({ query: '', filters: {} }));
    expect(api.countStories.mock.invocationCallOrder[0]!).toBeGreaterThan(api.searchStories.mock.invocationCallOrder[0]!);
    expect(await screen.findByText('2 stories, newest first.')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Negative 1 story' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Waiting times 2 stories' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Safeguarding concern 1 story' })).toBeTruthy();
  });

  it('says a date range is listed by the date heard, but not when search words rank the list', async () => {
    const { user } = await onFindStories({ hits: [hit(1), hit(2)] });
    const summary = () => screen.getByTestId('results-summary').textContent ?? '';
    await waitFor(() => expect(summary()).toBe('2 stories, newest first.'));
    await user.click(screen.getByRole('button', { name: /^Date heard/ }));
    await user.type(screen.getByLabelText('Heard from'), '2026-01-01');
    await waitFor(() => expect(summary()).toBe('2 stories match. Listed by the date heard, latest first.'));
    await user.type(screen.getByLabelText('Search the words'), 'dent*');
    await waitFor(() => expect(summary()).toBe('2 stories match.'));
  });

  it('counts stories per service, event and recorder too, and says when a broad search was counted over its most recent stories', async () => {
    const { user } = await onFindStories({
      facetCounts: counts({
        total: 123_456,
        services: [{ value: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5', label: null, count: 3 }],
        events: [{ value: '3f4a5b6c-7d8e-4f90-a1b2-c3d4e5f6a7b8', label: null, count: 4 }],
        recorders: [{ value: '8d7a2c1e-5b43-4f6a-9c0d-1e2f3a4b5c6d', label: null, count: 5 }],
        countedAmongRecent: 10_000,
      }),
    });
    expect((await screen.findByTestId('wb-counts-sampled')).textContent).toBe('The counts beside each value are for the 10,000 most recent of these stories.');
    await user.click(screen.getByRole('button', { name: /^Service$/ }));
    expect(screen.getByRole('checkbox', { name: /^Church Street Surgery .* 3 stories$/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Event/ }));
    expect(screen.getByRole('checkbox', { name: /^Church Street community fair, .* 4 stories$/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Recorded by/ }));
    expect(screen.getByRole('checkbox', { name: 'Amira Khan 5 stories' })).toBeTruthy();
  });

  it('checks the query as it is typed, with the search service\'s own words, and never sends a bad one', async () => {
    const { api, user } = await onFindStories();
    const box = screen.getByLabelText('Search the words');
    await user.type(box, '"waiting');
    expect(screen.getByTestId('query-problem').textContent).toBe('A quotation mark is not closed: add the closing " after the phrase.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toContain('wb-query-problem');
    await pause(DEBOUNCE_MS + 100);
    expect(api.searchStories).not.toHaveBeenCalledWith(expect.objectContaining({ query: '"waiting' }));
    await user.type(box, ' list" OR');
    expect(screen.getByTestId('query-problem').textContent).toBe('OR needs words after it, as in "parking OR transport".');
    await user.type(box, ' parking');
    expect(screen.getByTestId('query-problem').textContent).toBe('');
    await waitFor(() => expect(api.searchStories).toHaveBeenLastCalledWith({ query: '"waiting list" OR parking', filters: {}, limit: 50 }));
    // Typing quickly sends one search, after the pause.
    expect(api.searchStories.mock.calls.filter(([request]) => request.query !== '')).toHaveLength(1);
  });

  it('builds the search request from the words and every filter chosen', async () => {
    const { api, user } = await onFindStories();
    await user.click(await screen.findByRole('checkbox', { name: /^Negative/ }));
    await waitFor(() => expect(api.searchStories).toHaveBeenLastCalledWith({ query: '', filters: { sentiments: ['negative'] }, limit: 50 }));
    await user.click(screen.getByRole('radio', { name: /^Safeguarding concern/ }));
    await user.click(screen.getByRole('button', { name: /^How it was heard/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Phone call/ }));
    await user.click(screen.getByRole('button', { name: /^Status/ }));
    await user.click(screen.getByRole('checkbox', { name: /^In review/ }));
    await user.click(screen.getByRole('button', { name: /^Consent to share/ }));
    await user.click(screen.getByRole('radio', { name: /^Did not agree to sharing/ }));
    await user.click(screen.getByRole('button', { name: /^Recorded by/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Amira Khan/ }));
    await user.click(screen.getByRole('button', { name: /^Type of service/ }));
    await user.click(screen.getByRole('checkbox', { name: /^GP practice/ }));
    await user.click(screen.getByRole('button', { name: /^Service$/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Church Street Surgery/ }));
    await user.click(screen.getByRole('button', { name: /^Event/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Church Street community fair/ }));
    await user.click(screen.getByRole('button', { name: /^Language/ }));
    // The languages offered are those the counts found, which come once the list has stood a moment.
    await user.click(await screen.findByRole('checkbox', { name: /^English/ }));
    await user.click(screen.getByRole('button', { name: /^Date heard/ }));
    await user.type(screen.getByLabelText('Heard from'), '2026-01-01');
    // A theme from the codebook picker (Enter takes the first match).
    await user.type(screen.getByLabelText('Find a theme or sub-theme'), 'referr{Enter}');
    await user.type(screen.getByLabelText('Search the words'), 'dent*');
    await waitFor(() =>
      expect(api.searchStories).toHaveBeenLastCalledWith({
        query: 'dent*',
        filters: {
          channels: ['phone'],
          codeIds: ['c0de0000-1b2c-4d3e-8f4a-000000000011'],
          consentShare: false,
          eventIds: ['3f4a5b6c-7d8e-4f90-a1b2-c3d4e5f6a7b8'],
          heardFrom: '2026-01-01',
          languages: ['English'],
          recorderIds: ['8d7a2c1e-5b43-4f6a-9c0d-1e2f3a4b5c6d'],
          safeguarding: true,
          sentiments: ['negative'],
          serviceIds: ['0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5'],
          serviceTypes: ['gp'],
          statuses: ['in-review'],
        },
        limit: 50,
      }),
    );
    await waitFor(() => expect(api.countStories).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'dent*' })));
    // Clearing every filter leaves the words.
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(api.searchStories).toHaveBeenLastCalledWith({ query: 'dent*', filters: {}, limit: 50 }));
  });

  it('ignores an answer that arrives after a newer query was typed', async () => {
    const { api, user } = await onFindStories();
    const slow = deferred<ReturnType<typeof ok<SearchPage>>>();
    const fast = deferred<ReturnType<typeof ok<SearchPage>>>();
    api.searchStories.mockImplementation(async ({ query }) => (query === 'wait' ? slow.promise : query === 'waiting' ? fast.promise : ok(page([]))));
    const box = screen.getByLabelText('Search the words');
    await user.type(box, 'wait');
    await waitFor(() => expect(api.searchStories).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'wait' })));
    await user.type(box, 'ing');
    await waitFor(() => expect(api.searchStories).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'waiting' })));
    fast.resolve(ok(page([hit(7, { snippet: `the ${MATCH_START}waiting${MATCH_END} room` })])));
    await waitFor(() => expect(shown()).toEqual(['the waiting room']));
    // The older query's answer comes last, and is ignored.
    slow.resolve(ok(page([hit(8, { snippet: `I ${MATCH_START}wait${MATCH_END}ed` })])));
    await pause(50);
    expect(shown()).toEqual(['the waiting room']);
    expect(screen.getAllByTestId('story-item')[0]!.querySelector('mark')?.textContent).toBe('waiting');
  });

  it('asks for the counts only once the list has stood a moment, never for a word still being typed', async () => {
    const { api, user } = await onFindStories();
    await waitFor(() => expect(api.countStories).toHaveBeenCalledTimes(1)); // the opening list's
    const box = screen.getByLabelText('Search the words');
    await user.type(box, 'wait');
    await waitFor(() => expect(api.searchStories).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'wait' })));
    await user.type(box, 'ing'); // within the pause: 'wait' is never counted
    await waitFor(() => expect(api.searchStories).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'waiting' })));
    // The counts follow the list's answer by COUNTS_DELAY_MS: wait for them, then check 'wait' was never counted.
    await waitFor(() => expect(api.countStories).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'waiting' })), { timeout: COUNTS_DELAY_MS + 2000 });
    expect(api.countStories.mock.calls.slice(1).map(([request]) => request.query)).toEqual(['waiting']);
  });

  it('says when a search matched more stories than are ranked, and loads the next page near the end', async () => {
    const { api, user } = await onFindStories();
    api.searchStories.mockImplementation(async ({ after }) =>
      ok(after ? page([hit(3)], null) : page([hit(1, { snippet: `${MATCH_START}dentist${MATCH_END}` }), hit(2)], 'cursor-1', 10_000)),
    );
    api.countStories.mockImplementation(async () => ok(counts({ total: 123_456 })));
    await user.type(screen.getByLabelText('Search the words'), 'dentist');
    expect(
      (await screen.findByTestId('ranked-among-recent')).textContent,
    ).toBe('More than 10,000 stories match: the best of the 10,000 most recent are shown. Add words or filters to narrow the search.');
    await waitFor(() => expect(api.searchStories).toHaveBeenLastCalledWith({ query: 'dentist', filters: {}, limit: 50, after: 'cursor-1' }));
    await waitFor(() => expect(screen.getAllByTestId('story-item')).toHaveLength(3));
    expect(await screen.findByText('123,456 stories match.')).toBeTruthy();
    expect(screen.getByText('That is every story that matches.')).toBeTruthy();
  });

  it('opens a story from the keyboard, and coming back puts the focus on its row without searching again', async () => {
    const { api, user } = await onFindStories({ hits: [hit(1), hit(2), hit(3)] });
    api.getStory.mockImplementation(async ({ id }) => ok(storyDetail({ id })));
    await waitFor(() => expect(api.countStories).toHaveBeenCalled());
    screen.getAllByRole('link', { name: /^Open story/ })[0]!.focus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByText('Story 2 of 3 in your search')).toBeTruthy();
    expect(window.location.hash).toBe(`#/stories/${hit(2).id}`);
    const searches = api.searchStories.mock.calls.length;
    await user.click(screen.getByRole('link', { name: 'Back to stories' }));
    await screen.findByRole('heading', { level: 1, name: 'Stories' });
    await waitFor(() => expect(document.activeElement?.closest('[data-index]')?.getAttribute('data-index')).toBe('1'));
    expect(api.searchStories.mock.calls.length).toBe(searches);
  });

  it('saves the current search by name, applies a saved one and deletes it', async () => {
    const { api, user } = await onFindStories();
    const saved = { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: 'Dentists', query: 'dent*', filters: { sentiments: ['negative' as const] }, createdAt: '2026-03-14T10:00:00.000Z' };
    api.saveSearch.mockImplementation(async () => ok(saved));
    api.listSavedSearches.mockImplementation(async () => ok([saved]));
    api.deleteSavedSearch.mockImplementation(async () => ok({ done: true as const }));
    await user.type(screen.getByLabelText('Search the words'), 'dent*');
    await user.click(screen.getByRole('button', { name: 'Save this search' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Give the search a name.')).toBeTruthy();
    await user.type(screen.getByLabelText('Name for this search'), 'Dentists{Enter}');
    expect(api.saveSearch).toHaveBeenCalledWith({ name: 'Dentists', query: 'dent*', filters: {} });
    expect(await screen.findByText('Saved as “Dentists”.')).toBeTruthy();
    await user.clear(screen.getByLabelText('Search the words'));
    await user.click(screen.getByRole('button', { name: 'Dentists' }));
    expect((screen.getByLabelText('Search the words') as HTMLInputElement).value).toBe('dent*');
    await waitFor(() => expect(api.searchStories).toHaveBeenLastCalledWith({ query: 'dent*', filters: { sentiments: ['negative'] }, limit: 50 }));
    expect((screen.getByRole('checkbox', { name: /^Negative/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Delete Dentists' }));
    expect(api.deleteSavedSearch).toHaveBeenCalledWith({ id: saved.id });
    expect(await screen.findByText('Deleted the saved search “Dentists”.')).toBeTruthy();
    expect(screen.getByText('No saved searches yet.')).toBeTruthy();
  });
});
