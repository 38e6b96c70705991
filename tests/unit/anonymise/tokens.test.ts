import { describe, expect, it } from 'vitest';
import { tokenize, WordTable } from '../../../shared/anonymise/text/tokens';

/** The definition of a word the scanner implements: runs of letters, marks and digits joined by single apostrophes or hyphens. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const words = (text: string): [number, number][] => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
const spans = (text: string): [number, number][] => tokenize(text).map((t) => [t.start, t.end]);

/** Characters that test every branch: ASCII, joiners, accents, combining marks, other scripts, digits outside ASCII, surrogate pairs, lone surrogates. */
const ALPHABET = [
  'a', 'Z', '7', ' ', "'", '’', '-', '--', '.', '\n', 'é', 'ł', 'e\u0301', 'ß', 'ª', '²', '½', '٣', 'م', 'ক', '王', 'Ж', 'ሀ', '😀', '𝐀', '𠀀',
  '\uD800', '\uDC00', '\u200D', '\u00A0', '‘', '"', '_',
];

function randomText(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += ALPHABET[state % ALPHABET.length];
  }
  return text;
}

describe('tokenize', () => {
  it('finds exactly the words of the definition, in texts mixing scripts, marks, joiners and surrogates', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed, 1 + (seed % 40));
      expect(spans(text), JSON.stringify(text)).toEqual(words(text));
    }
  });

  it('keeps names with apostrophes and hyphens whole and splits at doubled joiners', () => {
    const text = "O'Neill met Smith-Jones -- and D’Souza's son; rock--solid, 'quoted' e\u0301cole 𝐀𝐁 😀x";
    expect(tokenize(text).map((t) => t.text)).toEqual(["O'Neill", 'met', 'Smith-Jones', 'and', 'D’Souza\'s', 'son', 'rock', 'solid', 'quoted', 'e\u0301cole', '𝐀𝐁', 'x']);
    expect(spans(text)).toEqual(words(text));
  });

  it('gives the same tokens with a word table, on words met again, after the table fills, and for numbers it does not keep', () => {
    const table = new WordTable();
    const story = "Dr O'Neill saw MRS KHAN's son; my mum's GP (Łukasz) rang 07700 900123. Dr O'Neill's nurses' station";
    expect(tokenize(story, table)).toEqual(tokenize(story));
    expect(tokenize(story, table)).toEqual(tokenize(story));
    // More distinct words than the table holds: it starts again and still gives every word its own form.
    const many = Array.from({ length: 40000 }, (_, i) => `w${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`).join(' ');
    expect(tokenize(many, table).map((t) => t.text)).toEqual(tokenize(many).map((t) => t.text));
    expect(tokenize(story, table)).toEqual(tokenize(story));
  });
});

