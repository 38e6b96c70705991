/**
 * Lookup key for a word: lowercase, without diacritics, with a straight apostrophe.
 * resources/names/build-lists.mjs folds the lists the same way, so "Conceição",
 * "NGUYỄN" and "Łukasz" find "conceicao", "nguyen" and "lukasz".
 */
const SPECIAL: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };
const NON_ASCII = /[^\p{ASCII}]/u;
const CURLY_APOSTROPHES = /[’‘`´]/g;
const COMBINING_MARKS = /\p{M}/gu;
const SPECIAL_LETTERS = /[łđøßæœıðþ]/g;

export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .replace(CURLY_APOSTROPHES, "'")
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTERS, (c) => SPECIAL[c] ?? c);
}
