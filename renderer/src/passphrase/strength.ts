/**
 * A plain, explainable strength hint for a new passphrase: length first, then
 * variety. It is a hint for people, not a security gate; the only hard rule is
 * the service's minimum length.
 */
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/store/schemas';

export type StrengthLevel = 'empty' | 'tooShort' | 'weak' | 'fair' | 'good' | 'strong';

export interface Strength {
  level: StrengthLevel;
  /** Characters as a person counts them (an emoji is one). */
  length: number;
  /** How many more characters reach the minimum. */
  missing: number;
  /** Kinds of character used: small letters, capitals, digits, spaces and symbols. */
  variety: number;
}

export const countCharacters = (text: string): number => Array.from(text).length;

export function assessPassphrase(passphrase: string): Strength {
  const chars = Array.from(passphrase);
  const length = chars.length;
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /\s/u, /[^\p{L}\p{N}\s]/u];
  const variety = kinds.filter((kind) => kind.test(passphrase)).length;
  const missing = Math.max(0, PASSPHRASE_MIN_LENGTH - length);
  const distinct = new Set(chars.map((c) => c.toLowerCase())).size;
  let level: StrengthLevel;
  if (length === 0) level = 'empty';
  else if (missing > 0) level = 'tooShort';
  else if (distinct <= Math.max(3, Math.floor(length / 4))) level = 'weak';
  else if (length >= 20 || (length >= 14 && variety >= 3)) level = 'strong';
  else if (length >= 14 || (length >= 12 && variety >= 3)) level = 'good';
  else level = 'fair';
  return { level, length, missing, variety };
}

export type PassphraseProblem = 'required' | 'tooShort';
export type ConfirmProblem = 'confirmRequired' | 'mismatch';

export interface NewPassphraseErrors {
  passphrase?: PassphraseProblem;
  confirm?: ConfirmProblem;
}

/** What stops a new passphrase from being used, if anything. Compared exactly: nothing is trimmed. */
export function validateNewPassphrase(passphrase: string, confirm: string): NewPassphraseErrors {
  const errors: NewPassphraseErrors = {};
  if (passphrase.length === 0) errors.passphrase = 'required';
  else if (countCharacters(passphrase) < PASSPHRASE_MIN_LENGTH) errors.passphrase = 'tooShort';
  if (confirm.length === 0) errors.confirm = 'confirmRequired';
  else if (confirm !== passphrase) errors.confirm = 'mismatch';
  return errors;
}

export const hasErrors = (errors: NewPassphraseErrors): boolean => errors.passphrase !== undefined || errors.confirm !== undefined;
