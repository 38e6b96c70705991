/**
 * The order of the Stories list when there are no search words: newest first, or,
 * when the filters name a range of dates heard, by date heard (latest first).
 * A date range listed newest first would make SQLite gather the whole range and
 * sort it (seconds for a month of a million stories); listed by date heard, the
 * index stories_heard_order (migration 0008) walks the range in order and stops
 * after one page. Ties fall back to newest first, then id, so every story has
 * exactly one place and the keyset cursor (these columns' values) is exact.
 */
import type { StoryFilters } from '../../shared/workbench/schemas';

const NEWEST_FIRST = ['s.created_at', 's.id'] as const;
const BY_DATE_HEARD = ['s.heard_on', 's.created_at', 's.id'] as const;

export const listedByDateHeard = (filters: StoryFilters): boolean => Boolean(filters.heardFrom || filters.heardTo);

/**
 * Where the list reads from. A date range is read through an index in date-heard order,
 * named: without ANALYZE's statistics SQLite guesses that a status or channel index finds
 * few rows and sorts every one of them (1.4 s for "approved, heard since 2000" at a
 * million). Walking the range in order costs at most the range, and usually one page.
 * Safeguarding stories (about 1 in 100) have an index of their own, as in newest-first order.
 */
export function listSource(filters: StoryFilters): string {
  if (!listedByDateHeard(filters)) return 'stories s';
  return `stories s INDEXED BY ${filters.safeguarding === true ? 'stories_heard_safeguarding' : 'stories_heard_order'}`;
}

/** The columns the list is ordered by, each descending. */
export const listOrder = (filters: StoryFilters): readonly string[] => (listedByDateHeard(filters) ? BY_DATE_HEARD : NEWEST_FIRST);

/** The cursor's values for a row: its sort key in listOrder's columns. */
export const listKey = (filters: StoryFilters, row: { heard_on: string; created_at: string; id: string }): string[] =>
  listedByDateHeard(filters) ? [row.heard_on, row.created_at, row.id] : [row.created_at, row.id];
