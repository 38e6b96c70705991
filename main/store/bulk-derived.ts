/**
 * A bulk insert of new stories (the merge of a transfer import or a sync's pull)
 * turns the derived tables' per-row triggers off (migration 0019) and writes what
 * they would have written once for the whole batch, with set-wise statements over
 * the new stories: the same rows, in a fraction of the time (an import of 100,000
 * new stories spent most of its writing time in those triggers). The recent search
 * index is left to catch up after the commit (workbench/recent-search-backlog.ts).
 * Each statement here mirrors the trigger named beside it; tests/integration/transfer/bulk-derived.test.ts holds a
 * store built this way equal to one built row by row.
 */
import type { Db } from './database';
import { prepared } from './prepared';

/** Story numbers in (after, upTo]: the stories the bulk insert added. */
interface NewStories {
  after: number;
  upTo: number;
}

export const topStorySeq = (db: Db) => (prepared(db, 'SELECT max(seq) FROM stories').pluck().get() as number | null) ?? 0;

const setBulk = (db: Db, active: boolean) => prepared(db, 'UPDATE bulk_insert SET active = ?').run(active ? 1 : 0);

/** The new stories, and the themes each counts under ('' for the story itself, as Insight counts). */
const FRESH = `
  fresh AS MATERIALIZED (
    SELECT id, status, channel, sentiment, language, event_id, recorded_by, safeguarding, consent_share,
           substr(heard_on, 1, 7) AS month, coalesce(event_id, '') AS event, coalesce(sentiment, '') AS mood
      FROM stories WHERE seq > @after AND seq <= @upTo),
  themes AS MATERIALIZED (
    SELECT id AS story_id, '' AS theme FROM fresh
    UNION SELECT t.story_id, coalesce(c.parent_id, c.id) FROM story_tags t JOIN codes c ON c.id = t.code_id WHERE t.story_id IN (SELECT id FROM fresh)),
  types AS MATERIALIZED (
    SELECT DISTINCT ss.story_id, sv.type FROM story_services ss JOIN services sv ON sv.id = ss.service_id WHERE ss.story_id IN (SELECT id FROM fresh))`;

const DERIVE = [
  // story_fts_first_words, story_fts_corrected (0004): the current words and translation.
  `INSERT INTO story_fts (rowid, text, translation) SELECT seq, text, translation FROM story_search_source WHERE seq > @after AND seq <= @upTo`,
  // search_terms_words, search_terms_redacted_written (0016): every revision's words, the
  // translation that came with the first, the anonymised words; split by the scratch index.
  // New words are numbered in alphabetical order rather than story by story (the number
  // only joins search_terms to its forms index).
  `INSERT INTO search_term_scratch (rowid, text, translation)
     SELECT row_number() OVER (), text, translation FROM (
       SELECT r.text, CASE r.revision WHEN 1 THEN s.translation END AS translation
         FROM stories s JOIN story_revisions r ON r.story_id = s.id WHERE s.seq > @after AND s.seq <= @upTo
       UNION ALL SELECT x.text, NULL FROM stories s JOIN story_redactions x ON x.story_id = s.id WHERE s.seq > @after AND s.seq <= @upTo)`,
  `INSERT INTO search_terms (term) SELECT term FROM search_term_scratch_words WHERE term NOT IN (SELECT term FROM search_terms)`,
  `INSERT INTO search_term_scratch (search_term_scratch) VALUES ('delete-all')`,
  // story_facets_insert, story_facets_tag_insert, story_facets_service_insert (0008): one per story per value.
  `WITH ${FRESH},
     named (facet, value) AS (
       SELECT 'total', '' FROM fresh
       UNION ALL SELECT 'status', status FROM fresh
       UNION ALL SELECT 'channel', channel FROM fresh
       UNION ALL SELECT 'sentiment', sentiment FROM fresh
       UNION ALL SELECT 'language', language FROM fresh
       UNION ALL SELECT 'event', event_id FROM fresh
       UNION ALL SELECT 'recorder', recorded_by FROM fresh
       UNION ALL SELECT 'safeguarding', CASE safeguarding WHEN 1 THEN '1' END FROM fresh
       UNION ALL SELECT 'consent_share', CASE consent_share WHEN 1 THEN '1' END FROM fresh
       UNION ALL SELECT 'theme', theme FROM themes WHERE theme != ''
       UNION ALL SELECT 'service', service_id FROM story_services WHERE story_id IN (SELECT id FROM fresh)
       UNION ALL SELECT 'service_type', type FROM types)
   INSERT INTO story_facet_counts (facet, value, count)
     SELECT facet, value, count(*) FROM named WHERE value IS NOT NULL GROUP BY facet, value
     ON CONFLICT DO UPDATE SET count = count + excluded.count`,
  // insight_story_insert, insight_tag_insert (0015): once under every theme of the story.
  `WITH ${FRESH}
   INSERT INTO insight_counts (month, channel, event, theme, sentiment, stories)
     SELECT f.month, f.channel, f.event, th.theme, f.mood, count(*) FROM fresh f JOIN themes th ON th.story_id = f.id WHERE true GROUP BY 1, 2, 3, 4, 5
     ON CONFLICT DO UPDATE SET stories = stories + excluded.stories`,
  // insight_service_insert, insight_tag_insert: per service the story names.
  `WITH ${FRESH}
   INSERT INTO insight_service_counts (month, service, channel, event, theme, sentiment, stories)
     SELECT f.month, ss.service_id, f.channel, f.event, th.theme, f.mood, count(*)
       FROM fresh f JOIN story_services ss ON ss.story_id = f.id JOIN themes th ON th.story_id = f.id WHERE true GROUP BY 1, 2, 3, 4, 5, 6
     ON CONFLICT DO UPDATE SET stories = stories + excluded.stories`,
  // insight_service_insert, insight_tag_insert: per service type (two GP services count once).
  `WITH ${FRESH}
   INSERT INTO insight_service_type_counts (month, service_type, channel, event, theme, sentiment, stories)
     SELECT f.month, ty.type, f.channel, f.event, th.theme, f.mood, count(*)
       FROM fresh f JOIN types ty ON ty.story_id = f.id JOIN themes th ON th.story_id = f.id WHERE true GROUP BY 1, 2, 3, 4, 5, 6
     ON CONFLICT DO UPDATE SET stories = stories + excluded.stories`,
];

/**
 * Runs `insertNewStories` (which must only add new stories and their own rows)
 * with the guarded triggers off, then writes their derived rows for all of them.
 * Inside the caller's transaction, so the switch and the counts commit or roll back
 * with the stories.
 */
export function withDerivedTablesByBatch<T>(db: Db, insertNewStories: () => T): T {
  if (!db.inTransaction) throw new Error('A bulk insert runs inside its import transaction');
  const after = topStorySeq(db);
  setBulk(db, true);
  const result = insertNewStories();
  setBulk(db, false);
  const fresh: NewStories = { after, upTo: topStorySeq(db) };
  if (fresh.upTo > fresh.after) for (const sql of DERIVE) prepared(db, sql).run(fresh);
  return result;
}
