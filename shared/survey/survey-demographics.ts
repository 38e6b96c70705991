/**
 * Reading a survey's equality answers into the ONS 2021 categories Verbatim keeps
 * (shared/capture/equality.ts). A blank cell leaves the question unanswered; a value
 * that cannot be placed is a problem for a person to look at, except ethnicity,
 * where a self-description that matches no category is "any other ethnic group".
 */
import { type AGE_BANDS, type ETHNICITIES, PREFER_NOT_TO_SAY } from '../capture/equality';
import { toPostcodeDistrict } from '../capture/postcode';

export type Answer<T extends string> = { ok: true; value: T | typeof PREFER_NOT_TO_SAY | undefined } | { ok: false; message: string };

type AgeBand = (typeof AGE_BANDS)[number];
type Ethnicity = (typeof ETHNICITIES)[number];

/** Lower case, single spaces, no punctuation: for comparing answers, never for storing words. */
const plain = (value: string): string =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();

const PREFER_NOT = new Set(['prefer not to say', 'rather not say', 'prefer not to answer', 'not stated', 'declined']);

/** Band bounds in years: [lowest, highest] (85-plus has no top). */
const BAND_BOUNDS: Array<[AgeBand, number, number]> = [
  ['under-18', 0, 17],
  ['18-24', 18, 24],
  ['25-34', 25, 34],
  ['35-44', 35, 44],
  ['45-54', 45, 54],
  ['55-64', 55, 64],
  ['65-74', 65, 74],
  ['75-84', 75, 84],
  ['85-plus', 85, Infinity],
];

/** An age ("42") or a band ("35-44", "35 to 44", "Under 18", "85+", "85 or over"). */
export function readAgeBand(cell: string): Answer<AgeBand> {
  const value = plain(cell);
  if (value === '') return { ok: true, value: undefined };
  if (PREFER_NOT.has(value)) return { ok: true, value: PREFER_NOT_TO_SAY };
  const numbers = (value.match(/\d+/g) ?? []).map(Number);
  const band = (low: number, high: number) => BAND_BOUNDS.find(([, from, to]) => from === low && to === high)?.[0];
  let found: AgeBand | undefined;
  if (numbers.length === 1 && /^\d+$/.test(value)) found = BAND_BOUNDS.find(([, from, to]) => numbers[0]! >= from && numbers[0]! <= to)?.[0];
  else if (numbers.length === 1 && /^(under|below|less than) /.test(value)) found = numbers[0] === 18 ? 'under-18' : undefined;
  else if (numbers.length === 1 && /(\+|plus|and over|or over|or older|and older)$/.test(value)) found = numbers[0] === 85 ? '85-plus' : undefined;
  else if (numbers.length === 2) found = band(numbers[0]!, numbers[1]!);
  if (found) return { ok: true, value: found };
  return { ok: false, message: `"${cell}" is not an age or one of the age bands (under 18, 18-24, 25-34 … 85 and over).` };
}

const SEX_WORDS: Record<string, 'female' | 'male'> = { female: 'female', f: 'female', woman: 'female', male: 'male', m: 'male', man: 'male' };

export function readSex(cell: string): Answer<'female' | 'male'> {
  const value = plain(cell);
  if (value === '') return { ok: true, value: undefined };
  if (PREFER_NOT.has(value)) return { ok: true, value: PREFER_NOT_TO_SAY };
  const sex = SEX_WORDS[value];
  if (sex) return { ok: true, value: sex };
  return { ok: false, message: `"${cell}" is not female, male or "prefer not to say". Leave this column out, or change the answer in the file.` };
}

/** Matched in order: the more specific descriptions first ("White and Black African" before "African"). */
const ETHNICITY_RULES: Array<[RegExp, Ethnicity]> = [
  [/\bwhite\b.*\bblack\b.*\bcaribbean\b|\bcaribbean\b.*\bwhite\b/, 'mixed-white-black-caribbean'],
  [/\bwhite\b.*\bblack\b.*\bafrican\b|\bafrican\b.*\bwhite\b/, 'mixed-white-black-african'],
  [/\bwhite\b.*\basian\b|\basian\b.*\bwhite\b/, 'mixed-white-asian'],
  [/\bmixed\b|\bmultiple\b/, 'mixed-other'],
  [/\bbangladeshi\b/, 'asian-bangladeshi'],
  [/\bchinese\b/, 'asian-chinese'],
  [/\bindian\b/, 'asian-indian'],
  [/\bpakistani\b/, 'asian-pakistani'],
  [/\basian\b/, 'asian-other'],
  [/\bcaribbean\b/, 'black-caribbean'],
  [/\bafrican\b/, 'black-african'],
  [/\bblack\b/, 'black-other'],
  [/\barab\b/, 'other-arab'],
  [/\bgypsy\b|\btraveller\b/, 'white-gypsy-irish-traveller'],
  [/\broma\b/, 'white-roma'],
  [/\bnorthern irish\b|\benglish\b|\bwelsh\b|\bscottish\b|\bbritish\b/, 'white-english-welsh-scottish-northern-irish-british'],
  [/\birish\b/, 'white-irish'],
  [/\bwhite\b/, 'white-other'],
];

export function readEthnicity(cell: string): Answer<Ethnicity> {
  const value = plain(cell);
  if (value === '') return { ok: true, value: undefined };
  if (PREFER_NOT.has(value)) return { ok: true, value: PREFER_NOT_TO_SAY };
  return { ok: true, value: ETHNICITY_RULES.find(([pattern]) => pattern.test(value))?.[1] ?? 'other-any' };
}

/** Only the district (the outward code) is kept, never the full postcode. */
export function readPostcodeDistrict(cell: string): { ok: true; value: string | undefined } | { ok: false; message: string } {
  if (cell.trim() === '') return { ok: true, value: undefined };
  if (PREFER_NOT.has(plain(cell))) return { ok: true, value: PREFER_NOT_TO_SAY };
  const { district } = toPostcodeDistrict(cell);
  if (district) return { ok: true, value: district };
  return { ok: false, message: 'This is not a UK postcode or postcode district (such as W9 or W9 3RS).' };
}
