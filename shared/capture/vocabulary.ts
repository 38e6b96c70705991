/**
 * The fixed vocabularies of a story. Values are stable codes stored in the
 * database and exported; the English labels live in the renderer's resources.
 */
export const CHANNELS = [
  'community-event',
  'drop-in',
  'phone',
  'email-or-letter',
  'online-form',
  'enter-and-view',
  'survey-import',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Whether the text is the person's own words or the recorder's summary of them. */
export const WORDS_KINDS = ['own-words', 'recorder-summary'] as const;
export type WordsKind = (typeof WORDS_KINDS)[number];

/** Capture sets the first two; review (a later issue) moves stories through the rest. */
export const STORY_STATUSES = ['draft', 'submitted', 'in-review', 'approved', 'returned', 'archived'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];
export const CAPTURE_STATUSES = ['draft', 'submitted'] as const;

/** A story's overall feeling, and each theme's, as review records it. */
export const SENTIMENTS = ['positive', 'negative', 'neutral', 'mixed'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const SERVICE_TYPES = [
  'gp',
  'hospital-outpatients',
  'hospital-inpatients',
  'a-and-e',
  'maternity',
  'mental-health',
  'dentist',
  'pharmacy',
  'optician',
  'care-home',
  'home-care',
  'adult-social-care',
  'nhs-111',
  'ambulance',
  'community-health',
  'other',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Longest story accepted, in UTF-16 code units (JavaScript string length). */
export const MAX_STORY_LENGTH = 100_000;
