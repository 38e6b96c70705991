/**
 * Word forms: the query language asks for any form of a word (and only the word as
 * typed when quoted), and the word list groups words by FTS5's Porter stemmer, checked
 * here against the conflations given in Porter's paper ("An algorithm for suffix
 * stripping", 1980) and words people use about care.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { searchWordFormsMigration } from '../../../main/store/migrations/0016_search_word_forms';
import { wordForms } from '../../../main/workbench/word-forms';
import { parseSearchQuery, type FormsOf } from '../../../shared/workbench/search-query';

const FORMS: Record<string, string[]> = {
  appointment: ['appointment', 'appointments', 'appointed'],
  cost: ['cost', 'costs'],
  café: ['cafe', 'cafes'],
};
const formsOf: FormsOf = (word) => FORMS[word] ?? [];
const fts = (q: string) => {
  const result = parseSearchQuery(q, formsOf);
  if (!result.ok) throw new Error(result.message);
  return result.fts;
};

describe('the search language with word forms', () => {
  it('asks for any form of a plain word, the word as typed first', () => {
    expect(fts('appointment')).toBe('( "appointment" OR "appointments" OR "appointed" )');
    expect(fts('café')).toBe('( "café" OR "cafes" )');
    expect(fts('parking NOT cost')).toBe('"parking" NOT ( "cost" OR "costs" )');
    expect(fts('(appointment OR parking) cost')).toBe('( ( "appointment" OR "appointments" OR "appointed" ) OR "parking" ) AND ( "cost" OR "costs" )');
  });

  it('searches quoted words and phrases, and prefixes, exactly as typed', () => {
    const asked: string[] = [];
    const result = parseSearchQuery('"appointment" "cost of parking" appoint*', (word) => (asked.push(word), formsOf(word)));
    expect(result).toMatchObject({ ok: true, fts: '"appointment" AND "cost of parking" AND "appoint"*' });
    expect(asked).toEqual([]);
  });

  it('leaves a word with no other forms as it was', () => {
    expect(fts('hip')).toBe('"hip"');
    expect(parseSearchQuery('appointment')).toMatchObject({ ok: true, fts: '"appointment"' });
  });
});

/** The word list of migration 0016 holding exactly these words, on a store with empty search indexes. */
function listOf(words: string[]) {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE story_fts USING fts5 (text, translation);
           CREATE VIRTUAL TABLE story_redacted_fts USING fts5 (text);
           CREATE TABLE stories (id TEXT, translation TEXT); CREATE TABLE story_revisions (story_id TEXT, revision INTEGER, text TEXT);
           CREATE TABLE story_redactions (story_id TEXT, text TEXT);`);
  searchWordFormsMigration.up(db);
  const add = db.prepare('INSERT INTO search_terms (term) VALUES (?)');
  for (const word of words) add.run(word);
  return wordForms(db);
}

describe('the word list', () => {
  // Each group is one stem; no word of one group may find a word of another.
  const groups = [
    ['connect', 'connected', 'connecting', 'connection', 'connections'],
    ['general', 'generalization', 'generalizations', 'generalize'],
    ['oscillate', 'oscillator', 'oscillators'],
    ['caress', 'caresses'],
    ['cat', 'cats'],
    ['hope', 'hopeful'],
    ['hop', 'hopping'],
    ['fail', 'failing'],
    ['file', 'filing'],
    ['size', 'sized'],
    ['relate', 'relational'],
    ['appoint', 'appointed', 'appointment', 'appointments'],
    ['wait', 'waited', 'waiting', 'waits'],
    ['nurse', 'nurses', 'nursing'],
  ];
  const forms = listOf(groups.flat());

  it('finds every word that shares a stem, and no other', () => {
    for (const group of groups) for (const word of group) expect(new Set(forms(word)), word).toEqual(new Set(group));
  });

  it('finds the forms of a word no story holds, in any case and with accents', () => {
    expect(new Set(forms('Appointing'))).toEqual(new Set(groups[11]));
    expect(new Set(forms('wäits'))).toEqual(new Set(groups[12]));
    expect(forms('dentist')).toEqual([]);
  });

  it('does not look up what the index splits into several words', () => {
    expect(forms('A&E')).toEqual([]);
    expect(forms("don't")).toEqual([]);
  });
});
