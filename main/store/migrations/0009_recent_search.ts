import type { Migration } from './migration';

/** How many of the newest stories the recent search index holds. */
export const RECENT_SEARCH_STORIES = 100_000;

/** The current words of the story with this seq, as story_fts indexes them, if it lies above the floor. */
const wordsAboveFloor = (seq: string) => `
  INSERT INTO story_recent_fts (rowid, text, translation)
    SELECT seq, text, translation FROM story_search_source WHERE seq = ${seq} AND seq > (SELECT floor FROM story_recent_floor);`;

/** The anonymised words of the story with this id, for volunteers' recent index, if it lies above the floor. */
const redactedAboveFloor = (storyId: string, text: string) => `
  DELETE FROM story_recent_redacted_fts WHERE rowid = (SELECT seq FROM stories WHERE id = ${storyId});
  INSERT INTO story_recent_redacted_fts (rowid, text)
    SELECT seq, ${text} FROM stories WHERE id = ${storyId} AND seq > (SELECT floor FROM story_recent_floor);`;

/**
 * A second search index over the newest stories only (and its twin over the
 * anonymised words volunteers search). Search ranks the newest
 * matches with bm25, and bm25 counts how many stories hold each searched word
 * across its whole index first: over a million stories a common phrase costs
 * 60 ms and more before a single row is ranked. Over the newest 100,000 the
 * same count is ten times cheaper, and a word common enough to be costly fills
 * the ranking window from them alone; rarer words go to the full index, where
 * counting them is cheap anyway.
 *
 * Contentless with delete (SQLite 3.43+): rows leave by rowid alone, so trimming
 * the oldest never needs their words. It holds every story with seq above
 * story_recent_floor, kept by triggers beside story_fts's own; a row at or below
 * the floor may linger until trimmed, and searches ask for rowid > floor.
 * Deleting a rowid that is not there is harmless; inserting one twice is not,
 * so words a story may already have there are deleted before they are written
 * again (a new story's number is never there).
 */
export const recentSearchMigration: Migration = {
  version: 9,
  name: 'recent search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE story_recent_fts USING fts5 (
        text, translation, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE VIRTUAL TABLE story_recent_redacted_fts USING fts5 (
        text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TABLE story_recent_floor (floor INTEGER NOT NULL) STRICT;
      INSERT INTO story_recent_floor (floor) SELECT coalesce(max(seq), 0) - ${RECENT_SEARCH_STORIES} FROM stories;
      INSERT INTO story_recent_fts (rowid, text, translation)
        SELECT seq, text, translation FROM story_search_source WHERE seq > (SELECT floor FROM story_recent_floor);
      INSERT INTO story_recent_redacted_fts (rowid, text)
        SELECT s.seq, x.text FROM story_redactions x JOIN stories s ON s.id = x.story_id WHERE s.seq > (SELECT floor FROM story_recent_floor);

      -- A new story raises the floor to keep ${RECENT_SEARCH_STORIES} stories, and the story
      -- that falls below it (now the floor itself) leaves. A new story's number is never in
      -- the index already: a deleted story's words leave with it. Each look-up of the story
      -- by id costs a bulk import of 100,000 stories about a second, so there are two.
      CREATE TRIGGER story_recent_first_words AFTER INSERT ON story_revisions WHEN NEW.revision = 1 BEGIN
        UPDATE story_recent_floor SET floor = max(floor, (SELECT seq FROM stories WHERE id = NEW.story_id) - ${RECENT_SEARCH_STORIES});
        DELETE FROM story_recent_fts WHERE rowid = (SELECT floor FROM story_recent_floor);
        DELETE FROM story_recent_redacted_fts WHERE rowid = (SELECT floor FROM story_recent_floor);
        INSERT INTO story_recent_fts (rowid, text, translation)
          SELECT seq, NEW.text, translation FROM stories WHERE id = NEW.story_id AND seq > (SELECT floor FROM story_recent_floor);
      END;
      CREATE TRIGGER story_recent_corrected AFTER UPDATE OF current_revision ON stories WHEN OLD.current_revision != NEW.current_revision BEGIN
        DELETE FROM story_recent_fts WHERE rowid = NEW.seq;
        ${wordsAboveFloor('NEW.seq')}
      END;
      CREATE TRIGGER story_recent_translation AFTER UPDATE OF translation ON stories
        WHEN OLD.current_revision = NEW.current_revision AND OLD.translation IS NOT NEW.translation BEGIN
        DELETE FROM story_recent_fts WHERE rowid = NEW.seq;
        ${wordsAboveFloor('NEW.seq')}
      END;
      CREATE TRIGGER story_recent_delete AFTER DELETE ON stories BEGIN
        DELETE FROM story_recent_fts WHERE rowid = OLD.seq;
        DELETE FROM story_recent_redacted_fts WHERE rowid = OLD.seq;
      END;

      -- Volunteers' words follow story_redactions (an INSERT OR REPLACE fires only the insert trigger).
      CREATE TRIGGER story_recent_redacted_written AFTER INSERT ON story_redactions BEGIN ${redactedAboveFloor('NEW.story_id', 'NEW.text')} END;
      CREATE TRIGGER story_recent_redacted_rewritten AFTER UPDATE ON story_redactions BEGIN
        DELETE FROM story_recent_redacted_fts WHERE rowid = (SELECT seq FROM stories WHERE id = OLD.story_id);
        ${redactedAboveFloor('NEW.story_id', 'NEW.text')}
      END;
      CREATE TRIGGER story_recent_redacted_removed AFTER DELETE ON story_redactions BEGIN
        DELETE FROM story_recent_redacted_fts WHERE rowid = (SELECT seq FROM stories WHERE id = OLD.story_id);
      END;
    `);
  },
};
