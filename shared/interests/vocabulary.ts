/** The fixed vocabularies of the register of interests and of managing conflicts. */

/** What kind of interest a person declares. */
export const INTEREST_KINDS = ['employment', 'financial', 'family', 'voluntary-role', 'political-role'] as const;
export type InterestKind = (typeof INTEREST_KINDS)[number];

/**
 * In what capacity a person without an account is on the register (board members,
 * authorised representatives). People with an account are there as their role says.
 */
export const CAPACITIES = ['staff', 'volunteer', 'board-member', 'authorised-representative', 'other'] as const;
export type Capacity = (typeof CAPACITIES)[number];

/**
 * The work a declaration can bear on: coding (tagging) a story, reviewing it (moving
 * its status), checking its masks, and writing or sending a report or recommendation.
 */
export const CONFLICT_ACTIONS = ['code', 'review', 'check-masks', 'recommend'] as const;
export type ConflictAction = (typeof CONFLICT_ACTIONS)[number];

/** What the work is done on. A double-coding sample is reassigned as a whole. */
export const SUBJECT_TYPES = ['story', 'report', 'recommendation', 'sample'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Declarations are due again this many months after the last one. */
export const REDECLARE_AFTER_MONTHS = 12;
