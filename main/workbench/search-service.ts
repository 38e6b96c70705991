/**
 * Finding stories: full-text search (ranked, matched words marked) combined with
 * filters, a keyset-paged list, counts per filter value, and saved searches.
 * Volunteers search only the checked, anonymised words: a masked name finds nothing.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Channel, StoryStatus } from '../../shared/capture/vocabulary';
import { ServiceError } from '../../shared/result';
import { parseSearchQuery } from '../../shared/workbench/search-query';
import {
  MATCH_END,
  MATCH_START,
  storyFiltersSchema,
  type FacetCounts,
  type SearchPage,
  type Sentiment,
  type StoryFilters,
  type savedSearchSchema,
} from '../../shared/workbench/schemas';
import { decodeCursor, encodeCursor } from '../store/cursor';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import { listKey, listOrder, listSource } from './list-order';
import { countFacets, type CountRequest, type FacetCounter } from './facet-counts';
import { filterConditions, HAS_ANONYMISED_WORDS } from './story-filters';
import { parseWithWordList } from './word-forms';
import { amongGathered, gatherFirst, gatheredWalk } from './search-plan';
import { keptCount } from './stored-total';
import { RECENT_SEARCH_STORIES } from '../store/migrations/0009_recent_search';
import { recentSearchBehind } from './recent-search-backlog';

const SNIPPET_WORDS = 24;
/**
 * Ranking reads every match it ranks, so a word found in half a million stories
 * would take seconds. Matches are ranked among the most recent RANKED_CANDIDATES
 * that pass the filters; the answer says when there were more.
 */
export const RANKED_CANDIDATES = 2_000;
/** Fewer matches than this among the recent stories: the full index's are read story by story. */
const RARE_IN_RECENT = 100;
/**
 * Stories an index walks, at most, to gather those passing the filters before any match
 * is read (about a millisecond per thousand): fewer than the window's worth would pass
 * among the recent stories for all but the most common words. "Approved" and "phone"
 * pass 100,000 stories too, but the status index walks 400,000 to find them.
 */
const GATHERED_AT_ONCE = 100_000;
const EXCERPT_LENGTH = 240;
/** Stories between a page's oldest and newest match, at most, read in one pass for its snippets. */
const SNIPPET_PASS_SPAN = 20_000;

interface HitRow {
  id: string;
  seq: number;
  snippet: string;
  heard_on: string;
  channel: Channel;
  status: StoryStatus;
  safeguarding: number;
  sentiment: Sentiment | null;
  themes: string | null;
  recorder: string | null;
  event_name: string | null;
  return_reason: string | null;
  created_at: string;
  rank: number | null;
}

interface RankedHit {
  seq: number;
  /** bm25: lower is a better match. */
  rank: number;
}

export interface SearchRequest {
  query: string;
  filters: StoryFilters;
  after?: string | undefined;
  limit: number;
}

type SavedSearch = z.infer<typeof savedSearchSchema>;

/** The ranked hits after the cursor's (rank, seq), in ranked order. */
function afterRankCursor(hits: RankedHit[], after: string | undefined): RankedHit[] {
  if (!after) return hits;
  const [rankText, seqText] = decodeCursor(after, 2);
  const rank = Number(rankText);
  const seq = Number(seqText);
  return hits.filter((hit) => hit.rank > rank || (hit.rank === rank && hit.seq > seq));
}

export class SearchService {
  /** `counter`: where the filter panel's counts run when they may take a while (a thread of their own, in the app). */
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly counter?: FacetCounter,
  ) {}

  /** The counts beside a list, on this connection. */
  facets(request: CountRequest): FacetCounts {
    return countFacets(this.db(), this.users.require(), this.users.eventId, request);
  }

  /**
   * The counts beside a list, off this connection when there is a counter: reading
   * thousands of stories there would hold up every request behind it. The whole
   * store's counts, kept by triggers, answer at once here.
   */
  async countStories(request: CountRequest): Promise<FacetCounts> {
    const viewer = this.users.require();
    const kept = request.query.trim() === '' && filterConditions(request.filters, viewer, this.users.eventId).where.length === 0;
    if (!this.counter || kept) return this.facets(request);
    return this.counter(viewer, this.users.eventId, request);
  }

  search(request: SearchRequest): SearchPage {
    const viewer = this.users.require();
    const volunteer = viewer.role === 'volunteer';
    const searching = request.query.trim() !== '';
    const { where, params } = filterConditions(request.filters, viewer, this.users.eventId, searching);
    // Volunteers never receive who recorded a story or where: only the anonymised words.
    const common = `s.id, s.seq, s.heard_on, s.channel, s.status, s.safeguarding, s.sentiment, s.return_reason, s.created_at,
      (SELECT group_concat(c.name, '\u001f') FROM story_tags t JOIN codes c ON c.id = t.code_id WHERE t.story_id = s.id) AS themes,
      ${volunteer ? 'NULL' : '(SELECT name FROM users WHERE id = s.recorded_by)'} AS recorder,
      ${volunteer ? 'NULL' : '(SELECT name FROM events WHERE id = s.event_id)'} AS event_name`;

    let rows: HitRow[];
    let rankedAmongRecent: number | null = null;
    let prefixed = false;
    if (searching) {
      const parsed = parseWithWordList(this.db(), request.query);
      if (!parsed.ok) throw new ServiceError('INVALID_INPUT', parsed.message);
      params.match = parsed.fts;
      prefixed = parsed.prefixed;
      const ranked = this.rankedCandidates(volunteer, request.filters, where, params);
      if (ranked.more) rankedAmongRecent = RANKED_CANDIDATES;
      const seqs = afterRankCursor(ranked.hits, request.after)
        .slice(0, request.limit + 1)
        .map((hit) => hit.seq);
      const rankOf = new Map(ranked.hits.map((hit) => [hit.seq, hit.rank]));
      // Snippets come after, for the page only (below); json_each's key keeps the ranked order.
      // Volunteers' matches come from their own index; what is shown is checked again here.
      rows = (
        prepared(
          this.db(),
          `SELECT ${common}, NULL AS snippet FROM json_each(?) j CROSS JOIN stories s ON s.seq = j.value ${volunteer ? `WHERE ${HAS_ANONYMISED_WORDS}` : ''} ORDER BY j.key`,
        ).all(
          JSON.stringify(seqs),
        ) as HitRow[]
      ).map((row) => ({ ...row, rank: rankOf.get(row.seq) ?? null }));
    } else {
      const order = listOrder(request.filters);
      if (request.after) {
        const key = decodeCursor(request.after, order.length);
        where.push(`(${order.join(', ')}) < (${order.map((_, i) => `@after${i}`).join(', ')})`);
        key.forEach((value, i) => (params[`after${i}`] = value));
      }
      params.limit = request.limit + 1;
      const words = volunteer
        ? `(SELECT substr(x.text, 1, ${EXCERPT_LENGTH}) FROM story_redactions x WHERE x.story_id = s.id)`
        : `(SELECT substr(r.text, 1, ${EXCERPT_LENGTH}) FROM story_revisions r WHERE r.story_id = s.id AND r.revision = s.current_revision)`;
      const sql = `SELECT ${common}, ${words} AS snippet, NULL AS rank FROM ${listSource(this.db(), request.filters)}
             ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
             ORDER BY ${order.map((column) => `${column} DESC`).join(', ')} LIMIT @limit`;
      rows = prepared(this.db(), sql).all(params) as HitRow[];
    }
    const page = rows.slice(0, request.limit);
    if (searching && page.length > 0) this.addSnippets(page, volunteer ? 'story_redacted_fts' : 'story_fts', params.match as string, prefixed);
    const last = page.at(-1);
    const nextCursor =
      rows.length > request.limit && last ? (last.rank === null ? encodeCursor(...listKey(request.filters, last)) : encodeCursor(String(last.rank), String(last.seq))) : null;
    return {
      rankedAmongRecent,
      items: page.map((row) => ({
        id: row.id,
        snippet: row.snippet ?? '',
        heardOn: row.heard_on,
        channel: row.channel,
        status: row.status,
        safeguarding: row.safeguarding === 1,
        sentiment: row.sentiment,
        themes: row.themes ? row.themes.split('\u001f') : [],
        recordedByName: row.recorder,
        eventName: row.event_name,
        // Staff write return reasons freely: they may name people, so volunteers never get them.
        returnReason: volunteer ? null : row.return_reason,
      })),
      nextCursor,
    };
  }

  /**
   * The newest RANKED_CANDIDATES matches that pass the filters, with their bm25 rank,
   * and whether there were more. Searches try the index of recent stories (or of
   * their anonymised words, for volunteers) first (migration 0009): when it holds more matches than the window, the window
   * lies wholly inside it and bm25 counts words over 100,000 stories instead of
   * every story. Otherwise the full index answers, where such a search is cheap,
   * unless the words are common and the filters narrow (below).
   */
  private rankedCandidates(volunteer: boolean, filters: StoryFilters, where: string[], params: Record<string, unknown>): { hits: RankedHit[]; more: boolean } {
    const [recentIndex, fullIndex] = volunteer ? ['story_recent_redacted_fts', 'story_redacted_fts'] : ['story_recent_fts', 'story_fts'];
    // Just after a bulk import the recent index may lack the newest stories: the full one holds them.
    if (recentSearchBehind(this.db())) return this.newestMatches(fullIndex, 'joined', where, params);
    const floor = prepared(this.db(), 'SELECT floor FROM story_recent_floor').pluck().get() as number;
    const walk = gatheredWalk(this.db(), filters);
    // Filters few stories pass would not fill the window from the recent stories: straight to the full index.
    if (where.length > 0 && walk < GATHERED_AT_ONCE) {
      return this.newestMatches(fullIndex, this.filtersNarrowerThanWords(filters, walk, recentIndex, null, { match: params.match, floor }), where, params);
    }
    const recent = this.newestMatches(recentIndex, 'joined', where, { ...params, floor });
    if (recent.more) return recent;
    return this.newestMatches(fullIndex, this.filtersNarrowerThanWords(filters, walk, recentIndex, recent.hits.length, { match: params.match, floor }), where, params);
  }

  /**
   * How the full index should test the filters (search-plan.ts): gathered when the
   * stories passing them are few beside the matches, both estimated from the recent
   * stories just searched (`recentHits` of them passed), in proportion to the whole
   * store; gathered when so few pass that the recent stories were not searched (null).
   * `walk`: the stories gathering them walks (search-plan.ts, gatheredWalk).
   */
  private filtersNarrowerThanWords(filters: StoryFilters, walk: number, recentIndex: string, recentHits: number | null, params: { match: unknown; floor: number }): 'joined' | 'gathered' {
    if (recentHits === null) return 'gathered';
    const recentMatches = prepared(this.db(), `SELECT count(*) FROM ${recentIndex} WHERE ${recentIndex} MATCH @match AND rowid > CAST(@floor AS INTEGER)`)
      .pluck()
      .get(params) as number;
    // Too few recent matches to estimate from; the full index holds few enough to read each one's story.
    if (recentMatches < RARE_IN_RECENT) return 'joined';
    const stories = keptCount(this.db(), 'total', ['']);
    const matches = (recentMatches * stories) / Math.min(stories, RECENT_SEARCH_STORIES);
    const passing = (recentHits / recentMatches) * stories;
    return gatherFirst(filters, walk, passing, matches) ? 'gathered' : 'joined';
  }

  /** The newest RANKED_CANDIDATES matches in `index` (above @floor, if given) that pass the filters, ranked. */
  private newestMatches(index: string, filters: 'joined' | 'gathered', where: string[], params: Record<string, unknown>): { hits: RankedHit[]; more: boolean } {
    // CAST: a bound JavaScript number arrives as REAL, and FTS5 ignores a rowid bound that is not an INTEGER.
    const conditions = [`${index} MATCH @match`, ...(params.floor === undefined ? [] : [`${index}.rowid > CAST(@floor AS INTEGER)`])];
    if (where.length && filters === 'gathered') conditions.push(amongGathered(index, where));
    const joined = filters === 'joined' && where.length > 0;
    let hits: RankedHit[];
    try {
      hits = prepared(
        this.db(),
        `SELECT ${index}.rowid AS seq, bm25(${index}) AS rank FROM ${index} ${joined ? `CROSS JOIN stories s ON s.seq = ${index}.rowid` : ''}
          WHERE ${[...conditions, ...(joined ? where : [])].join(' AND ')} ORDER BY ${index}.rowid DESC LIMIT @candidates`,
      ).all({ ...params, candidates: RANKED_CANDIDATES + 1 }) as RankedHit[];
    } catch (error) {
      // The query language is checked before this, so this is a safety net, not the usual path.
      if (/fts5|MATCH/i.test(String(error))) throw new ServiceError('INVALID_INPUT', 'That search could not be understood. Try simpler words.');
      throw error;
    }
    return { hits: hits.slice(0, RANKED_CANDIDATES).sort((a, b) => a.rank - b.rank || a.seq - b.seq), more: hits.length > RANKED_CANDIDATES };
  }

  /**
   * The words around the matches, matched words marked, for the rows of one page: one
   * pass over the matches between the page's oldest and newest rows, with CASE making
   * only the page's rows pay for a snippet. A page of a narrow filter can span most of
   * the store (one pass, 100 ms and more), so beyond SNIPPET_PASS_SPAN each row is asked
   * for by rowid instead (15 ms), unless a word is a prefix (dent*), which FTS5 would
   * gather every word of afresh for each row. The bounds are cast
   * because numbers from JavaScript arrive as REAL, and FTS5 ignores a rowid bound that
   * is not an INTEGER (it would read every match).
   */
  private addSnippets(rows: HitRow[], index: string, match: string, prefixed: boolean): void {
    const snippet = `snippet(${index}, -1, '${MATCH_START}', '${MATCH_END}', '…', ${SNIPPET_WORDS})`;
    const seqs = rows.map((row) => row.seq);
    let found: Array<{ rowid: number; snippet: string | null }>;
    if (prefixed || Math.max(...seqs) - Math.min(...seqs) <= SNIPPET_PASS_SPAN) {
      found = this.db()
        .prepare(
          `SELECT rowid, CASE WHEN rowid IN (${seqs.map(() => '?').join(', ')}) THEN ${snippet} END AS snippet
             FROM ${index} WHERE ${index} MATCH ? AND rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)`,
        )
        .all(...seqs, match, Math.min(...seqs), Math.max(...seqs)) as typeof found;
    } else {
      const one = prepared(this.db(), `SELECT rowid, ${snippet} AS snippet FROM ${index} WHERE ${index} MATCH ? AND rowid = CAST(? AS INTEGER)`);
      found = seqs.flatMap((seq) => (one.all(match, seq) as typeof found));
    }
    const snippets = new Map(found.flatMap((row) => (row.snippet === null ? [] : [[row.rowid, row.snippet] as const])));
    for (const row of rows) row.snippet = snippets.get(row.seq) ?? '';
  }

  saveSearch(name: string, query: string, filters: StoryFilters): SavedSearch {
    const user = this.users.require();
    const parsed = query.trim() === '' ? null : parseSearchQuery(query);
    if (parsed && !parsed.ok) throw new ServiceError('INVALID_INPUT', parsed.message);
    const id = randomUUID();
    const createdAt = new Date().toISOString();
    prepared(
      this.db(),
      `INSERT INTO saved_searches (id, name, owner_id, query, filters, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (owner_id, name) DO UPDATE SET query = excluded.query, filters = excluded.filters, created_at = excluded.created_at`,
    ).run(id, name, user.id, query, JSON.stringify(filters), createdAt);
    return this.savedSearches().find((s) => s.name === name)!;
  }

  savedSearches(): SavedSearch[] {
    const user = this.users.require();
    return (prepared(this.db(), 'SELECT * FROM saved_searches WHERE owner_id = ? ORDER BY name').all(user.id) as Array<{
      id: string;
      name: string;
      query: string;
      filters: string;
      created_at: string;
    }>).map((row) => ({ id: row.id, name: row.name, query: row.query, filters: storyFiltersSchema.parse(JSON.parse(row.filters)), createdAt: row.created_at }));
  }

  deleteSavedSearch(id: string): void {
    const user = this.users.require();
    prepared(this.db(), 'DELETE FROM saved_searches WHERE id = ? AND owner_id = ?').run(id, user.id);
  }
}
