import type { Db } from '../database';
import type { Migration } from './migration';

/** What a guarded trigger asks before it runs: no bulk insert is under way. */
const NOT_BULK = '(SELECT active FROM bulk_insert) = 0';

/**
 * The per-row triggers a bulk insert of new stories turns off, because the insert
 * then writes what they would have written for all its stories at once
 * (main/store/bulk-derived.ts): the search index (0004), the recent one, which
 * catches up after the import (0009), the list of words for word forms (0016), the
 * filter counts (0008) and the Insight counts (0015).
 */
const BULK_GUARDED_TRIGGERS = [
  'story_fts_first_words',
  'story_fts_corrected',
  'story_recent_first_words',
  'story_recent_corrected',
  'story_recent_redacted_written',
  'search_terms_words',
  'search_terms_redacted_written',
  'story_facets_insert',
  'story_facets_service_insert',
  'story_facets_tag_insert',
  'insight_story_insert',
  'insight_service_insert',
  'insight_tag_insert',
] as const;

/** A trigger's head up to BEGIN: name, event and table, and its own WHEN condition if it has one. */
const TRIGGER_HEAD = /^CREATE TRIGGER (\w+) ((?:BEFORE|AFTER) (?:INSERT|UPDATE|DELETE)(?: OF [\w, ]+?)? ON \w+)(?:\s+WHEN\s+(.+?))?\s+BEGIN\b/s;

/**
 * Re-creates a trigger with NOT_BULK added to its condition, keeping its body as
 * the migration that made it wrote it (read back from sqlite_master, so a later
 * migration's version of the trigger is the one kept).
 */
function guard(db: Db, name: string): void {
  const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(name) as string | undefined;
  const head = sql?.match(TRIGGER_HEAD);
  if (!sql || !head || head[1] !== name) throw new Error(`Trigger ${name} is not as migration 19 expects`);
  const condition = head[3] === undefined ? NOT_BULK : `${NOT_BULK} AND (${head[3]})`;
  db.exec(`DROP TRIGGER ${name}`);
  db.exec(`CREATE TRIGGER ${name} ${head[2]} WHEN ${condition} BEGIN${sql.slice(head[0].length)}`);
}

/**
 * Bulk inserts (a transfer import's or a sync's new stories): a one-row switch the
 * derived tables' per-row triggers read. While it is on (only inside the merge's
 * own transaction, so a failed import leaves it off) they write nothing, and the
 * merge maintains their tables once for the whole batch with set-wise statements:
 * an import of 100,000 new stories spent seconds in the triggers alone.
 */
export const bulkInsertMigration: Migration = {
  version: 19,
  name: 'bulk insert',
  up(db) {
    db.exec(`
      CREATE TABLE bulk_insert (active INTEGER NOT NULL CHECK (active IN (0, 1))) STRICT;
      INSERT INTO bulk_insert (active) VALUES (0);
    `);
    for (const name of BULK_GUARDED_TRIGGERS) guard(db, name);
  },
};
