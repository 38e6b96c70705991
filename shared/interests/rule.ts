/**
 * The rule of the register, pure so that main, the renderer and tests share it:
 * may this person do this work on this story, report or recommendation?
 *
 * A declared interest bears on work about the services (or, for recommendations,
 * the organisation) it concerns, on the days it runs. Work it bears on shows the
 * declaration first ("warn"); the work its management rule names is refused, unless
 * an administrator allowed it for this piece of work with a reason. A double-coding
 * sample is stricter: it never gives a story to a coder with any interest in it.
 */
import type { ConflictAction } from './vocabulary';

export interface RuleInterest {
  id: string;
  serviceId: string | null;
  stakeholderId: string | null;
  fromOn: string;
  /** The last day it runs; null while it goes on. */
  toOn: string | null;
  /** The work its management rule says the person must not do. */
  refuses: readonly ConflictAction[];
}

/** What a piece of work is about. */
export interface Concerns {
  serviceIds: readonly string[];
  stakeholderIds: readonly string[];
}

export type Outcome = 'clear' | 'warn' | 'refuse';

export interface RuleMatch<T extends RuleInterest> {
  interest: T;
  outcome: Exclude<Outcome, 'clear'>;
}

export const isActiveOn = (interest: Pick<RuleInterest, 'fromOn' | 'toOn'>, day: string): boolean =>
  interest.fromOn <= day && (interest.toOn === null || interest.toOn >= day);

export const bearsOn = (interest: Pick<RuleInterest, 'serviceId' | 'stakeholderId'>, concerns: Concerns): boolean =>
  (interest.serviceId !== null && concerns.serviceIds.includes(interest.serviceId)) ||
  (interest.stakeholderId !== null && concerns.stakeholderIds.includes(interest.stakeholderId));

/**
 * The declarations that bear on doing `action` on work about `concerns` today, each
 * with what it asks: refuse, or warn (which is all an override leaves of a refusal).
 * The outcome is the strictest of them.
 */
export function decideConflict<T extends RuleInterest>(
  interests: readonly T[],
  action: ConflictAction,
  concerns: Concerns,
  today: string,
  overridden = false,
): { outcome: Outcome; matches: RuleMatch<T>[] } {
  const matches = interests
    .filter((interest) => isActiveOn(interest, today) && bearsOn(interest, concerns))
    .map((interest): RuleMatch<T> => ({ interest, outcome: interest.refuses.includes(action) && !overridden ? 'refuse' : 'warn' }));
  const outcome: Outcome = matches.some((m) => m.outcome === 'refuse') ? 'refuse' : matches.length > 0 ? 'warn' : 'clear';
  return { outcome, matches };
}

/** Whether the person may go on at all (after reading any warning). */
export const mayDo = (interests: readonly RuleInterest[], action: ConflictAction, concerns: Concerns, today: string, overridden = false): boolean =>
  decideConflict(interests, action, concerns, today, overridden).outcome !== 'refuse';

/** The interests that keep a story out of a coder's part of a double-coding sample: any that bears on it. */
export const sampleConflicts = <T extends RuleInterest>(interests: readonly T[], concerns: Concerns, today: string): T[] =>
  interests.filter((interest) => isActiveOn(interest, today) && bearsOn(interest, concerns));

/** Of these people, who may do `action` on the work, in the order given. */
export function whoMay<P extends { interests: readonly RuleInterest[] }>(people: readonly P[], action: ConflictAction, concerns: Concerns, today: string): P[] {
  return people.filter((person) => mayDo(person.interests, action, concerns, today));
}
