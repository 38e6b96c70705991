import type { Migration } from './migration';

/**
 * Adds every word of `columns` (SQL expressions) to search_terms, through the scratch
 * index that splits them as the search indexes do. NOT IN rather than INSERT OR IGNORE:
 * a statement's own conflict clause (mask checks write INSERT OR REPLACE) overrides its
 * triggers', and a replaced term would leave its old row in search_term_forms.
 */
const addWords = (...columns: [string] | [string, string]) => `
  INSERT INTO search_term_scratch (rowid, ${columns.length === 2 ? 'text, translation' : 'text'}) VALUES (1, ${columns.join(', ')});
  INSERT INTO search_terms (term) SELECT term FROM search_term_scratch_words WHERE term NOT IN (SELECT term FROM search_terms);
  INSERT INTO search_term_scratch (search_term_scratch) VALUES ('delete-all');`;

/**
 * Word forms in search: "appointment" also finds "appointments", "waiting" finds "wait".
 * The stories' indexes are left as they are (re-indexing a million stories with a
 * stemming tokenizer took 30 minutes, and would make a quoted phrase match other forms
 * too). Instead every word the indexes hold is listed once in search_terms, and
 * search_term_forms indexes that list with FTS5's Porter stemmer: matching a searched
 * word there gives the words of the stories that share its stem, and the search asks
 * for any of them (main/workbench/word-forms.ts). Quoted phrases and prefixes are
 * searched exactly as before.
 *
 * The list starts from the indexes' own vocabularies (fts5vocab, no re-tokenising) and
 * grows as words arrive: triggers split each new revision, translation and anonymised
 * text with a scratch index (the same tokenizer as the search indexes) and add the words
 * not yet listed. A deleted story's words leave the list when no story holds them any
 * more (a withdrawn consent takes the story's words with it; a name must not linger).
 * A word left listed by a correction only costs an extra OR term that matches nothing.
 */
export const searchWordFormsMigration: Migration = {
  version: 16,
  name: 'search word forms',
  up(db) {
    db.exec(`
      CREATE TABLE search_terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE) STRICT;
      CREATE VIRTUAL TABLE search_term_forms USING fts5 (
        term, content = 'search_terms', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2', detail = 'none', columnsize = 0
      );
      CREATE TRIGGER search_term_added AFTER INSERT ON search_terms BEGIN
        INSERT INTO search_term_forms (rowid, term) VALUES (NEW.id, NEW.term);
      END;
      CREATE TRIGGER search_term_removed AFTER DELETE ON search_terms BEGIN
        INSERT INTO search_term_forms (search_term_forms, rowid, term) VALUES ('delete', OLD.id, OLD.term);
      END;

      -- Holds a story's texts while their words are read (contentless: it needs a rowid); empty between statements.
      CREATE VIRTUAL TABLE search_term_scratch USING fts5 (
        text, translation, content = '', tokenize = 'unicode61 remove_diacritics 2', detail = 'none', columnsize = 0
      );
      CREATE VIRTUAL TABLE search_term_scratch_words USING fts5vocab (search_term_scratch, row);

      CREATE VIRTUAL TABLE temp.story_fts_words USING fts5vocab (main, story_fts, row);
      CREATE VIRTUAL TABLE temp.story_redacted_fts_words USING fts5vocab (main, story_redacted_fts, row);
      INSERT INTO search_terms (term) SELECT term FROM temp.story_fts_words UNION SELECT term FROM temp.story_redacted_fts_words;
      DROP TABLE temp.story_fts_words;
      DROP TABLE temp.story_redacted_fts_words;

      -- A first revision brings the translation entered with it; later ones only their words.
      CREATE TRIGGER search_terms_words AFTER INSERT ON story_revisions BEGIN
        ${addWords('NEW.text', `CASE NEW.revision WHEN 1 THEN (SELECT translation FROM stories WHERE id = NEW.story_id) END`)}
      END;
      CREATE TRIGGER search_terms_translation AFTER UPDATE OF translation ON stories
        WHEN NEW.translation IS NOT NULL AND OLD.translation IS NOT NEW.translation BEGIN ${addWords('NEW.translation')} END;
      CREATE TRIGGER search_terms_redacted_written AFTER INSERT ON story_redactions BEGIN ${addWords('NEW.text')} END;
      CREATE TRIGGER search_terms_redacted_rewritten AFTER UPDATE OF text ON story_redactions BEGIN ${addWords('NEW.text')} END;

      -- A deleted story's words, read before it goes (its revisions go with it), are
      -- dropped afterwards unless a search index still holds them.
      CREATE TRIGGER search_terms_story_leaving BEFORE DELETE ON stories BEGIN
        INSERT INTO search_term_scratch (rowid, text, translation)
          SELECT 1, r.text, OLD.translation FROM story_revisions r WHERE r.story_id = OLD.id AND r.revision = OLD.current_revision;
        INSERT INTO search_term_scratch (rowid, text) SELECT 2, text FROM story_redactions WHERE story_id = OLD.id;
      END;
      CREATE TRIGGER search_terms_story_gone AFTER DELETE ON stories BEGIN
        DELETE FROM search_terms WHERE term IN (
          SELECT w.term FROM search_term_scratch_words w
           WHERE NOT EXISTS (SELECT 1 FROM story_fts WHERE story_fts MATCH '"' || replace(w.term, '"', '""') || '"')
             AND NOT EXISTS (SELECT 1 FROM story_redacted_fts WHERE story_redacted_fts MATCH '"' || replace(w.term, '"', '""') || '"'));
        INSERT INTO search_term_scratch (search_term_scratch) VALUES ('delete-all');
      END;
    `);
  },
};
