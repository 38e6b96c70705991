/**
 * Heard beside the population, per equality question: each answer counted under its
 * census group, with "prefer not to say" and "not asked" kept apart (and out of the
 * shares, which are of those who answered with a group).
 */
import { PREFER_NOT_TO_SAY, type Equality } from '../capture/equality';
import { CENSUS_TABLES, REACH_GROUPS, TABLE_FOR_TOPIC, type CensusFigures, type CensusSource, type CensusTopic } from './census';
import type { ReachTopic } from './reach-schemas';

const FIELD: Readonly<Record<CensusTopic, keyof Equality>> = { age: 'ageBand', sex: 'sex', ethnicity: 'ethnicity', disability: 'disability', language: 'firstLanguage' };

/** The group an answer counts under ("other" for any main language but English), or how it was not answered. */
export function answerOf(topic: CensusTopic, equality: Equality): string | 'prefer-not-to-say' | 'not-asked' {
  const value = equality[FIELD[topic]];
  if (value === undefined || value === '') return 'not-asked';
  if (value === PREFER_NOT_TO_SAY) return 'prefer-not-to-say';
  if (topic === 'language') return /^\s*english\s*$/i.test(value) ? 'english' : 'other';
  return value;
}

/** Answers tallied per topic: group (or prefer-not-to-say / not-asked) -> stories. */
export type AnswerTally = Record<CensusTopic, Map<string, number>>;

export function tallyAnswers(answers: Iterable<{ equality: Equality; stories: number }>): AnswerTally {
  const tally = { age: new Map(), sex: new Map(), ethnicity: new Map(), disability: new Map(), language: new Map() } as AnswerTally;
  for (const { equality, stories } of answers) {
    for (const topic of Object.keys(tally) as CensusTopic[]) {
      const key = answerOf(topic, equality);
      tally[topic].set(key, (tally[topic].get(key) ?? 0) + stories);
    }
  }
  return tally;
}

export function reachTopic(topic: CensusTopic, tally: Map<string, number>, table: { figures: CensusFigures; source: CensusSource; imported: boolean } | null): ReachTopic {
  const groups = REACH_GROUPS[topic];
  const preferNotToSay = tally.get('prefer-not-to-say') ?? 0;
  const notAsked = tally.get('not-asked') ?? 0;
  const heardBy = groups.map((group) => group.heard.reduce((sum, value) => sum + (tally.get(value) ?? 0), 0));
  const answered = heardBy.reduce((a, b) => a + b, 0);
  const code = TABLE_FOR_TOPIC[topic];
  if (!table) return { topic, table: code, available: false, answered, preferNotToSay, notAsked };
  const definition = CENSUS_TABLES[code]!;
  return {
    topic,
    table: code,
    available: true,
    title: definition.title,
    universe: definition.universe,
    source: table.source,
    imported: table.imported,
    populationTotal: table.figures.total,
    groups: groups.map((group, index) => {
      const population = group.census.reduce((sum, key) => sum + (table.figures.counts[key] ?? 0), 0);
      return {
        key: group.key,
        heard: heardBy[index]!,
        heardShare: answered > 0 ? heardBy[index]! / answered : null,
        population,
        populationShare: table.figures.total > 0 ? population / table.figures.total : 0,
      };
    }),
    answered,
    preferNotToSay,
    notAsked,
  };
}
