/**
 * How many stories match a search and filters, and how they spread over each
 * filter's values, for the filter panel. A function of the connection and the
 * viewer alone, so that it can run on a thread of its own (main/worker/counts-thread.ts).
 */
import type { User } from '../../shared/users/schemas';
import { ServiceError } from '../../shared/result';
import type { FacetCounts, StoryFilters } from '../../shared/workbench/schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { listOrder, listSource } from './list-order';
import { storedTotal } from './stored-total';
import { amongGathered, gatherFirst, gatheredWalk } from './search-plan';
import { filterConditions } from './story-filters';
import { parseWithWordList } from './word-forms';

/** Counts per filter value read at most this many matches (the most recent); the total is always exact. */
export const FACET_SAMPLE = 5_000;

export interface CountRequest {
  query: string;
  filters: StoryFilters;
}

/** Counts for a viewer somewhere else than on the caller's connection (another thread). */
export type FacetCounter = (viewer: User, currentEventId: string | null, request: CountRequest) => Promise<FacetCounts>;

interface CubeRow {
  status: string;
  channel: string;
  sentiment: string | null;
  language: string;
  event_id: string | null;
  recorded_by: string;
  safeguarding: number;
  consent_share: number;
  n: number;
}
type FacetRow = { value: string; count: number };
type StoryValue = { seq: number; value: string };

/** Most stories first, the way the filter panel lists them. */
const facetList = (entries: FacetCounts['statuses']): FacetCounts['statuses'] => entries.filter((e) => e.count > 0).sort((a, b) => b.count - a.count);

/**
 * How many stories match, and how they spread over each filter's values. With no
 * search and no filter the counts kept by triggers answer at once; otherwise the
 * total is exact and the counts per value are over the most recent FACET_SAMPLE
 * matches (the answer says so), so a broad filter costs a bounded read.
 */
export function countFacets(db: Db, viewer: User, currentEventId: string | null, request: CountRequest): FacetCounts {
  const volunteer = viewer.role === 'volunteer';
  const { where, params } = filterConditions(request.filters, viewer, currentEventId);
  if (request.query.trim() === '' && where.length === 0) return storedFacets(db);

  let source = 'stories s';
  // The sample is the list's first matches, read as the list reads them.
  let sampleSource = listSource(db, request.filters);
  let inListOrder = listOrder(request.filters)
    .map((column) => `${column} DESC`)
    .join(', ');
  let countOnlyIndex: string | null = null;
  let searched: { index: string; filters: string[] } | null = null;
  if (request.query.trim() !== '') {
    const parsed = parseWithWordList(db, request.query);
    if (!parsed.ok) throw new ServiceError('INVALID_INPUT', parsed.message);
    const index = volunteer ? 'story_redacted_fts' : 'story_fts';
    // A search with no other condition is counted in the index alone.
    if (where.length === 0) countOnlyIndex = index;
    searched = { index, filters: [...where] };
    source = `${index} CROSS JOIN stories s ON s.seq = ${index}.rowid`;
    sampleSource = source;
    inListOrder = `${index}.rowid DESC`;
    where.push(`${index} MATCH @match`);
    params.match = parsed.fts;
  }
  const condition = `WHERE ${where.join(' AND ')}`;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS facet_hits (seq INTEGER PRIMARY KEY, id TEXT NOT NULL)');
  db.exec('DELETE FROM temp.facet_hits');
  params.sample = FACET_SAMPLE;
  const sample = countOnlyIndex
    ? `SELECT s.seq, s.id FROM ${countOnlyIndex} CROSS JOIN stories s ON s.seq = ${countOnlyIndex}.rowid WHERE ${countOnlyIndex} MATCH @match ORDER BY ${countOnlyIndex}.rowid DESC LIMIT @sample`
    : `SELECT s.seq, s.id FROM ${sampleSource} ${condition} ORDER BY ${inListOrder} LIMIT @sample`;
  const sampled = db.prepare(`INSERT INTO temp.facet_hits ${sample}`).run(params).changes;
  let total = sampled;
  if (sampled === FACET_SAMPLE) {
    delete params.sample;
    // Staff see every story, so one filter's total is already counted (no search words).
    const seesAll = viewer.role === 'admin' || viewer.role === 'staff';
    const stored = seesAll && request.query.trim() === '' ? storedTotal(db, request.filters) : null;
    const gathered = searched && !countOnlyIndex && filtersNarrowerThanWords(db, searched.index, params, request.filters) ? searched : null;
    total = stored ?? (
      countOnlyIndex
        ? db.prepare(`SELECT count(*) FROM ${countOnlyIndex} WHERE ${countOnlyIndex} MATCH @match`).pluck().get(params)
        : gathered
          ? db.prepare(`SELECT count(*) FROM ${gathered.index} WHERE ${gathered.index} MATCH @match AND ${amongGathered(gathered.index, gathered.filters)}`).pluck().get(params)
          : db.prepare(`SELECT count(*) FROM ${source} ${condition}`).pluck().get(params)
    ) as number;
  }

  // CROSS JOIN: from the few matches outwards, never a scan of every story.
  const matched = 'temp.facet_hits x CROSS JOIN stories h ON h.seq = x.seq';
  // One pass over the matches for every filter that is a column of the story.
  const cube = db
    .prepare(
      `SELECT h.status, h.channel, h.sentiment, h.language, h.event_id, h.recorded_by, h.safeguarding, h.consent_share, count(*) AS n
         FROM ${matched} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
    )
    .all() as CubeRow[];
  const tally = (column: keyof Omit<CubeRow, 'n'>) => {
    const counts = new Map<string, number>();
    for (const row of cube) {
      const value = row[column];
      if (value !== null) counts.set(String(value), (counts.get(String(value)) ?? 0) + row.n);
    }
    return facetList([...counts].map(([value, count]) => ({ value, label: null, count })));
  };
  // A story's themes and services, as (story, value) pairs, headed and counted here: the
  // headings' tables are small, and looking them up for each pair in SQL cost more than the
  // pairs. The sample holds each story's id, so the pairs never read the stories again.
  const pairs = (joins: string, column: string) => db.prepare(`SELECT x.seq, ${column} AS value FROM temp.facet_hits x ${joins}`).all() as StoryValue[];
  const themes = storiesUnder(pairs('CROSS JOIN story_tags t ON t.story_id = x.id', 't.code_id'), headings(db, 'SELECT id, coalesce(parent_id, id) FROM codes'));
  const servicePairs = pairs('CROSS JOIN story_services ss ON ss.story_id = x.id', 'ss.service_id');
  const safeguarding = tally('safeguarding').find((f) => f.value === '1')?.count ?? 0;
  const consentShare = tally('consent_share').find((f) => f.value === '1')?.count ?? 0;
  return {
    total,
    statuses: tally('status'),
    channels: tally('channel'),
    sentiments: tally('sentiment'),
    languages: volunteer ? [] : tally('language'),
    themes: facetList(themeLabels(db, themes)),
    serviceTypes: facetList(storiesUnder(servicePairs, headings(db, 'SELECT id, type FROM services'))),
    services: facetList(storiesUnder(servicePairs, (id) => id)),
    // Volunteers never receive who recorded a story or where.
    events: volunteer ? [] : tally('event_id'),
    recorders: volunteer ? [] : tally('recorded_by'),
    safeguarding,
    consentShare,
    countedAmongRecent: total > sampled ? sampled : null,
  };
}

/**
 * Whether to count a search's matches among the stories gathered through the filters
 * (amongGathered) rather than reading each match's story, judged from the sample just
 * taken, the newest FACET_SAMPLE matches that pass: how many matches it walked past to
 * find them says how narrow the filters are, and how far back they reach how common
 * the words are.
 */
function filtersNarrowerThanWords(db: Db, index: string, params: Record<string, unknown>, filters: StoryFilters): boolean {
  const { lowest, newest } = db.prepare('SELECT min(x.seq) AS lowest, (SELECT max(seq) FROM stories) AS newest FROM temp.facet_hits x').get() as { lowest: number; newest: number };
  const walked = db.prepare(`SELECT count(*) FROM ${index} WHERE ${index} MATCH @match AND rowid >= CAST(@lowest AS INTEGER)`).pluck().get({ ...params, lowest }) as number;
  const matches = (walked * newest) / (newest - lowest + 1);
  const passing = (FACET_SAMPLE / walked) * newest;
  return gatherFirst(filters, gatheredWalk(db, filters), passing, matches);
}

/** Each value's heading (a theme's top theme, a service's type), from a query of (value, heading) rows. */
function headings(db: Db, sql: string): (value: string) => string {
  const of = new Map(prepared(db, sql).raw().all() as Array<[string, string]>);
  return (value) => of.get(value) ?? value;
}

/** How many stories have at least one value under each heading. */
function storiesUnder(pairs: readonly StoryValue[], heading: (value: string) => string): FacetCounts['themes'] {
  const stories = new Map<string, Set<number>>();
  for (const { seq, value } of pairs) {
    const under = heading(value);
    let seqs = stories.get(under);
    if (!seqs) stories.set(under, (seqs = new Set()));
    seqs.add(seq);
  }
  return [...stories].map(([value, seqs]) => ({ value, label: null, count: seqs.size }));
}

/** The whole store's counts, as the triggers of migration 0008 keep them. */
function storedFacets(db: Db): FacetCounts {
  const rows = prepared(db, 'SELECT facet, value, count FROM story_facet_counts WHERE count > 0').all() as Array<FacetRow & { facet: string }>;
  const of = (facet: string) => facetList(rows.filter((row) => row.facet === facet).map(({ value, count }) => ({ value, label: null, count })));
  const one = (facet: string) => rows.find((row) => row.facet === facet)?.count ?? 0;
  return {
    total: one('total'),
    statuses: of('status'),
    channels: of('channel'),
    sentiments: of('sentiment'),
    languages: of('language'),
    themes: facetList(themeLabels(db, rows.filter((row) => row.facet === 'theme'))),
    serviceTypes: of('service_type'),
    services: of('service'),
    events: of('event'),
    recorders: of('recorder'),
    safeguarding: one('safeguarding'),
    consentShare: one('consent_share'),
    countedAmongRecent: null,
  };
}

function themeLabels(db: Db, rows: FacetRow[]): FacetCounts['themes'] {
  const name = prepared(db, 'SELECT name FROM codes WHERE id = ?').pluck();
  return rows.map((row) => ({ value: row.value, label: name.get(row.value) as string, count: row.count }));
}
