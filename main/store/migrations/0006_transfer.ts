import type { Migration } from './migration';

/**
 * Merging transfer files from field laptops: stories changed on both sides and
 * flagged for a person to resolve; where a field revision landed under another
 * number here; what each story's fields last looked like on the field laptop (so
 * a later transfer can tell who changed what); and the field laptops' own audit
 * entries, kept apart so that the local hash chain is never spliced.
 */
export const transferMigration: Migration = {
  version: 6,
  name: 'transfer',
  up(db) {
    db.exec(`
      CREATE TABLE story_conflicts (
        id               INTEGER PRIMARY KEY,
        story_id         TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        source_device    TEXT NOT NULL,
        kind             TEXT NOT NULL CHECK (kind IN ('words', 'fields')),
        -- words: the office revision the field's words differ from, and the field's
        -- current words as numbered here; fields: the field's values, as JSON.
        office_revision  INTEGER,
        field_revision   INTEGER,
        field_values     TEXT,
        differing        TEXT NOT NULL,
        import_sha256    TEXT NOT NULL,
        imported_at      TEXT NOT NULL,
        resolved_at      TEXT,
        resolved_by      TEXT REFERENCES users (id),
        resolution       TEXT CHECK (resolution IN ('office', 'field')),
        CHECK ((resolved_at IS NULL) = (resolution IS NULL))
      ) STRICT;
      CREATE INDEX story_conflicts_open ON story_conflicts (imported_at, id) WHERE resolved_at IS NULL;
      CREATE INDEX story_conflicts_story ON story_conflicts (story_id);

      CREATE TABLE story_revision_origins (
        story_id        TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        source_device   TEXT NOT NULL,
        source_revision INTEGER NOT NULL,
        sha256          TEXT NOT NULL,
        revision        INTEGER NOT NULL,
        PRIMARY KEY (story_id, source_device, source_revision)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE story_transfer_bases (
        story_id      TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        source_device TEXT NOT NULL,
        fields_sha256 TEXT NOT NULL,
        PRIMARY KEY (story_id, source_device)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE imported_audit (
        source_device TEXT NOT NULL,
        source_seq    INTEGER NOT NULL,
        source_hash   TEXT NOT NULL,
        entry         TEXT NOT NULL,
        import_sha256 TEXT NOT NULL,
        imported_at   TEXT NOT NULL,
        PRIMARY KEY (source_device, source_seq)
      ) STRICT;
      CREATE TRIGGER imported_audit_no_update BEFORE UPDATE ON imported_audit
      BEGIN SELECT RAISE(ABORT, 'imported audit entries are append-only'); END;
    `);
  },
};
