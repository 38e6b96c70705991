import type { Migration } from './migration';

/**
 * The human check of anonymisation: the masks a person accepted for one revision
 * of a story's words, and who checked them when. A new revision, or any change to
 * the masks, leaves the story unchecked until someone checks it again.
 */
export const masksMigration: Migration = {
  version: 3,
  name: 'masks',
  up(db) {
    db.exec(`
      CREATE TABLE story_masks (
        story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        revision   INTEGER NOT NULL,
        start      INTEGER NOT NULL CHECK (start >= 0),
        "end"      INTEGER NOT NULL,
        type       TEXT NOT NULL,
        origin     TEXT NOT NULL CHECK (origin IN ('detected', 'added')),
        confidence TEXT NOT NULL CHECK (confidence IN ('high', 'low')),
        rule       TEXT NOT NULL,
        PRIMARY KEY (story_id, revision, start),
        CHECK ("end" > start)
      ) STRICT;

      CREATE TABLE story_mask_checks (
        story_id     TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
        revision     INTEGER NOT NULL,
        text_sha256  TEXT NOT NULL,
        masks_sha256 TEXT NOT NULL,
        checked_by   TEXT NOT NULL REFERENCES users (id),
        checked_at   TEXT NOT NULL
      ) STRICT;
    `);
  },
};
