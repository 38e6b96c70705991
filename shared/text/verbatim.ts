/**
 * Checks on people's words that never change them. Verbatim text is stored and
 * shown exactly as entered: these functions only decide whether it can be stored.
 */
import { z } from 'zod';

/** A lone UTF-16 surrogate cannot be stored as UTF-8 without changing it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

/** True when the text holds something other than white space. */
export const hasContent = (text: string): boolean => /\S/u.test(text);

/**
 * A schema for verbatim text: refuses empty or white-space-only text, text over the
 * limit and malformed UTF-16, and otherwise passes the string through untouched
 * (no trim, no normalisation).
 */
export const verbatimTextSchema = (maxLength: number) =>
  z
    .string()
    .max(maxLength, { message: `The words are longer than ${maxLength.toLocaleString('en-GB')} characters` })
    .refine(hasContent, { message: 'The story is empty' })
    .refine(isWellFormed, { message: 'The text contains a broken character and cannot be stored exactly' });
