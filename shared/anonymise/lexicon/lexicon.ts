import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../../../resources/names/generated/first-names';
import { AMBIGUOUS_LAST_NAMES, LAST_NAMES } from '../../../resources/names/generated/last-names';
import { FREQUENT_WORDS, OTHER_WORDS } from '../../../resources/names/generated/common-words';
import { PLACES } from '../../../resources/names/generated/places';
import { NON_PERSON_WORDS } from '../../../resources/names/generated/non-person-words';
import { SCRIPT_NAMES } from '../../../resources/names/generated/script-names';
import {
  FACILITY_NOUNS,
  INTERACTION_VERBS,
  KINSHIP,
  KINSHIP_ADJECTIVES,
  LOWERCASE_TITLES,
  MONTHS,
  MONTH_ABBREVIATIONS,
  WEEKDAY_ABBREVIATIONS,
  NAME_INTRODUCERS,
  NAME_PARTICLES,
  PERSON_VERBS,
  PLACE_PREPOSITIONS,
  POSSESSIVE_DETERMINERS,
  RESIDENCE_CUES,
  RESIDENCE_SUFFIXES,
  ROLES,
  SERVICE_VISIT_VERBS,
  STREET_SUFFIXES,
  TITLES,
  WEEKDAYS,
  WORKPLACES,
} from './cue-words';

/** Bit flags for a folded word. A word can carry several. */
export const F = {
  FIRST: 1 << 0,
  LAST: 1 << 1,
  AMBIG_FIRST: 1 << 2,
  AMBIG_LAST: 1 << 3,
  FREQUENT: 1 << 4,
  WORD: 1 << 5,
  PLACE: 1 << 6,
  NON_PERSON: 1 << 7,
  MONTH: 1 << 8,
  WEEKDAY: 1 << 9,
  TITLE: 1 << 10,
  KIN: 1 << 11,
  ROLE: 1 << 12,
  STREET: 1 << 13,
  RESIDENCE: 1 << 14,
  FACILITY: 1 << 15,
  PERSON_VERB: 1 << 16,
  PARTICLE: 1 << 17,
  PLACE_PREP: 1 << 18,
  DETERMINER: 1 << 19,
  RESIDENCE_CUE: 1 << 20,
  SERVICE_VISIT: 1 << 21,
  WORKPLACE: 1 << 22,
  INTERACTION: 1 << 23,
  INTRODUCER: 1 << 24,
  LOWER_TITLE: 1 << 25,
  KIN_ADJ: 1 << 26,
} as const;

export const NAME_FLAGS = F.FIRST | F.LAST;
export const AMBIGUOUS_NAME_FLAGS = F.AMBIG_FIRST | F.AMBIG_LAST;
/** Words that are never an unknown proper noun. */
export const ORDINARY_WORD_FLAGS =
  F.FREQUENT | F.WORD | F.TITLE | F.KIN | F.ROLE | F.STREET | F.RESIDENCE | F.FACILITY | F.PERSON_VERB | F.PLACE_PREP | F.DETERMINER;

export interface Lexicon {
  flagsOf(key: string): number;
  /** Multi-word places and non-person phrases, as folded word sequences. */
  readonly phrases: readonly (readonly string[])[];
}

let cached: Lexicon | undefined;

function addAll(map: Map<string, number>, words: Iterable<string>, flag: number): void {
  for (const word of words) if (word) map.set(word, (map.get(word) ?? 0) | flag);
}

const lines = (packed: string): string[] => packed.split('\n');

/** Built once, on first use (about 130,000 words; tens of milliseconds). */
export function getLexicon(): Lexicon {
  if (cached) return cached;
  const map = new Map<string, number>();
  addAll(map, lines(FREQUENT_WORDS), F.FREQUENT);
  addAll(map, lines(OTHER_WORDS), F.WORD);
  addAll(map, lines(FIRST_NAMES), F.FIRST);
  addAll(map, lines(LAST_NAMES), F.LAST);
  addAll(map, lines(AMBIGUOUS_FIRST_NAMES), F.AMBIG_FIRST);
  addAll(map, lines(AMBIGUOUS_LAST_NAMES), F.AMBIG_LAST);
  // Names in their own scripts ("Олена", "يوسف") can be given or family names.
  addAll(map, lines(SCRIPT_NAMES), F.FIRST | F.LAST);
  const phrases: string[][] = [];
  for (const entry of [...lines(PLACES), ...lines(NON_PERSON_WORDS)]) {
    const parts = entry.split(/[\s]+/).filter(Boolean);
    if (parts.length > 1) phrases.push(parts);
  }
  addAll(map, lines(PLACES).filter((p) => !p.includes(' ')), F.PLACE);
  addAll(map, lines(NON_PERSON_WORDS).filter((p) => !p.includes(' ')), F.NON_PERSON);
  addAll(map, MONTHS, F.MONTH);
  addAll(map, WEEKDAYS, F.WEEKDAY);
  addAll(map, MONTH_ABBREVIATIONS, F.MONTH);
  addAll(map, WEEKDAY_ABBREVIATIONS, F.WEEKDAY);
  addAll(map, TITLES, F.TITLE);
  addAll(map, LOWERCASE_TITLES, F.LOWER_TITLE);
  addAll(map, KINSHIP, F.KIN);
  addAll(map, KINSHIP_ADJECTIVES, F.KIN_ADJ);
  addAll(map, ROLES, F.ROLE);
  addAll(map, STREET_SUFFIXES, F.STREET);
  addAll(map, RESIDENCE_SUFFIXES, F.RESIDENCE);
  addAll(map, FACILITY_NOUNS, F.FACILITY);
  addAll(map, PERSON_VERBS, F.PERSON_VERB);
  addAll(map, NAME_PARTICLES, F.PARTICLE);
  addAll(map, PLACE_PREPOSITIONS, F.PLACE_PREP);
  addAll(map, POSSESSIVE_DETERMINERS, F.DETERMINER);
  addAll(map, RESIDENCE_CUES, F.RESIDENCE_CUE);
  addAll(map, SERVICE_VISIT_VERBS, F.SERVICE_VISIT);
  addAll(map, WORKPLACES, F.WORKPLACE);
  addAll(map, INTERACTION_VERBS, F.INTERACTION);
  addAll(map, NAME_INTRODUCERS, F.INTRODUCER);
  // Cue words are ordinary words, never strong names ("Nurse", "Sister", "Will" as a title is not a thing).
  for (const word of [...TITLES, ...KINSHIP, ...ROLES, ...MONTHS, ...WEEKDAYS, ...MONTH_ABBREVIATIONS, ...WEEKDAY_ABBREVIATIONS]) {
    const flags = map.get(word) ?? 0;
    if (flags & NAME_FLAGS) {
      const ambiguous = (flags & F.FIRST ? F.AMBIG_FIRST : 0) | (flags & F.LAST ? F.AMBIG_LAST : 0);
      map.set(word, (flags & ~NAME_FLAGS) | ambiguous);
    }
  }
  cached = {
    flagsOf: (key) => map.get(key) ?? 0,
    phrases,
  };
  return cached;
}
