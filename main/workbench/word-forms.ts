/**
 * The other forms of a searched word that the stories hold, from the word list that
 * migration 0016 keeps: search_term_forms indexes every word of the search indexes
 * with FTS5's Porter stemmer, so matching a word there finds the words sharing its
 * stem ("waiting" → wait, waited, waits). The search then asks for any of them.
 */
import type { FormsOf } from '../../shared/workbench/search-query';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

/** Enough for any real family of forms; a longer OR only slows the search. */
const MOST_FORMS = 32;
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
