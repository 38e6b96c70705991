import type { Detection } from '../types';

// Where a phone number may start: +44 / 0044 / any +country code, or a 0 (maybe after "(").
// Only the start is found by regex; the digits are read by a bounded loop, so no backtracking.
const PHONE_START = /(?<![\p{L}\p{N}+])(?:\+\s?\d|00\s?[1-9]|\(?0\s?\d)/gu;
const SEPARATORS = new Set([' ', '.', '-', '(', ')', '\u00a0', '/', '\n', '\r', '\t']);
/** Separators in a row between two digits: "0 2 0 8 - 5 5 4", "07700\n900 462". */
const MAX_SEPARATORS = 3;
/** An extension written with the number: "ext. 204", "ext 51234", "x212", "Ext: 3", "extension 231". */
const EXTENSION = /^,?\s{0,2}\(?(?:ext(?:ension)?\.?:?|x)\s{0,2}\d{1,6}\)?(?![\p{L}\p{N}])/iu;
const MAX_DIGITS = 16;
const HAS_DIGIT = /\d/;

interface DigitRun {
  digits: string;
  /** ends[k] = offset just after the k-th digit (1-based). */
  ends: number[];
}

function readDigits(text: string, start: number): DigitRun {
  let digits = '';
  const ends: number[] = [0];
  let separators = 0;
  for (let i = start; i < text.length && digits.length < MAX_DIGITS; i++) {
    const c = text.charAt(i);
    if (c >= '0' && c <= '9') {
      digits += c;
      ends.push(i + 1);
      separators = 0;
    } else if (c === '+' && i === start) {
      continue;
    } else if (SEPARATORS.has(c) && !(c === '/' && digits.length < 3)) {
      if (++separators > MAX_SEPARATORS || ((c === '\n' || c === '\r') && text.slice(i + 1, i + 3).includes('\n'))) break;
    } else {
      break;
    }
  }
  return { digits, ends };
}

/** Number of national digits a UK number starting with these digits has, or 0 if none fits. */
function ukNationalLength(national: string): number {
  // Ofcom's plan: 01 and 02 geographic, 03 non-geographic, 05 corporate and VoIP, 07 mobile,
  // 08 freephone and special rate, 09 premium. 04 and 06 are unused, and "00" is the
  // international prefix, never an area code ("0004 5571 2390" is a booking reference).
  if (!/^0[1235789]/.test(national)) return 0;
  if (national.length >= 11) return 11;
  if (national.length === 10 && /^(?:01|080|0500)/.test(national)) return 10;
  return 0;
}

function phoneEnd(text: string, start: number): number {
  const run = readDigits(text, start);
  const { digits, ends } = run;
  let used = 0;
  // "00" dials abroad, but written down it is far more often the start of a reference
  // ("0041 2287 5510"): only 0044, the UK itself, is read as a phone number.
  if (text.charAt(start) === '+' || digits.startsWith('0044')) {
    const international = digits.startsWith('00') ? digits.slice(2) : digits;
    const prefixLength = digits.length - international.length;
    if (international.startsWith('44')) {
      let rest = international.slice(2);
      let skipped = prefixLength + 2;
      // "+44 (0)20 ..." repeats the trunk zero; "+44 20 ..." does not.
      if (rest.startsWith('0')) {
        rest = rest.slice(1);
        skipped += 1;
      }
      const length = ukNationalLength(`0${rest}`);
      if (length === 0) return -1;
      used = skipped + length - 1;
    } else {
      if (international.length < 9) return -1;
      used = Math.min(digits.length, prefixLength + 15);
    }
  } else {
    const length = ukNationalLength(digits);
    if (length === 0) return -1;
    used = length;
  }
  const end = ends[used];
  if (end === undefined) return -1;
  // A digit straight after the last one means a longer number (a reference, not a phone).
  const next = text.charAt(end);
  if (next >= '0' && next <= '9') return -1;
  const extension = EXTENSION.exec(text.slice(end, end + 24));
  return extension ? end + extension[0].length : end;
}

export function detectPhones(text: string): Detection[] {
  const found: Detection[] = [];
  if (!HAS_DIGIT.test(text)) return found;
  PHONE_START.lastIndex = 0;
  let resumeAt = 0;
  for (let m = PHONE_START.exec(text); m !== null; m = PHONE_START.exec(text)) {
    if (m.index < resumeAt) continue;
    const end = phoneEnd(text, m.index);
    if (end < 0) continue;
    found.push({ start: m.index, end, type: 'PHONE', confidence: 'high', rule: 'phone.pattern' });
    resumeAt = end;
    PHONE_START.lastIndex = end;
  }
  return found;
}
