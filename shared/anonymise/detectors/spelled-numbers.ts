import type { Detection } from '../types';
import { isValidNhsNumber } from './nhs-number';

// Numbers spelled out to dodge filters: "zero seven seven zero zero nine zero zero one two
// one", "oh seven seven double oh nine hundred, then three four six". A run of number words
// that spells eleven digits starting with 0 is a phone number; ten passing modulus 11, an
// NHS number. Shorter runs ("two or three", "nine hundred") stay. Digits and words mixed
// ("07700 900 three two nine") are read the same way.

const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', o: '0', nought: '0', nil: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
  eight: '8', nine: '9',
};
const NUMBER_WORD = '(?:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|double|triple|hundred|thousand|\\d{1,5})';
// Number words joined by spaces, commas, dashes or line breaks, maybe with "then" or "and" between.
const SPELLED_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER_WORD}(?:[\\s,.-]{1,3}(?:(?:then|and)[\\s,]{1,2})?${NUMBER_WORD}){2,24}(?![\\p{L}\\p{N}])`,
  'giu',
);
const WORD = /[a-z]+|\d+/gi;
/** A spelled phone number starts with a zero: without one of these words there is nothing to read. */
const ZERO_WORD = /(?<![\p{L}])(?:zero|oh|o|nought|nil)(?![\p{L}])/iu;
/** Or it starts with a zero digit and goes on in words: "07700 900 three two nine". */
const DIGITS_THEN_WORDS = /(?<![\p{L}\p{N}])0\d*[\s,.-]{1,3}(?:\d+[\s,.-]{1,3}){0,3}(?:one|two|three|four|five|six|seven|eight|nine|zero|oh|double|triple)(?![\p{L}])/iu;
const MIN_WORDS = 8;

/** The digits a run of number words spells, or null when a word cannot be read. */
export function spelledDigits(run: string): string | null {
  let digits = '';
  let repeat = 1;
  for (const [word] of run.toLowerCase().matchAll(WORD)) {
    if (word === 'then' || word === 'and') continue;
    if (word === 'double' || word === 'triple') {
      repeat = word === 'double' ? 2 : 3;
      continue;
    }
    if (word === 'hundred' || word === 'thousand') {
      if (digits.length === 0) return null;
      digits += word === 'hundred' ? '00' : '000';
      continue;
    }
    const digit = DIGIT_WORDS[word] ?? (/^\d+$/.test(word) ? word : undefined);
    if (digit === undefined) return null;
    digits += digit.repeat(repeat);
    repeat = 1;
  }
  return digits;
}

export function detectSpelledNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  if (!ZERO_WORD.test(text) && !DIGITS_THEN_WORDS.test(text)) return found;
  SPELLED_RUN.lastIndex = 0;
  for (let m = SPELLED_RUN.exec(text); m !== null; m = SPELLED_RUN.exec(text)) {
    const words = m[0].match(WORD) ?? [];
    const mixed = words.some((w) => /^\d{2,}$/.test(w));
    if ((words.length < MIN_WORDS && !mixed) || !/[a-z]{3}/i.test(m[0])) continue;
    const digits = spelledDigits(m[0]);
    if (!digits) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (digits.startsWith('0') && (digits.length === 11 || (digits.length === 10 && digits.startsWith('01')))) {
      found.push({ start, end, type: 'PHONE', confidence: 'high', rule: 'phone.spelled' });
    } else if (digits.length === 10 && isValidNhsNumber(digits)) {
      found.push({ start, end, type: 'NHS_NUMBER', confidence: 'high', rule: 'nhs.spelled' });
    }
  }
  return found;
}
