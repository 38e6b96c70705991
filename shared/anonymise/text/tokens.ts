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

// Letters, marks and digits, joined by single apostrophes or hyphens ("O'Neill", "Smith-Jones").
// Each match consumes its whole run, so scanning is linear in the text length.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let previous: Token | undefined;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    let core = word;
    let possessive = false;
    if (POSSESSIVE.test(word) && word.length > 3) {
      core = word.slice(0, -2);
      possessive = true;
    } else if ((text[end] === "'" || text[end] === '’') && (word.endsWith('s') || word.endsWith('S')) && !/\p{L}/u.test(text[end + 1] ?? '')) {
      possessive = true; // "St Thomas'" and "the nurses' station"
    }
    const gap = previous ? text.slice(previous.end, start) : '';
    let sentenceStart = previous === undefined;
    if (previous && gap !== ' ') {
      if (SENTENCE_BREAK.test(gap)) sentenceStart = !(gap.trim() === '.' && ABBREVIATIONS.has(previous.key));
      if (!sentenceStart && OPENING_QUOTE.test(gap)) sentenceStart = true;
    }
    const ascii = asciiWord(core);
    const token: Token = {
      gap,
      start,
      coreEnd: start + core.length,
      end,
      text: word,
      key: ascii < 0 ? fold(core) : ascii & HAS_CAPITAL ? core.toLowerCase() : core,
      shape: ascii < 0 ? shapeOf(core) : ASCII_SHAPES[ascii & 3]!,
      possessive,
      sentenceStart,
    };
    tokens.push(token);
    previous = token;
  }
  return tokens;
}
