import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';
import startingRegister from './seed/0002-starting-register.json';

/**
 * Users, services, events, stories with immutable revisions, consent, contact
 * details kept apart, equality monitoring, and the hash-chained audit trail.
 */
export const captureMigration: Migration = {
  version: 2,
  name: 'capture',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        role       TEXT NOT NULL CHECK (role IN ('outreach', 'staff', 'volunteer', 'admin')),
        pin_hash   TEXT,
        created_at TEXT NOT NULL,
        retired_at TEXT
      ) STRICT;

      CREATE TABLE services (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        type            TEXT NOT NULL,
        ods_code        TEXT,
        cqc_location_id TEXT,
        created_at      TEXT NOT NULL,
        retired_at      TEXT
      ) STRICT;
      CREATE INDEX services_name ON services (name);

      CREATE TABLE events (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        held_on    TEXT NOT NULL,
        place      TEXT NOT NULL,
        partner    TEXT,
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_held_on ON events (held_on DESC);

      -- seq is the story's row number on this laptop (stable across VACUUM, used by the
      -- search index); id is its identity everywhere.
      CREATE TABLE stories (
        seq                 INTEGER PRIMARY KEY,
        id                  TEXT NOT NULL UNIQUE,
        draft_id            TEXT UNIQUE,
        words_kind          TEXT NOT NULL CHECK (words_kind IN ('own-words', 'recorder-summary')),
        language            TEXT NOT NULL,
        interpreter         INTEGER NOT NULL CHECK (interpreter IN (0, 1)),
        translation         TEXT,
        channel             TEXT NOT NULL,
        event_id            TEXT REFERENCES events (id),
        heard_on            TEXT NOT NULL,
        recorded_by         TEXT NOT NULL REFERENCES users (id),
        device_id           TEXT NOT NULL,
        consent_keep        INTEGER NOT NULL CHECK (consent_keep = 1),
        consent_share       INTEGER NOT NULL CHECK (consent_share IN (0, 1)),
        consent_quote       INTEGER NOT NULL CHECK (consent_quote IN (0, 1)),
        consent_contact     INTEGER NOT NULL CHECK (consent_contact IN (0, 1)),
        safeguarding        INTEGER NOT NULL CHECK (safeguarding IN (0, 1)),
        safeguarding_action TEXT,
        safeguarding_by     TEXT,
        status              TEXT NOT NULL,
        current_revision    INTEGER NOT NULL DEFAULT 1,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stories_created ON stories (created_at DESC, id DESC);
      CREATE INDEX stories_recorder ON stories (recorded_by, created_at DESC, id DESC);
      CREATE INDEX stories_event ON stories (event_id, created_at DESC, id DESC);

      -- The words. Revision 1 is what was first recorded; corrections add revisions.
      CREATE TABLE story_revisions (
        story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        revision   INTEGER NOT NULL,
        text       TEXT NOT NULL,
        sha256     TEXT NOT NULL,
        reason     TEXT,
        revised_by TEXT NOT NULL REFERENCES users (id),
        revised_at TEXT NOT NULL,
        PRIMARY KEY (story_id, revision)
      ) STRICT;
      CREATE TRIGGER story_revisions_immutable BEFORE UPDATE ON story_revisions
      BEGIN SELECT RAISE(ABORT, 'story revisions are immutable'); END;

      CREATE TABLE story_services (
        story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        service_id TEXT NOT NULL REFERENCES services (id),
        PRIMARY KEY (story_id, service_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX story_services_service ON story_services (service_id);

      -- Kept apart from the story so that it can be removed on its own.
      CREATE TABLE story_contacts (
        story_id   TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
        name       TEXT,
        phone      TEXT,
        email      TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE story_equality (
        story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
        answers  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        at          TEXT NOT NULL,
        actor_id    TEXT,
        actor_name  TEXT,
        action      TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id   TEXT,
        details     TEXT NOT NULL,
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_entity ON audit_log (entity_type, entity_id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

      -- Which laptop a story was recorded on: one id per store, made once.
      INSERT OR IGNORE INTO settings (key, value) VALUES ('device_id', lower(hex(randomblob(16))));
    `);
    // The register a new store starts with, frozen beside this migration.
    const insert = db.prepare('INSERT INTO services (id, name, type, ods_code, cqc_location_id, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    const now = new Date().toISOString();
    for (const entry of startingRegister.services) insert.run(randomUUID(), entry.name, entry.type, entry.odsCode, entry.cqcLocationId, now);
  },
};
