import type { Migration } from './migration';

/**
 * Sync through the organisation's PostgreSQL server. What this laptop has applied
 * from each other laptop (the last batch number, advanced in the same transaction
 * as the merge, so a sync stopped halfway neither loses nor repeats anything), and
 * the batches merged (so that what came through sync is never sent back), and
 * the field laptops an administrator enrolled from here (their numbers name their
 * audiences on the server). Settings, the server password and the sync key live
 * in `settings`, inside the encrypted store like everything else.
 */
export const syncMigration: Migration = {
  version: 13,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_cursors (
        device_id   TEXT PRIMARY KEY,
        last_seq    INTEGER NOT NULL CHECK (last_seq >= 0),
        applied_at  TEXT NOT NULL
      ) STRICT;

      -- Each batch merged here, by the SHA-256 of its blob (the merge's audit entry names it).
      CREATE TABLE sync_applied_batches (
        sha256     TEXT PRIMARY KEY,
        device_id  TEXT NOT NULL,
        seq        INTEGER NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sync_field_laptops (
        number     INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 65535),
        label      TEXT NOT NULL,
        issued_by  TEXT NOT NULL REFERENCES users (id),
        issued_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
