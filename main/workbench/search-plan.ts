/**
 * A search with filters can test the filters on each match's story (a join: each match
 * reads its story from the table, 5 to 10 microseconds at a million stories) or look
 * each match up among the stories that pass the filters, gathered first through their
 * own indexes (a fraction of that per story, plus the gathering). The second wins when
 * the filters are narrower than the words: a common word and a month or an event reads
 * every match's story otherwise.
 */
import type { StoryFilters } from '../../shared/workbench/schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { keptCount } from './stored-total';
import { datesHeard } from './story-filters';

/** The condition that keeps `index`'s matches to the stories passing `filters` (conditions on `stories s`), gathered once. */
export const amongGathered = (index: string, filters: readonly string[]): string =>
  // The + keeps SQLite from handing FTS5 each gathered story as a look-up of its own (it would start the match, and bm25 its word counts, afresh for each).
  `+${index}.rowid IN (SELECT s.seq FROM stories s WHERE ${filters.join(' AND ')})`;

/**
 * How many stories an index can gather for the cost of reading one match's story, when
 * a date range leads and every other filter is a column stories_heard_order holds
 * (migration 0018): the gathering never reads the stories. Measured at a million stories:
 * a month and "approved" gathers 33,000 stories in 36 ms, the same filters read 66,000
 * matches' stories in 610 ms. Any other gathering reads a story for each one it walks
 * ("approved" and "phone" walk the status index's 400,000 and read each one's channel),
 * as dear as reading a match's.
 */
const GATHERED_PER_READ = 4;

const gatheredInIndex = (filters: StoryFilters): boolean =>
  Boolean(filters.heardFrom || filters.heardTo) && !filters.codeIds?.length && !filters.serviceIds?.length && !filters.serviceTypes?.length && !filters.eventIds?.length && !filters.recorderIds?.length;

/**
 * Whether to gather the stories passing `filters` (estimated `passing`, found by walking
 * `walk` stories: gatheredWalk) rather than read each of the `matches` stories.
 */
export function gatherFirst(filters: StoryFilters, walk: number, passing: number, matches: number): boolean {
  const reads = matches * (gatheredInIndex(filters) ? GATHERED_PER_READ : 1);
  return passing < reads && walk < reads;
}

/** Stories read, spread over the store, to judge how many pass a set of filters. */
const JUDGED_STORIES = 1_000;

/**
 * About how many stories pass the filters (conditions on `stories s`, with their
 * parameters): the share of JUDGED_STORIES that pass, times the store. A few
 * milliseconds whatever the filters. The stories are spread over the whole store, not
 * the newest (a month's stories may all be old), at the golden ratio's steps rather than
 * evenly, so that stories saved in a repeating pattern (every second one in Bengali)
 * are not all caught or all missed.
 */
export function passingEstimate(db: Db, filters: readonly string[], params: Record<string, unknown>): number {
  const { first, last } = prepared(db, 'SELECT (SELECT min(seq) FROM stories) AS first, (SELECT max(seq) FROM stories) AS last').get() as { first: number | null; last: number };
  if (first === null) return 0;
  const { seen, passing } = prepared(
    db,
    `WITH RECURSIVE steps (k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM steps WHERE k + 1 < @judged),
       judged (seq) AS (SELECT DISTINCT @judgedFirst + CAST((k * 0.6180339887498949 - CAST(k * 0.6180339887498949 AS INTEGER)) * @judgedSpan AS INTEGER) FROM steps)
     SELECT count(*) AS seen, coalesce(sum(${filters.join(' AND ')}), 0) AS passing FROM judged CROSS JOIN stories s ON s.seq = judged.seq`,
  ).get({ ...params, judged: JUDGED_STORIES, judgedFirst: first, judgedSpan: last - first + 1 }) as { seen: number; passing: number };
  return seen === 0 ? 0 : (passing / seen) * keptCount(db, 'total', ['']);
}

/**
 * About how many stories gathering by `filters` walks, through the narrowest index that
 * leads: a kept count for a story's own column, an estimate for dates heard (whose
 * index then leads alone for status, channel and recorder: story-filters.ts). Infinity
 * when no index leads.
 */
export function gatheredWalk(db: Db, filters: StoryFilters): number {
  const byDate = Boolean(filters.heardFrom || filters.heardTo);
  const walks: number[] = [];
  if (filters.languages?.length) walks.push(keptCount(db, 'language', filters.languages));
  if (filters.eventIds?.length) walks.push(keptCount(db, 'event', filters.eventIds));
  if (filters.safeguarding === true) walks.push(keptCount(db, 'safeguarding', ['1']));
  if (!byDate && filters.statuses?.length) walks.push(keptCount(db, 'status', filters.statuses));
  if (!byDate && filters.channels?.length) walks.push(keptCount(db, 'channel', filters.channels));
  if (!byDate && filters.recorderIds?.length) walks.push(keptCount(db, 'recorder', filters.recorderIds));
  if (byDate) {
    const dates = datesHeard(filters);
    walks.push(passingEstimate(db, dates.where, dates.params));
  }
  return Math.min(Infinity, ...walks);
}
