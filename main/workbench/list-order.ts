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
import type { Db } from '../store/database';
import { keptCount } from './stored-total';

const NEWEST_FIRST = ['s.created_at', 's.id'] as const;
const BY_DATE_HEARD = ['s.heard_on', 's.created_at', 's.id'] as const;

export const listedByDateHeard = (filters: StoryFilters): boolean => Boolean(filters.heardFrom || filters.heardTo);

/**
 * An event's stories are gathered through stories_event and sorted by date heard when
 * there are at most this many: walking every date in the range for them reads a
 * thousand stories for each one found (1.5 s for "since 2000" and one event).
 */
export const GATHERED_AND_SORTED = 20_000;

/**
 * Where the list reads from. A date range is read through an index in date-heard order,
 * named: without ANALYZE's statistics SQLite guesses that a status or channel index finds
 * few rows and sorts every one of them (1.4 s for "approved, heard since 2000" at a
 * million). Walking the range in order costs at most the range, and usually one page.
 * A filter with an index of its own in that order (safeguarding, one language: migration
 * 0017) or few enough stories to sort (events) narrows the walk; the kept counts
 * (story_facet_counts) say which narrows it most.
 */
export function listSource(db: Db, filters: StoryFilters): string {
  if (!listedByDateHeard(filters)) return 'stories s';
  const walks: Array<[index: string, stories: number]> = [['stories_heard_order', keptCount(db, 'total', [''])]];
  if (filters.safeguarding === true) walks.push(['stories_heard_safeguarding', keptCount(db, 'safeguarding', ['1'])]);
  if (filters.languages?.length === 1) walks.push(['stories_language_heard', keptCount(db, 'language', filters.languages)]);
  if (filters.eventIds?.length) {
    const inEvents = keptCount(db, 'event', filters.eventIds);
    if (inEvents <= GATHERED_AND_SORTED) walks.push(['stories_event', inEvents]);
  }
  const [narrowest] = walks.reduce((best, walk) => (walk[1] < best[1] ? walk : best));
  return `stories s INDEXED BY ${narrowest}`;
}

/** The columns the list is ordered by, each descending. */
export const listOrder = (filters: StoryFilters): readonly string[] => (listedByDateHeard(filters) ? BY_DATE_HEARD : NEWEST_FIRST);

/** The cursor's values for a row: its sort key in listOrder's columns. */
export const listKey = (filters: StoryFilters, row: { heard_on: string; created_at: string; id: string }): string[] =>
  listedByDateHeard(filters) ? [row.heard_on, row.created_at, row.id] : [row.created_at, row.id];
