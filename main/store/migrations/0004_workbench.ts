import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';
import codebook from './seed/0004-default-codebook.json';

/**
 * The workbench: full-text search (FTS5, case- and accent-insensitive) over the
 * current words and translations, kept in step by triggers; a separate index of
 * checked, anonymised words for volunteers; the codebook and its history; tags
 * (whole story or a passage) with sentiment; review status; volunteer
 * suggestions; double-coding samples; saved searches.
 */
export const workbenchMigration: Migration = {
  version: 4,
  name: 'workbench',
  up(db) {
    db.exec(`
      ALTER TABLE stories ADD COLUMN sentiment TEXT CHECK (sentiment IN ('positive', 'negative', 'neutral', 'mixed'));
      ALTER TABLE stories ADD COLUMN return_reason TEXT;
      CREATE INDEX stories_status ON stories (status, created_at DESC, id DESC);
      CREATE INDEX stories_heard ON stories (heard_on);
      CREATE INDEX stories_channel ON stories (channel, created_at DESC, id DESC);
      CREATE INDEX stories_safeguarding ON stories (created_at DESC, id DESC) WHERE safeguarding = 1;

      -- The search index reads the words from the stories themselves (external
      -- content), so the text is not stored twice; triggers keep it in step.
      CREATE VIEW story_search_source AS
        SELECT s.seq AS seq, r.text AS text, s.translation AS translation
          FROM stories s JOIN story_revisions r ON r.story_id = s.id AND r.revision = s.current_revision;
      CREATE VIRTUAL TABLE story_fts USING fts5 (
        text, translation, content = 'story_search_source', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE VIRTUAL TABLE story_redacted_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');

      -- The anonymised words a volunteer may read: written when a check is saved,
      -- removed as soon as the words are corrected (the check no longer holds).
      CREATE TABLE story_redactions (
        story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        text     TEXT NOT NULL
      ) STRICT;

      -- An FTS5 'delete' must be given exactly what was indexed: the words of the
      -- revision that was current, and the translation as it was.
      CREATE TRIGGER story_fts_first_words AFTER INSERT ON story_revisions WHEN NEW.revision = 1 BEGIN
        INSERT INTO story_fts (rowid, text, translation) SELECT seq, NEW.text, translation FROM stories WHERE id = NEW.story_id;
      END;
      CREATE TRIGGER story_fts_corrected AFTER UPDATE OF current_revision ON stories WHEN OLD.current_revision != NEW.current_revision BEGIN
        INSERT INTO story_fts (story_fts, rowid, text, translation)
          SELECT 'delete', OLD.seq, r.text, OLD.translation FROM story_revisions r WHERE r.story_id = OLD.id AND r.revision = OLD.current_revision;
        INSERT INTO story_fts (rowid, text, translation)
          SELECT NEW.seq, r.text, NEW.translation FROM story_revisions r WHERE r.story_id = NEW.id AND r.revision = NEW.current_revision;
        DELETE FROM story_redacted_fts WHERE rowid = NEW.seq;
        DELETE FROM story_redactions WHERE story_id = NEW.id;
      END;
      CREATE TRIGGER story_fts_translation AFTER UPDATE OF translation ON stories
        WHEN OLD.current_revision = NEW.current_revision AND OLD.translation IS NOT NEW.translation BEGIN
        INSERT INTO story_fts (story_fts, rowid, text, translation)
          SELECT 'delete', OLD.seq, r.text, OLD.translation FROM story_revisions r WHERE r.story_id = OLD.id AND r.revision = OLD.current_revision;
        INSERT INTO story_fts (rowid, text, translation)
          SELECT NEW.seq, r.text, NEW.translation FROM story_revisions r WHERE r.story_id = NEW.id AND r.revision = NEW.current_revision;
      END;
      CREATE TRIGGER story_fts_delete BEFORE DELETE ON stories BEGIN
        INSERT INTO story_fts (story_fts, rowid, text, translation)
          SELECT 'delete', OLD.seq, r.text, OLD.translation FROM story_revisions r WHERE r.story_id = OLD.id AND r.revision = OLD.current_revision;
        DELETE FROM story_redacted_fts WHERE rowid = OLD.seq;
      END;
      INSERT INTO story_fts (story_fts) VALUES ('rebuild');

      CREATE TABLE codes (
        id          TEXT PRIMARY KEY,
        key         TEXT UNIQUE,
        parent_id   TEXT REFERENCES codes (id),
        name        TEXT NOT NULL,
        description TEXT,
        position    INTEGER NOT NULL DEFAULT 0,
        retired_at  TEXT,
        merged_into TEXT REFERENCES codes (id),
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX codes_parent ON codes (parent_id, position);

      CREATE TABLE code_history (
        seq     INTEGER PRIMARY KEY,
        code_id TEXT NOT NULL REFERENCES codes (id),
        action  TEXT NOT NULL,
        details TEXT NOT NULL,
        by_id   TEXT NOT NULL REFERENCES users (id),
        at      TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER code_history_no_update BEFORE UPDATE ON code_history BEGIN SELECT RAISE(ABORT, 'code history is append-only'); END;
      CREATE TRIGGER code_history_no_delete BEFORE DELETE ON code_history BEGIN SELECT RAISE(ABORT, 'code history is append-only'); END;

      CREATE TABLE story_tags (
        id        INTEGER PRIMARY KEY,
        story_id  TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        code_id   TEXT NOT NULL REFERENCES codes (id),
        sentiment TEXT CHECK (sentiment IN ('positive', 'negative', 'neutral', 'mixed')),
        start     INTEGER,
        "end"     INTEGER,
        revision  INTEGER,
        tagged_by TEXT NOT NULL REFERENCES users (id),
        tagged_at TEXT NOT NULL,
        CHECK ((start IS NULL AND "end" IS NULL AND revision IS NULL) OR (start >= 0 AND "end" > start AND revision >= 1))
      ) STRICT;
      CREATE UNIQUE INDEX story_tags_whole ON story_tags (story_id, code_id) WHERE start IS NULL;
      CREATE INDEX story_tags_story ON story_tags (story_id);
      CREATE INDEX story_tags_code ON story_tags (code_id, story_id);

      CREATE TABLE tag_suggestions (
        id           INTEGER PRIMARY KEY,
        story_id     TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        code_id      TEXT NOT NULL REFERENCES codes (id),
        sentiment    TEXT CHECK (sentiment IN ('positive', 'negative', 'neutral', 'mixed')),
        suggested_by TEXT NOT NULL REFERENCES users (id),
        suggested_at TEXT NOT NULL,
        status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
        decided_by   TEXT REFERENCES users (id),
        decided_at   TEXT
      ) STRICT;
      CREATE INDEX tag_suggestions_status ON tag_suggestions (status, suggested_at);

      CREATE TABLE agreement_samples (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        reviewer_a TEXT NOT NULL REFERENCES users (id),
        reviewer_b TEXT NOT NULL REFERENCES users (id),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        CHECK (reviewer_a != reviewer_b)
      ) STRICT;
      CREATE TABLE agreement_sample_stories (
        sample_id TEXT NOT NULL REFERENCES agreement_samples (id) ON DELETE CASCADE,
        story_id  TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        PRIMARY KEY (sample_id, story_id)
      ) STRICT;
      -- Each reviewer's own coding of the sample, kept apart from the story's tags.
      CREATE TABLE agreement_codings (
        sample_id   TEXT NOT NULL REFERENCES agreement_samples (id) ON DELETE CASCADE,
        story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        reviewer_id TEXT NOT NULL REFERENCES users (id),
        code_ids    TEXT NOT NULL,
        coded_at    TEXT NOT NULL,
        PRIMARY KEY (sample_id, story_id, reviewer_id)
      ) STRICT;

      CREATE TABLE saved_searches (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        owner_id   TEXT NOT NULL REFERENCES users (id),
        query      TEXT NOT NULL,
        filters    TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (owner_id, name)
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO codes (id, key, parent_id, name, position, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    const now = new Date().toISOString();
    codebook.themes.forEach((theme, i) => {
      const themeId = randomUUID();
      insert.run(themeId, theme.key, null, theme.name, i, now);
      theme.subthemes.forEach((sub, j) => insert.run(randomUUID(), sub.key, themeId, sub.name, j, now));
    });
  },
};
