/**
 * Word forms: the query language asks for any form of a word (and only the word as
 * typed when quoted), and the word list groups words by FTS5's Porter stemmer, checked
 * here against the conflations given in Porter's paper ("An algorithm for suffix
 * stripping", 1980) and words people use about care.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { searchWordFormsMigration } from '../../../main/store/migrations/0016_search_word_forms';
import { wordForms, wordsStarting } from '../../../main/workbench/word-forms';
import { parseSearchQuery, type FormsOf, type WordsStarting } from '../../../shared/workbench/search-query';

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

describe('the search language with the words under a prefix', () => {
  const UNDER: Record<string, string[] | null> = { dent: ['dental', 'dentist', 'dentures'], hosp: ['hospital'], a: null, zz: [] };
  const startingWith: WordsStarting = (start) => UNDER[start] ?? null;

  it('asks for any of the words a prefix covers, and leaves no prefix to FTS5', () => {
    expect(parseSearchQuery('dent* NOT hosp*', formsOf, startingWith)).toMatchObject({
      ok: true,
      fts: '( "dental" OR "dentist" OR "dentures" ) NOT "hospital"',
      prefixed: false,
    });
  });

  it('leaves the prefix to FTS5 when its words are not listed: too many, or none', () => {
    expect(parseSearchQuery('a* dent*', formsOf, startingWith)).toMatchObject({ ok: true, fts: '"a"* AND ( "dental" OR "dentist" OR "dentures" )', prefixed: true });
    expect(parseSearchQuery('zz*', formsOf, startingWith)).toMatchObject({ ok: true, fts: '"zz"*', prefixed: true });
    expect(parseSearchQuery('dent*')).toMatchObject({ ok: true, fts: '"dent"*', prefixed: true });
  });
});

/** The word list of migration 0016 holding exactly these words, on a store with empty search indexes. */
function listedIn(words: string[]) {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE story_fts USING fts5 (text, translation);
           CREATE VIRTUAL TABLE story_redacted_fts USING fts5 (text);
           CREATE TABLE stories (id TEXT, translation TEXT); CREATE TABLE story_revisions (story_id TEXT, revision INTEGER, text TEXT);
           CREATE TABLE story_redactions (story_id TEXT, text TEXT);`);
  searchWordFormsMigration.up(db);
  const add = db.prepare('INSERT INTO search_terms (term) VALUES (?)');
  for (const word of words) add.run(word);
  return db;
}
const listOf = (words: string[]) => wordForms(listedIn(words));

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

describe('the words under a prefix', () => {
  const many = Array.from({ length: 40 }, (_, i) => `pain${String(i).padStart(2, '0')}`);
  const under = wordsStarting(listedIn(['dental', 'dentist', 'dentists', 'dentures', 'denture', 'den', 'deny', 'cat', 'cats', 'catheter', 'cafe', ...many]));

  it('lists every word that starts with the prefix, the prefix itself included, in any case', () => {
    expect(under('dent')).toEqual(['dental', 'dentist', 'dentists', 'denture', 'dentures']);
    expect(under('DENT')).toEqual(['dental', 'dentist', 'dentists', 'denture', 'dentures']);
    expect(under('cat')).toEqual(['cat', 'catheter', 'cats']);
    expect(under('dentx')).toEqual([]);
  });

  it('leaves to FTS5 a prefix with more words than a search should OR together, and one it cannot list exactly', () => {
    expect(under('pain')).toBeNull();
    expect(under('caf')).toEqual(['cafe']);
    expect(under('café')).toBeNull();
    expect(under('a&e')).toBeNull();
  });
});
