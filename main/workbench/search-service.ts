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
import { filterConditions, hasFilters } from './story-filters';

const SNIPPET_WORDS = 24;
/**
 * Ranking reads every match it ranks, so a word found in half a million stories
 * would take seconds. Matches are ranked among the most recent RANKED_CANDIDATES
 * that pass the filters; the answer says when there were more.
 */
export const RANKED_CANDIDATES = 2_000;
const EXCERPT_LENGTH = 240;

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
  candidates?: number;
}

export interface SearchRequest {
  query: string;
  filters: StoryFilters;
  after?: string | undefined;
  limit: number;
}

type SavedSearch = z.infer<typeof savedSearchSchema>;

export class SearchService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
  ) {}

  search(request: SearchRequest): SearchPage {
    const viewer = this.users.require();
    const volunteer = viewer.role === 'volunteer';
    const { where, params } = filterConditions(request.filters, viewer, this.users.eventId);
    params.limit = request.limit + 1;
    // Volunteers never receive who recorded a story or where: only the anonymised words.
    const common = `s.id, s.seq, s.heard_on, s.channel, s.status, s.safeguarding, s.sentiment, s.return_reason, s.created_at,
      (SELECT group_concat(c.name, '\u001f') FROM story_tags t JOIN codes c ON c.id = t.code_id WHERE t.story_id = s.id) AS themes,
      ${volunteer ? 'NULL' : '(SELECT name FROM users WHERE id = s.recorded_by)'} AS recorder,
      ${volunteer ? 'NULL' : '(SELECT name FROM events WHERE id = s.event_id)'} AS event_name`;

    let sql: string;
    let keysetAfterRank: string | null = null;
    if (request.query.trim() !== '') {
      const parsed = parseSearchQuery(request.query);
      if (!parsed.ok) throw new ServiceError('INVALID_INPUT', parsed.message);
      const index = volunteer ? 'story_redacted_fts' : 'story_fts';
      params.match = parsed.fts;
      if (request.after) {
        const [rank, seq] = decodeCursor(request.after, 2);
        keysetAfterRank = '(f.rank > @afterRank OR (f.rank = @afterRank AND f.seq > @afterSeq))';
        params.afterRank = Number(rank);
        params.afterSeq = Number(seq);
      }
      // Newest matches first through the index (CROSS JOIN keeps that order), filtered,
      // up to RANKED_CANDIDATES; then ranked, one page taken. Snippets: page only (below).
      params.candidates = RANKED_CANDIDATES + 1;
      const keyset = keysetAfterRank;
      keysetAfterRank = null;
      sql = `WITH f AS MATERIALIZED (
               SELECT s.seq AS seq, bm25(${index}) AS rank FROM ${index} CROSS JOIN stories s ON s.seq = ${index}.rowid
                WHERE ${index} MATCH @match ${where.length ? `AND ${where.join(' AND ')}` : ''}
                ORDER BY ${index}.rowid DESC LIMIT @candidates),
             page AS (SELECT seq, rank FROM f ${keyset ? `WHERE ${keyset}` : ''} ORDER BY rank, seq LIMIT @limit)
             SELECT ${common}, NULL AS snippet, page.rank, (SELECT count(*) FROM f) AS candidates
               FROM page JOIN stories s ON s.seq = page.seq
              ORDER BY page.rank, page.seq`;
    } else {
      if (request.after) {
        const [createdAt, id] = decodeCursor(request.after, 2);
        where.push('(s.created_at, s.id) < (@afterCreated, @afterId)');
        params.afterCreated = createdAt;
        params.afterId = id;
      }
      const words = volunteer
        ? `(SELECT substr(x.text, 1, ${EXCERPT_LENGTH}) FROM story_redactions x WHERE x.story_id = s.id)`
        : `(SELECT substr(r.text, 1, ${EXCERPT_LENGTH}) FROM story_revisions r WHERE r.story_id = s.id AND r.revision = s.current_revision)`;
      sql = `SELECT ${common}, ${words} AS snippet, NULL AS rank FROM stories s
             ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
             ORDER BY s.created_at DESC, s.id DESC LIMIT @limit`;
    }
    let rows: HitRow[];
    try {
      rows = prepared(this.db(), sql).all(params) as HitRow[];
    } catch (error) {
      // The query language is checked before this, so this is a safety net, not the usual path.
      if (/fts5|MATCH/i.test(String(error))) throw new ServiceError('INVALID_INPUT', 'That search could not be understood. Try simpler words.');
      throw error;
    }
    const page = rows.slice(0, request.limit);
    if (request.query.trim() !== '' && page.length > 0) this.addSnippets(page, volunteer ? 'story_redacted_fts' : 'story_fts', params.match as string);
    const last = page.at(-1);
    const nextCursor =
      rows.length > request.limit && last ? (last.rank === null ? encodeCursor(last.created_at, last.id) : encodeCursor(String(last.rank), String(last.seq))) : null;
    const ranked = page[0]?.candidates;
    return {
      rankedAmongRecent: ranked !== undefined && ranked > RANKED_CANDIDATES ? RANKED_CANDIDATES : null,
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

  /** The words around the matches, matched words marked, for the rows of one page. */
  private addSnippets(rows: HitRow[], index: string, match: string): void {
    const seqs = rows.map((row) => row.seq);
    const snippets = new Map(
      (
        this.db()
          .prepare(
            `SELECT rowid, snippet(${index}, -1, '${MATCH_START}', '${MATCH_END}', '…', ${SNIPPET_WORDS}) AS snippet
               FROM ${index} WHERE ${index} MATCH ? AND rowid IN (${seqs.map(() => '?').join(', ')})`,
          )
          .all(match, ...seqs) as Array<{ rowid: number; snippet: string }>
      ).map((row) => [row.rowid, row.snippet]),
    );
    for (const row of rows) row.snippet = snippets.get(row.seq) ?? '';
  }

  /** How many stories match, and how they spread over each filter's values. */
  facets(request: { query: string; filters: StoryFilters }): FacetCounts {
    const viewer = this.users.require();
    const db = this.db();
    const { where, params } = filterConditions(request.filters, viewer, this.users.eventId);
    let source = 'stories s';
    if (request.query.trim() !== '') {
      const parsed = parseSearchQuery(request.query);
      if (!parsed.ok) throw new ServiceError('INVALID_INPUT', parsed.message);
      const index = viewer.role === 'volunteer' ? 'story_redacted_fts' : 'story_fts';
      source = `${index} JOIN stories s ON s.seq = ${index}.rowid`;
      where.push(`${index} MATCH @match`);
      params.match = parsed.fts;
    }
    const everything = source === 'stories s' && !hasFilters(request.filters) && where.length === 0;
    // One pass to collect the matching rows, then a count per filter over them.
    const hits = everything ? 'stories' : 'temp.facet_hits';
    if (!everything) {
      db.exec('CREATE TEMP TABLE IF NOT EXISTS facet_hits (seq INTEGER PRIMARY KEY)');
      db.exec('DELETE FROM temp.facet_hits');
      db.prepare(`INSERT INTO temp.facet_hits SELECT s.seq FROM ${source} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).run(params);
    }
    const matched = everything ? 'stories h' : `${hits} x JOIN stories h ON h.seq = x.seq`;
    const group = (column: string) =>
      (db.prepare(`SELECT ${column} AS value, count(*) AS count FROM ${matched} GROUP BY 1 ORDER BY 2 DESC`).all() as Array<{ value: string | null; count: number }>)
        .filter((r) => r.value !== null)
        .map((r) => ({ value: String(r.value), label: null, count: r.count }));
    const total = db.prepare(`SELECT count(*) FROM ${matched}`).pluck().get() as number;
    const sums = db.prepare(`SELECT sum(h.safeguarding) AS safeguarding, sum(h.consent_share) AS share FROM ${matched}`).get() as {
      safeguarding: number | null;
      share: number | null;
    };
    const themes = (
      db
        .prepare(
          `SELECT coalesce(c.parent_id, c.id) AS value, (SELECT name FROM codes WHERE id = coalesce(c.parent_id, c.id)) AS label, count(DISTINCT h.seq) AS count
             FROM ${matched} JOIN story_tags t ON t.story_id = h.id JOIN codes c ON c.id = t.code_id GROUP BY 1 ORDER BY 3 DESC`,
        )
        .all() as Array<{ value: string; label: string; count: number }>
    ).map((r) => ({ value: r.value, label: r.label, count: r.count }));
    const serviceTypes = (
      db
        .prepare(
          `SELECT sv.type AS value, count(DISTINCT h.seq) AS count FROM ${matched}
             JOIN story_services ss ON ss.story_id = h.id JOIN services sv ON sv.id = ss.service_id GROUP BY 1 ORDER BY 2 DESC`,
        )
        .all() as Array<{ value: string; count: number }>
    ).map((r) => ({ value: r.value, label: null, count: r.count }));
    return {
      total,
      statuses: group('h.status'),
      channels: group('h.channel'),
      sentiments: group('h.sentiment'),
      languages: viewer.role === 'volunteer' ? [] : group('h.language'),
      themes,
      serviceTypes,
      safeguarding: sums.safeguarding ?? 0,
      consentShare: sums.share ?? 0,
    };
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
