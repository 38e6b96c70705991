/** The kinds of identifier the engine finds. The names are part of the CLI contract. */
export const ENTITY_TYPES = [
  'PERSON',
  'NHS_NUMBER',
  'NINO',
  'PHONE',
  'EMAIL',
  'URL',
  'POSTCODE',
  'ADDRESS',
  'DATE',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** 'low' marks a guess the human checker should look at first. */
export type Confidence = 'high' | 'low';

/** One proposed mask: UTF-16 offsets into the original text, end exclusive. */
export interface Detection {
  start: number;
  end: number;
  type: EntityType;
  confidence: Confidence;
  /** Which rule fired, for the check screen and for tests ("person.title", "phone.uk"). */
  rule: string;
}

export interface DetectOptions {
  /** Phrases never masked as PERSON (organisations, places, conditions named after people). Defaults to the shipped list. */
  allowList?: readonly string[];
  /** Names staff want masked wherever they appear (for example local staff). */
  knownNames?: readonly string[];
}
