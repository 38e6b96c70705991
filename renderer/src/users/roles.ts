/**
 * What each role may do, as the UI shows it. The services enforce the same rules
 * (and answer FORBIDDEN); this only keeps people from being offered what they
 * cannot do.
 */
import type { Role } from '../../../shared/users/schemas';

const STAFF: readonly Role[] = ['staff', 'admin'];

/** Volunteers work on redacted text only, so they never capture or read stories as told. */
export const canCapture = (role: Role): boolean => role !== 'volunteer';
export const canReadStories = canCapture;
export const canManageRegister = (role: Role): boolean => STAFF.includes(role);
export const canEditPrompts = canManageRegister;
export const canDeleteStories = canManageRegister;
export const canReplaceRecoveryKey = canManageRegister;
export const canManagePeople = (role: Role): boolean => role === 'admin';
/**
 * Insight counts every story in the store and makes what the organisation publishes: staff and
 * administrators. Outreach workers see only their own and their event's stories, so counts over
 * those would mislead; volunteers never see unredacted stories or who told them.
 */
export const canSeeInsight = canManageRegister;
export const canImportCensus = canManagePeople;

export type StoryScope = 'mine' | 'event' | 'all';

/** The lists of stories a person can ask for: "This event" only while at one. */
export function storyScopesFor(role: Role, atEvent: boolean): StoryScope[] {
  if (!canReadStories(role)) return [];
  return atEvent ? ['mine', 'event', 'all'] : ['mine', 'all'];
}
