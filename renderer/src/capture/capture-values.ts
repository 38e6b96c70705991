/**
 * What the capture form holds while someone types: every answer as entered, with
 * null for a question not yet answered (consent is never pre-answered). The same
 * shape is what an encrypted draft holds, so it is checked with zod when a draft
 * is read back.
 */
import { z } from 'zod';
import { CHANNELS, WORDS_KINDS, type Channel } from '../../../shared/capture/vocabulary';

const answer = z.boolean().nullable();

export const EQUALITY_CHOICE_KEYS = ['ageBand', 'sex', 'genderSameAsBirth', 'ethnicity', 'disability', 'carer', 'sexualOrientation', 'religion'] as const;
export type EqualityChoiceKey = (typeof EQUALITY_CHOICE_KEYS)[number];

/** '' means "not asked"; otherwise a category code or "prefer-not-to-say". */
export const equalityAnswersSchema = z.object({
  ageBand: z.string(),
  sex: z.string(),
  genderSameAsBirth: z.string(),
  ethnicity: z.string(),
  disability: z.string(),
  carer: z.string(),
  sexualOrientation: z.string(),
  religion: z.string(),
  firstLanguage: z.string(),
  postcodeDistrict: z.string(),
});
export type EqualityAnswers = z.infer<typeof equalityAnswersSchema>;

export const captureValuesSchema = z.object({
  text: z.string(),
  wordsKind: z.enum(WORDS_KINDS).nullable(),
  language: z.string(),
  interpreter: z.boolean(),
  translation: z.string(),
  channel: z.enum(CHANNELS).nullable(),
  heardOn: z.string(),
  serviceIds: z.array(z.string()),
  consent: z.object({ keep: answer, share: answer, quote: answer, contact: answer }),
  contact: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
  equality: equalityAnswersSchema,
  safeguarding: z.object({ flagged: z.boolean(), action: z.string(), actionBy: z.string() }),
});
export type CaptureValues = z.infer<typeof captureValuesSchema>;
export type ConsentQuestion = keyof CaptureValues['consent'];
export const CONSENT_QUESTIONS: readonly ConsentQuestion[] = ['keep', 'share', 'quote', 'contact'];

/** What a fresh form starts with, carried over from one story to the next at an event. */
export interface CaptureDefaults {
  language: string;
  channel: Channel | null;
  heardOn: string;
}

export const BLANK_EQUALITY: EqualityAnswers = {
  ageBand: '',
  sex: '',
  genderSameAsBirth: '',
  ethnicity: '',
  disability: '',
  carer: '',
  sexualOrientation: '',
  religion: '',
  firstLanguage: '',
  postcodeDistrict: '',
};

export function blankValues(defaults: CaptureDefaults): CaptureValues {
  return {
    text: '',
    wordsKind: null,
    language: defaults.language,
    interpreter: false,
    translation: '',
    channel: defaults.channel,
    heardOn: defaults.heardOn,
    serviceIds: [],
    consent: { keep: null, share: null, quote: null, contact: null },
    contact: { name: '', phone: '', email: '' },
    equality: { ...BLANK_EQUALITY },
    safeguarding: { flagged: false, action: '', actionBy: '' },
  };
}

/** The defaults a form was started from, to carry over to the next story. */
export const defaultsOf = (values: CaptureValues): CaptureDefaults => ({ language: values.language, channel: values.channel, heardOn: values.heardOn });

/**
 * True when nothing has been entered beyond the carried-over defaults, so there is
 * nothing worth keeping as a draft.
 */
export function isBlank(values: CaptureValues): boolean {
  return sameValue(values, blankValues(defaultsOf(values)));
}

/** Structural equality of plain data (strings, booleans, null, arrays, objects). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The opening words of a story, for lists of drafts: whole words, at most `max` characters. */
export function openingWords(text: string, max = 120): string {
  const flat = text.replace(/\s+/gu, ' ').replace(/^ /, '');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
