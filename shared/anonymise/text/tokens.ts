import { fold } from './fold';

export type Shape = 'lower' | 'title' | 'upper' | 'digit';

/** A word of the text with what the name rules need to know about it. */
export interface Token {
  /** The text between the previous token and this one ("" for the first). */
  gap: string;
  start: number;
  /** End of the word without a possessive "'s", so a mask leaves "[PERSON 1]'s". */
  coreEnd: number;
  end: number;
  text: string;
  /** Folded lookup key of the core (no possessive). */
  key: string;
  shape: Shape;
  possessive: boolean;
  /** First word of a sentence, of a quotation or after a colon: capitals there say nothing. */
  sentenceStart: boolean;
}

// Letters, marks and digits, joined by single apostrophes or hyphens ("O'Neill", "Smith-Jones"):
// the words are the matches of /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu, found by a
// scan of character codes (the regex, run for every word, was most of the tokenising).
// Each word consumes its whole run, so scanning is linear in the text length.
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/uy;
/** Per UTF-16 unit outside ASCII: 0 not yet known, 1 part of a word, 2 not. Filled as met. */
const wordUnits = new Uint8Array(0x10000);

/** How many UTF-16 units the letter, mark or digit at `i` takes (2 for one outside the BMP), or 0 for none. */
function wordCharacterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c < 0xd800 || c > 0xdfff) {
    let known = wordUnits[c]!;
    if (known === 0) {
      WORD_CHARACTER.lastIndex = i;
      known = WORD_CHARACTER.test(text) ? 1 : 2;
      wordUnits[c] = known;
    }
    return known === 1 ? 1 : 0;
  }
  WORD_CHARACTER.lastIndex = i;
  return WORD_CHARACTER.test(text) ? WORD_CHARACTER.lastIndex - i : 0;
}

const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

/** The end of the run of letters, marks and digits from `i` (i itself when none starts there). */
function runEnd(text: string, i: number): number {
  let end = i;
  for (let width = wordCharacterAt(text, end); width > 0; width = wordCharacterAt(text, end)) end += width;
  return end;
}

/** The end of the word starting at `start` (a word character): runs joined by single joiners. */
function wordEnd(text: string, start: number): number {
  let end = runEnd(text, start);
  while (end + 1 < text.length && isJoiner(text.charCodeAt(end))) {
    const next = runEnd(text, end + 1);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

const HAS_DIGIT = /\p{N}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const POSSESSIVE = /['’][sS]$/;
const SENTENCE_BREAK = /[.!?:;\n\r•]/;
const OPENING_QUOTE = /(?:^|\s)["“‘'([]\s*$/;
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'prof', 'no', 'nos', 'approx', 'eg', 'ie', 'etc', 'vs', 'ref', 'tel', 'mob', 'rev', 'cllr']);

const ASCII_LETTERS = /^[A-Za-z'’-]+$/;

function asciiShape(text: string): Shape {
  const first = text.charCodeAt(0);
  if (first >= 97 && first <= 122) return 'lower';
  if (text.length === 1) return 'title';
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return 'title';
  }
  return 'upper';
}

/**
 * One pass over a word of ASCII letters, apostrophes and hyphens (most words): its shape,
 * and whether it has a capital, without the regexes shapeOf and fold run. Returns -1 for
 * any other word; else the shape's index in ASCII_SHAPES, plus HAS_CAPITAL.
 */
const ASCII_SHAPES: readonly Shape[] = ['lower', 'title', 'upper'];
const HAS_CAPITAL = 4;
function asciiWord(text: string): number {
  let lowerAfterFirst = false;
  let capital = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      if (i > 0) lowerAfterFirst = true;
    } else if (c >= 65 && c <= 90) capital = true;
    else if (c !== 39 && c !== 45) return -1;
  }
  const first = text.charCodeAt(0);
  const shape = first >= 97 && first <= 122 ? 0 : text.length === 1 || lowerAfterFirst ? 1 : 2;
  return shape + (capital ? HAS_CAPITAL : 0);
}

function shapeOf(text: string): Shape {
  if (ASCII_LETTERS.test(text)) return asciiShape(text);
  if (HAS_DIGIT.test(text)) return 'digit';
  const first = text.charAt(0);
  if (first.toLowerCase() === first && first.toUpperCase() !== first) return 'lower';
  if (!HAS_LOWER.test(text) && HAS_UPPER.test(text) && text.length > 1) return 'upper';
  return HAS_UPPER.test(first) ? 'title' : 'lower';
}

/** What a word's own characters say: its lookup key, shape and possessive ending. */
interface WordForm {
  text: string;
  key: string;
  shape: Shape;
  /** Length without a possessive "'s". */
  coreLength: number;
  /** Ends in "'s" (the possessive read from the text after the word comes on top). */
  possessiveEnding: boolean;
}

function wordForm(word: string): WordForm {
  const possessiveEnding = POSSESSIVE.test(word) && word.length > 3;
  const core = possessiveEnding ? word.slice(0, -2) : word;
  const ascii = asciiWord(core);
  return {
    text: word,
    key: ascii < 0 ? fold(core) : ascii & HAS_CAPITAL ? core.toLowerCase() : core,
    shape: ascii < 0 ? shapeOf(core) : ASCII_SHAPES[ascii & 3]!,
    coreLength: core.length,
    possessiveEnding,
  };
}

/**
 * A detector's memory of the words it has seen (one per export bundle or task; bounded, and
 * gone with the detector): each distinct word's form is worked out once and found again from
 * the characters of the text, without slicing or hashing a new string for every token. Its
 * tokens share one string per word, so look-ups on their keys find the hash already made.
 * `lexiconFlags` is a slot per word for text/analysis.ts. Words with an ASCII digit are not
 * kept: numbers seldom repeat and would crowd out the words.
 */
export class WordTable {
  private static readonly CAPACITY = 1 << 15;
  private static readonly SLOTS = WordTable.CAPACITY * 2;
  private static readonly ARENA = 1 << 19;
  /**
   * Per hash slot, side by side so one read finds both: the word's hash, and 1 + its index
   * (0 for an empty slot). Per word, side by side too: where its characters start in the
   * arena, and how many there are.
   */
  private readonly slots = new Int32Array(WordTable.SLOTS * 2);
  private readonly spans = new Int32Array(WordTable.CAPACITY * 2);
  /** The words' characters, one after another. */
  private readonly arena = new Uint16Array(WordTable.ARENA);
  private arenaUsed = 0;
  private readonly forms: WordForm[] = [];
  /** Lexicon flags per word, -1 until text/analysis.ts has looked them up. */
  readonly lexiconFlags = new Int32Array(WordTable.CAPACITY).fill(-1);

  /** The index of the word text[start, end), added when new; -1 for a word with an ASCII digit. */
  indexOf(text: string, start: number, end: number): number {
    let hash = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) return -1;
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    const length = end - start;
    const mask = WordTable.SLOTS - 1;
    let slot = (hash ^ (hash >>> 16)) & mask;
    for (let entry = this.slots[slot * 2 + 1]!; entry !== 0; entry = this.slots[slot * 2 + 1]!) {
      if (this.slots[slot * 2] === hash && this.sameCharacters(entry - 1, text, start, length)) return entry - 1;
      slot = (slot + 1) & mask;
    }
    if (this.forms.length === WordTable.CAPACITY || this.arenaUsed + length > WordTable.ARENA) {
      if (length > WordTable.ARENA) return -1;
      this.clear();
      return this.indexOf(text, start, end);
    }
    const index = this.forms.length;
    this.forms.push(wordForm(text.slice(start, end)));
    this.spans[index * 2] = this.arenaUsed;
    this.spans[index * 2 + 1] = length;
    for (let i = start; i < end; i++) this.arena[this.arenaUsed++] = text.charCodeAt(i);
    this.slots[slot * 2] = hash;
    this.slots[slot * 2 + 1] = index + 1;
    return index;
  }

  form(index: number): WordForm {
    return this.forms[index]!;
  }

  private sameCharacters(index: number, text: string, start: number, length: number): boolean {
    if (this.spans[index * 2 + 1] !== length) return false;
    const offset = this.spans[index * 2]!;
    for (let i = 0; i < length; i++) if (this.arena[offset + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private clear(): void {
    this.slots.fill(0);
    this.forms.length = 0;
    this.arenaUsed = 0;
    this.lexiconFlags.fill(-1);
  }
}

/** The words of `text`; `table`, when given, remembers the words' forms (`words[i]` gets each token's index in it, -1 when not kept). */
export function tokenize(text: string, table?: WordTable, words?: number[]): Token[] {
  const tokens: Token[] = [];
  let previous: Token | undefined;
  for (let start = 0; start < text.length; ) {
    if (wordCharacterAt(text, start) === 0) {
      start++;
      continue;
    }
    const end = wordEnd(text, start);
    const index = table ? table.indexOf(text, start, end) : -1;
    const form = index >= 0 ? table!.form(index) : wordForm(text.slice(start, end));
    if (words) words.push(index);
    const word = form.text;
    let possessive = form.possessiveEnding;
    if (!possessive && (text[end] === "'" || text[end] === '’') && (word.endsWith('s') || word.endsWith('S')) && !/\p{L}/u.test(text[end + 1] ?? '')) {
      possessive = true; // "St Thomas'" and "the nurses' station"
    }
    const gap = previous ? text.slice(previous.end, start) : '';
    let sentenceStart = previous === undefined;
    if (previous && gap !== ' ') {
      if (SENTENCE_BREAK.test(gap)) sentenceStart = !(gap.trim() === '.' && ABBREVIATIONS.has(previous.key));
      if (!sentenceStart && OPENING_QUOTE.test(gap)) sentenceStart = true;
    }
    const token: Token = {
      gap,
      start,
      coreEnd: start + form.coreLength,
      end,
      text: word,
      key: form.key,
      shape: form.shape,
      possessive,
      sentenceStart,
    };
    tokens.push(token);
    previous = token;
    start = end;
  }
  return tokens;
}
