import type { Migration } from './migration';

/**
 * Volunteer review packs. In the office: the packs this store issued (which story
 * each pack reference stands for, so results map back) and which results were
 * already imported. On a volunteer's laptop: the packs imported there, their
 * anonymised stories and codebook, and the volunteer's own suggestions. Pack
 * stories never go into `stories`: a volunteer's store holds no original words.
 */
export const packsMigration: Migration = {
  version: 7,
  name: 'packs',
  up(db) {
    db.exec(`
      CREATE TABLE issued_packs (
        id              TEXT PRIMARY KEY,
        volunteer_id    TEXT NOT NULL REFERENCES users (id),
        volunteer_name  TEXT NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        issued_by       TEXT NOT NULL REFERENCES users (id),
        issued_at       TEXT NOT NULL
      ) STRICT;

      CREATE TABLE issued_pack_stories (
        pack_id  TEXT NOT NULL REFERENCES issued_packs (id),
        ref      TEXT NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        -- The volunteer's overall sentiment and note, once their results are imported.
        result_sentiment TEXT CHECK (result_sentiment IN ('positive', 'negative', 'neutral', 'mixed')),
        result_note      TEXT,
        PRIMARY KEY (pack_id, ref),
        UNIQUE (pack_id, story_id)
      ) STRICT;

      -- One row per theme suggestion brought back, so importing the same results twice adds nothing.
      CREATE TABLE imported_pack_suggestions (
        pack_id       TEXT NOT NULL,
        ref           TEXT NOT NULL,
        code_id       TEXT NOT NULL,
        suggestion_id INTEGER NOT NULL REFERENCES tag_suggestions (id) ON DELETE CASCADE,
        PRIMARY KEY (pack_id, ref, code_id),
        FOREIGN KEY (pack_id, ref) REFERENCES issued_pack_stories (pack_id, ref)
      ) STRICT;

      CREATE TABLE received_packs (
        id                  TEXT PRIMARY KEY,
        organisation        TEXT NOT NULL,
        key_fingerprint     TEXT NOT NULL,
        volunteer_name      TEXT NOT NULL,
        issued_at           TEXT NOT NULL,
        issued_by_name      TEXT NOT NULL,
        manifest_sha256     TEXT NOT NULL,
        imported_by         TEXT NOT NULL REFERENCES users (id),
        imported_at         TEXT NOT NULL
      ) STRICT;

      CREATE TABLE received_pack_stories (
        pack_id     TEXT NOT NULL REFERENCES received_packs (id) ON DELETE CASCADE,
        ref         TEXT NOT NULL,
        position    INTEGER NOT NULL,
        text        TEXT NOT NULL,
        language    TEXT NOT NULL,
        heard_month TEXT NOT NULL,
        sentiment   TEXT CHECK (sentiment IN ('positive', 'negative', 'neutral', 'mixed')),
        note        TEXT,
        PRIMARY KEY (pack_id, ref)
      ) STRICT;

      CREATE TABLE received_pack_codes (
        pack_id   TEXT NOT NULL REFERENCES received_packs (id) ON DELETE CASCADE,
        code_id   TEXT NOT NULL,
        parent_id TEXT,
        name      TEXT NOT NULL,
        retired   INTEGER NOT NULL CHECK (retired IN (0, 1)),
        position  INTEGER NOT NULL,
        PRIMARY KEY (pack_id, code_id)
      ) STRICT;

      CREATE TABLE received_pack_suggestions (
        pack_id      TEXT NOT NULL,
        ref          TEXT NOT NULL,
        code_id      TEXT NOT NULL,
        sentiment    TEXT CHECK (sentiment IN ('positive', 'negative', 'neutral', 'mixed')),
        suggested_by TEXT NOT NULL REFERENCES users (id),
        suggested_at TEXT NOT NULL,
        PRIMARY KEY (pack_id, ref, code_id),
        FOREIGN KEY (pack_id, ref) REFERENCES received_pack_stories (pack_id, ref) ON DELETE CASCADE,
        FOREIGN KEY (pack_id, code_id) REFERENCES received_pack_codes (pack_id, code_id)
      ) STRICT;
    `);
  },
};
