/**
 * Find stories: what is typed, the filters, the list of results and the counts per
 * filter value. Kept in a store (not in the screen) so that a story opened from the
 * list can step to the next and previous result, and coming back finds the list as
 * it was.
 *
 * Typing is debounced; every new query or filter makes older answers stale, and a
 * stale answer is ignored (requests are numbered; only the latest one's answer is
 * shown). Counts are asked for only after the list has arrived, so they never
 * delay it.
 */
import { create } from 'zustand';
import type { FacetCounts, SearchHit, StoryFilters } from '../../../../shared/workbench/schemas';
import { parseSearchQuery } from '../../../../shared/workbench/search-query';
import { api, type ApiError } from '../../api/client';
import { useSession } from '../../app/session';
import { cleanFilters } from './filters';

export const PAGE_SIZE = 50;
/** Pause after the last key press before searching. */
export const DEBOUNCE_MS = 200;
/**
 * How long a list stands before its counts are asked for. Counting a million stories
 * can take a second, and the store answers one request at a time: asked at once, the
 * counts of a word half typed would hold up the search for the next letters.
 */
export const COUNTS_DELAY_MS = 300;

export type ListStatus = 'idle' | 'loading' | 'loaded' | 'failed';

export interface Shown {
  query: string;
  filters: StoryFilters;
}

export interface SearchState {
  /** Whose search this is: it is forgotten when someone else signs in. */
  ownerId: string | null;
  /** The search box, exactly as typed. */
  query: string;
  /** What is wrong with the query (plain English), or null. */
  problem: string | null;
  filters: StoryFilters;
  /** The query and filters the current list answers (null before the first answer). */
  shown: Shown | null;
  status: ListStatus;
  items: SearchHit[];
  nextCursor: string | null;
  rankedAmongRecent: number | null;
  error: ApiError | null;
  loadingMore: boolean;
  moreError: ApiError | null;
  counts: FacetCounts | null;
  countsStatus: ListStatus;
  /** The row with the keyboard focus (and the story opened last). */
  activeIndex: number;
  /** Coming back from a story: the list puts the focus back on its row. */
  restoreFocus: boolean;

  /** Shows the screen for `ownerId`: searches again unless coming back from a story. */
  open(ownerId: string): void;
  setQuery(query: string): void;
  setFilters(filters: StoryFilters): void;
  /** Puts a saved search's words and filters in place and searches at once. */
  apply(query: string, filters: StoryFilters): void;
  /** For another area (Insight) opening the stories behind a count: the list opens on these filters, no words. */
  showFiltered(ownerId: string, filters: StoryFilters): void;
  searchNow(): Promise<void>;
  loadMore(): Promise<void>;
  setActive(index: number): void;
  /** Marks that the next showing of the list should focus the active row. */
  returning(): void;
  focusRestored(): void;
  /** Keeps a result in step with a change made on the story (themes, sentiment). */
  patchHit(id: string, patch: Partial<Pick<SearchHit, 'themes' | 'sentiment' | 'status' | 'safeguarding'>>): void;
  reset(): void;
}

const initial = {
  ownerId: null,
  query: '',
  problem: null,
  filters: {},
  shown: null,
  status: 'idle' as ListStatus,
  items: [],
  nextCursor: null,
  rankedAmongRecent: null,
  error: null,
  loadingMore: false,
  moreError: null,
  counts: null,
  countsStatus: 'idle' as ListStatus,
  activeIndex: 0,
  restoreFocus: false,
};

/** The plain-English problem with a query, as the search service would put it; null when it can be searched. */
export function queryProblem(query: string): string | null {
  if (query.trim() === '') return null;
  const parsed = parseSearchQuery(query);
  return parsed.ok ? null : parsed.message;
}

let latest = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
const stopTimer = () => {
  if (timer !== null) clearTimeout(timer);
  timer = null;
};

export const useSearch = create<SearchState>()((set, get) => ({
  ...initial,

  open(ownerId) {
    const state = get();
    if (state.ownerId !== ownerId) {
      get().reset();
      set({ ownerId });
      void get().searchNow();
      return;
    }
    // Back from a story: the list stays as it was and puts the focus on its row.
    if (state.restoreFocus && state.status === 'loaded' && state.items.length > 0) return;
    set({ restoreFocus: false });
    void get().searchNow();
  },

  setQuery(query) {
    const problem = queryProblem(query);
    latest += 1; // whatever is on its way now answers an older query
    stopTimer();
    set({ query, problem });
    if (problem) return; // the list stays as it was, under the message
    timer = setTimeout(() => {
      timer = null;
      void get().searchNow();
    }, DEBOUNCE_MS);
  },

  setFilters(filters) {
    latest += 1;
    set({ filters });
    void get().searchNow();
  },

  apply(query, filters) {
    latest += 1;
    set({ query, filters, problem: queryProblem(query) });
    void get().searchNow();
  },

  showFiltered(ownerId, filters) {
    get().reset();
    set({ ownerId, filters });
  },

  async searchNow() {
    stopTimer();
    const { query, filters, problem } = get();
    if (problem) return;
    latest += 1;
    const seq = latest;
    const request: Shown = { query, filters: cleanFilters(filters) };
    set({ status: 'loading', error: null, loadingMore: false, moreError: null });
    const answer = await api.searchStories({ ...request, limit: PAGE_SIZE });
    if (seq !== latest) return; // a newer query has been typed since
    if (!answer.ok) {
      set({ status: 'failed', error: answer.error });
      return;
    }
    const { items, nextCursor, rankedAmongRecent } = answer.value;
    const keepActive = get().restoreFocus && get().shown !== null;
    set({
      status: 'loaded',
      items,
      nextCursor,
      rankedAmongRecent,
      shown: request,
      activeIndex: keepActive ? Math.min(get().activeIndex, Math.max(0, items.length - 1)) : 0,
      countsStatus: 'loading',
    });
    await new Promise((settle) => setTimeout(settle, COUNTS_DELAY_MS));
    if (seq !== latest) return; // typing went on: count the newer list instead
    let counts = await api.countStories(request);
    // The store counts one list at a time; another window's newer count may have replaced this one.
    for (let tries = 0; !counts.ok && counts.error.code === 'CANCELLED' && seq === latest && tries < 3; tries += 1) counts = await api.countStories(request);
    if (seq !== latest) return;
    set(counts.ok ? { counts: counts.value, countsStatus: 'loaded' } : { countsStatus: 'failed' });
  },

  async loadMore() {
    const { nextCursor, loadingMore, shown, status } = get();
    if (!nextCursor || loadingMore || !shown || status !== 'loaded') return;
    const seq = latest;
    set({ loadingMore: true, moreError: null });
    const answer = await api.searchStories({ ...shown, after: nextCursor, limit: PAGE_SIZE });
    if (seq !== latest) return; // the list was replaced meanwhile
    if (!answer.ok) {
      set({ loadingMore: false, moreError: answer.error });
      return;
    }
    const known = new Set(get().items.map((item) => item.id));
    set({
      loadingMore: false,
      items: [...get().items, ...answer.value.items.filter((item) => !known.has(item.id))],
      nextCursor: answer.value.nextCursor,
    });
  },

  setActive(index) {
    if (index !== get().activeIndex) set({ activeIndex: index });
  },

  returning() {
    set({ restoreFocus: true });
  },

  focusRestored() {
    set({ restoreFocus: false });
  },

  patchHit(id, patch) {
    set({ items: get().items.map((item) => (item.id === id ? { ...item, ...patch } : item)) });
  },

  reset() {
    latest += 1;
    stopTimer();
    set({ ...initial });
  },
}));

// Someone else signed in, or the store locked: their search is not shown to anyone else.
useSession.subscribe((session) => {
  const search = useSearch.getState();
  const id = session.person?.user?.id ?? null;
  if (search.ownerId !== null && search.ownerId !== id) search.reset();
});
