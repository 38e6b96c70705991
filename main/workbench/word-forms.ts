/**
 * The other forms of a searched word that the stories hold, from the word list that
 * migration 0016 keeps: search_term_forms indexes every word of the search indexes
 * with FTS5's Porter stemmer, so matching a word there finds the words sharing its
 * stem ("waiting" → wait, waited, waits). The search then asks for any of them.
 */
import { parseSearchQuery, type FormsOf, type QueryResult, type WordsStarting } from '../../shared/workbench/search-query';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

/** Enough for any real family of forms, or words under a prefix; a longer OR only slows the search. */
const MOST_FORMS = 32;
/** A start the word list can be read for exactly: FTS5 lower-cases these letters and nothing else changes them. */
const PLAIN_START = /^[A-Za-z0-9]+$/;
/** One word as the index splits words: a word with punctuation inside (A&E, don't) is searched exactly. */
const ONE_WORD = /^[\p{L}\p{N}\p{M}]+$/u;

export function wordForms(db: Db): FormsOf {
  return (word) =>
    ONE_WORD.test(word)
      ? (prepared(db, 'SELECT term FROM search_term_forms WHERE search_term_forms MATCH ? ORDER BY length(term), term LIMIT ?')
          .pluck()
          .all(`"${word}"`, MOST_FORMS) as string[])
      : [];
}

/**
 * The words a prefix covers, from the same list: the search then reads them as an
 * OR, as far as it needs, instead of FTS5 gathering every story under the prefix
 * first (dent* with a narrow filter: 180 ms, as its words 33 ms at a million
 * stories). The list holds every word of the search indexes (kept by migration
 * 0016's triggers and by bulk-derived.ts for imports), so no story is missed; a word
 * left over from a correction only finds nothing.
 */
export function wordsStarting(db: Db): WordsStarting {
  return (start) => {
    if (!PLAIN_START.test(start)) return null;
    const folded = start.toLowerCase();
    const following = prepared(db, 'SELECT term FROM search_terms WHERE term >= ? ORDER BY term LIMIT ?').pluck().all(folded, MOST_FORMS + 1) as string[];
    const covered = following.filter((term) => term.startsWith(folded));
    return covered.length > MOST_FORMS ? null : covered;
  };
}

/** The search box's query, with its words' forms and its prefixes' words from this store's word list. */
export function parseWithWordList(db: Db, query: string): QueryResult {
  return parseSearchQuery(query, wordForms(db), wordsStarting(db));
}
