/**
 * The text with the letter O written for a zero read as a zero ("O77OO 9OO 143" becomes
 * "07700 900 143"), for the number detectors. Only words made of digits and O's, with at
 * least one digit, change, and the view has the same length, so offsets carry over.
 */
const MAYBE_LETTER_O = /\d[Oo]|[Oo]\d/;
const DIGITS_AND_OS = /(?<![\p{L}\p{N}])(?=[0-9Oo]*\d)[0-9Oo]+(?![\p{L}\p{N}])/gu;

export function digitView(text: string): string {
  if (!MAYBE_LETTER_O.test(text)) return text;
  return text.replace(DIGITS_AND_OS, (word) => word.replace(/[Oo]/g, '0'));
}
