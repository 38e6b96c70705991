import { F, getLexicon, NAME_FLAGS, AMBIGUOUS_NAME_FLAGS, ORDINARY_WORD_FLAGS } from '../lexicon/lexicon';
import { PhraseMatcher } from './phrases';
import { tokenize, type Token, type WordTable } from './tokens';

/** Everything the address and name rules share about one text. */
export interface TextAnalysis {
  text: string;
  tokens: Token[];
  /** Lexicon flags per token (see lexicon.ts). */
  flags: Int32Array;
  /** 1 when the token is inside a multi-word place or non-person phrase ("Maida Vale", "Valentine's Day"). */
  placePhrase: Uint8Array;
  /** 1 when the token is in a sentence written in capitals. */
  caps: Uint8Array;
  /** The writer does not capitalise ("i went with my son tanvir"). */
  lowercaseStyle: boolean;
  /** gaps[i]: the text between token i-1 and token i ("" for the first). */
  gaps: string[];
  /** sentenceStarts[i]: index of the first token of token i's sentence. */
  sentenceStarts: Int32Array;
}

let placePhrases: PhraseMatcher | undefined;

function placePhraseMatcher(): PhraseMatcher {
  placePhrases ??= new PhraseMatcher(getLexicon().phrases.map((words) => words.join(' ')));
  return placePhrases;
}

const CONTRACTION = /(?:'(?:ve|ll|re|d|m|t)|n't)$/;
const INFLECTIONS: readonly (readonly [string, readonly string[]])[] = [
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['ly', ['']],
  ['es', ['']],
  ['s', ['']],
  ['er', ['', 'e']],
  ['ers', ['', 'e']],
];

/** "Lasered", "Rebooking": an ordinary word with an ending the word list does not carry. */
function inflectedWordFlags(key: string): number {
  const lexicon = getLexicon();
  for (const [ending, restorations] of INFLECTIONS) {
    if (key.length - ending.length < 3 || !key.endsWith(ending)) continue;
    const stem = key.slice(0, -ending.length);
    for (const restore of restorations) {
      if (lexicon.flagsOf(stem + restore) & (F.FREQUENT | F.WORD)) return F.WORD;
    }
    if (stem.length > 3 && stem.at(-1) === stem.at(-2) && lexicon.flagsOf(stem.slice(0, -1)) & (F.FREQUENT | F.WORD)) return F.WORD;
  }
  return 0;
}

const IRISH_OR_GOAN = /^(?:o|d)'\p{L}{2,}$/u;
const SCOTTISH = /^Ma?c\p{Lu}\p{Ll}+$/u;
/** Latin letters with diacritics (Latin-1, Extended-A and B, Vietnamese): "Ángel", "Łukasz", "Nguyễn". */
const ACCENTED_LETTER = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/;
/** Lexicon flags that make a name ambiguous because the English word or place has the same spelling. */
const ENGLISH_READINGS = F.FREQUENT | F.WORD | F.PLACE | F.NON_PERSON | AMBIGUOUS_NAME_FLAGS;

/**
 * "Ángel", "Jesús", "Noël": a name that is also an English word or a place when folded,
 * written with accents that the word or the place does not have, is the name.
 */
function accentedNameFlags(token: Token, flags: number): number {
  // "Papá", "Mamá": a family word with its accent is still the family word.
  if (!(flags & F.AMBIG_FIRST || flags & F.AMBIG_LAST) || flags & (F.MONTH | F.WEEKDAY | F.PARTICLE | F.KIN) || !ACCENTED_LETTER.test(token.text)) return flags;
  return (flags & ~ENGLISH_READINGS) | (flags & F.AMBIG_FIRST ? F.FIRST : 0) | (flags & F.AMBIG_LAST ? F.LAST : 0);
}

/** "tyrones mum", "kellys car": a listed name with a possessive "s" written without the apostrophe. */
function possessiveNameFlags(key: string): number {
  if (key.length < 5 || !key.endsWith('s')) return 0;
  const stemFlags = getLexicon().flagsOf(key.slice(0, -1));
  return stemFlags & NAME_FLAGS && !(stemFlags & (F.FREQUENT | F.WORD)) ? stemFlags & NAME_FLAGS : 0;
}

/** "Filipinos", "Somalis", "Eritreans": the plural of a nationality or a people is no name. */
function pluralPeopleFlags(key: string): number {
  if (key.length < 5 || !key.endsWith('s')) return 0;
  const lexicon = getLexicon();
  const stemFlags = lexicon.flagsOf(key.slice(0, -1)) || (key.endsWith('es') ? lexicon.flagsOf(key.slice(0, -2)) : 0);
  return stemFlags & F.NON_PERSON ? F.NON_PERSON : 0;
}

const KOREAN_SYLLABLE = '(?:[bcdghjkmnpstwy]|ch|jj|kk|pp|ss|tt|sh)?(?:a|e|i|o|u|ae|eo|eu|oe|ui|wa|wi|wo|ya|ye|yeo|yo|yu|oo|ee)(?:n|ng|k|l|m|p|t)?';
const KOREAN_GIVEN = new RegExp(`^${KOREAN_SYLLABLE}-${KOREAN_SYLLABLE}$`, 'iu');

/** Flags for a word, combining the parts of hyphenated words ("Smith-Jones", "walk-in"). */
export function wordFlags(token: Token): number {
  const lexicon = getLexicon();
  const key = token.key;
  let flags = lexicon.flagsOf(key);
  if (flags !== 0) return accentedNameFlags(token, flags);
  if (key.includes("'")) {
    if (CONTRACTION.test(key)) return F.FREQUENT;
    flags = lexicon.flagsOf(key.replace(/'/g, ''));
    if (flags !== 0) return flags;
    if (IRISH_OR_GOAN.test(key)) return F.LAST;
  }
  if (SCOTTISH.test(token.text)) return F.LAST;
  if (!key.includes('-')) return inflectedWordFlags(key) || possessiveNameFlags(key) || pluralPeopleFlags(key);
  const halves = key.split('-');
  if (halves.length === 2 && halves[0] === halves[1] && token.shape === 'title') return F.FIRST; // "Jun-Jun", "Bon-Bon": a reduplicated nickname
  const parts = halves.map((part) => lexicon.flagsOf(part));
  // "Mon-Fri", "Jan-Mar": a range of weekdays or months.
  if (parts.every((p) => p & (F.WEEKDAY | F.MONTH))) return parts.reduce((acc, p) => acc | (p & (F.WEEKDAY | F.MONTH)), 0);
  const strong = parts.reduce((acc, p) => acc | (p & NAME_FLAGS), 0);
  if (strong !== 0) return strong;
  if (parts.every((p) => p & (NAME_FLAGS | AMBIGUOUS_NAME_FLAGS))) return parts.reduce((acc, p) => acc | (p & AMBIGUOUS_NAME_FLAGS), 0);
  if (parts.every((p) => p & ORDINARY_WORD_FLAGS)) return F.WORD;
  // "Japanese-British", "Anglo-Irish": a compound of nationalities or places is not a name.
  if (parts.every((p) => p & (F.PLACE | F.NON_PERSON))) return F.NON_PERSON;
  // "Hyun-woo", "Seo-yeon": a Korean given name written with a hyphen, two romanised syllables.
  if (parts.length === 2 && KOREAN_GIVEN.test(token.text)) return F.FIRST;
  // "Neuro-disability": ends in a longer everyday word ("Hyun-woo" does not).
  const lastPart = key.slice(key.lastIndexOf('-') + 1);
  if (lastPart.length >= 5 && (parts[parts.length - 1] ?? 0) & F.FREQUENT) return F.WORD;
  return 0;
}

/**
 * Sentences written in capitals. In a text written mostly in capitals, a short sentence of
 * capitals counts too (a sign-off: "RING ME ON 07871 550 213. DAVE").
 */
function markCapsSentences(tokens: Token[], caps: Uint8Array): void {
  let allUpper = 0;
  let allOther = 0;
  for (const t of tokens) {
    if (t.shape === 'digit' || t.coreEnd - t.start < 2) continue;
    if (t.shape === 'upper') allUpper++;
    else allOther++;
  }
  const capsText = allUpper >= 6 && allUpper >= 3 * allOther;
  let sentence = 0;
  while (sentence < tokens.length) {
    let end = sentence + 1;
    while (end < tokens.length && !tokens[end]!.sentenceStart) end++;
    let upper = 0;
    let other = 0;
    for (let i = sentence; i < end; i++) {
      const t = tokens[i]!;
      if (t.shape === 'digit' || t.coreEnd - t.start < 2) continue;
      if (t.shape === 'upper') upper++;
      else other++;
    }
    if ((upper >= 3 && upper >= 2 * other) || (capsText && upper >= 1 && other === 0)) for (let i = sentence; i < end; i++) caps[i] = 1;
    sentence = end;
  }
}

function isLowercaseStyle(tokens: Token[]): boolean {
  let lowerStarts = 0;
  let upperStarts = 0;
  let lowercaseI = 0;
  for (const t of tokens) {
    if (t.text === 'i' || t.text === 'im' || t.text === "i'm") lowercaseI++;
    if (!t.sentenceStart || t.shape === 'digit') continue;
    if (t.shape === 'lower') lowerStarts++;
    else if (t.shape === 'title') upperStarts++; // a shouted "NOT OK" says nothing about the writer's capitals
  }
  return lowercaseI > 0 || lowerStarts > upperStarts;
}

/**
 * `words`, a detector's word table: the lexicon flags of words seen are kept in it (flags
 * depend only on the word as written, and stories repeat their words).
 */
export function analyse(text: string, words?: WordTable): TextAnalysis {
  const indices: number[] = [];
  const tokens = tokenize(text, words, indices);
  const flags = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const index = indices[i]!;
    if (!words || index < 0) {
      flags[i] = wordFlags(tokens[i]!);
      continue;
    }
    let known = words.lexiconFlags[index]!;
    if (known < 0) known = words.lexiconFlags[index] = wordFlags(tokens[i]!);
    flags[i] = known;
  }
  const placePhrase = new Uint8Array(tokens.length);
  placePhraseMatcher().mark(tokens, placePhrase);
  const caps = new Uint8Array(tokens.length);
  markCapsSentences(tokens, caps);
  const gaps = tokens.map((t) => t.gap);
  const sentenceStarts = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) sentenceStarts[i] = tokens[i]!.sentenceStart || i === 0 ? i : sentenceStarts[i - 1]!;
  return { text, tokens, flags, placePhrase, caps, lowercaseStyle: isLowercaseStyle(tokens), gaps, sentenceStarts };
}

/** Text between two neighbouring tokens ("" before the first and past the last). */
export function gapBefore(analysis: TextAnalysis, index: number): string {
  return index >= 0 && index < analysis.gaps.length ? analysis.gaps[index]! : '';
}
