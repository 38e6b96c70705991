import type { Detection } from '../types';

// Ten digits as 3-3-4 with spaces, dashes or dots, or run together, not inside a longer number.
const NHS_NUMBER = /(?<![\p{L}\p{N}]|\p{N}[ .-])(\d{3})([ .-]?)(\d{3})\2(\d{4})(?![\p{L}\p{N}]|[ .-]\d)/gu;

/** Modulus 11: weights 10..2 on the first nine digits; check = 11 - sum mod 11, 11 -> 0, 10 invalid. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

// Ten digits grouped any other way ("944104 8097", "833 962 192 0", "1 1 2 7 0 5 5 3 9 9", or
// across a line break "152\n122 3378"): groups of digits joined by single separators.
const DIGIT_GROUPS = /(?<![\p{L}\p{N}]|\p{N}[ .-])\d{1,6}(?:(?:[ .-]|[ \t]?\r?\n[ \t]?)\d{1,6}){1,9}(?![\p{L}\p{N}]|[ .-]\d)/gu;

/** Whether a run of digit groups is ten digits passing the check (a leading zero is left to the phone detector). */
function looseNhsNumber(run: string): [number, number] | null {
  const digits = run.replace(/\D/g, '');
  if (digits.length === 10) return isValidNhsNumber(digits) && !digits.startsWith('0') ? [0, run.length] : null;
  return null;
}

export function detectNhsNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  if (!/\d/.test(text)) return found;
  NHS_NUMBER.lastIndex = 0;
  for (let m = NHS_NUMBER.exec(text); m !== null; m = NHS_NUMBER.exec(text)) {
    const digits = `${m[1]}${m[3]}${m[4]}`;
    if (!isValidNhsNumber(digits)) continue;
    // A ten-digit run starting with 0 is more likely a phone number; the phone detector decides.
    if (digits.startsWith('0') && m[2] === '') continue;
    found.push({ start: m.index, end: m.index + m[0].length, type: 'NHS_NUMBER', confidence: 'high', rule: 'nhs.mod11' });
  }
  DIGIT_GROUPS.lastIndex = 0;
  for (let m = DIGIT_GROUPS.exec(text); m !== null; m = DIGIT_GROUPS.exec(text)) {
    const hit = looseNhsNumber(m[0]);
    if (!hit || found.some((d) => d.start === m!.index)) continue;
    found.push({ start: m.index + hit[0], end: m.index + hit[1], type: 'NHS_NUMBER', confidence: 'high', rule: 'nhs.mod11-grouped' });
  }
  return found;
}
