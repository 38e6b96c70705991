/**
 * The fixed vocabularies of recommendations and the action plan. Values are stable
 * codes stored in the database and exported; the English labels live in the
 * renderer's resources (recommendations.json).
 */

/** The kinds of organisation in the stakeholder register. */
export const STAKEHOLDER_KINDS = ['nhs-trust', 'icb', 'council', 'provider', 'cqc', 'healthwatch-england', 'other'] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

/** How an organisation answered a recommendation. They must respond; they need not act. */
export const RESPONSE_DECISIONS = ['accepted', 'partly-accepted', 'not-accepted'] as const;
export type ResponseDecision = (typeof RESPONSE_DECISIONS)[number];

/** Where the work on an action-plan item stands, as the latest update says. */
export const IMPLEMENTATION_STATUSES = ['not-started', 'in-progress', 'done', 'not-done'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/**
 * A recommendation is a draft until it is sent, then awaits the response, then has
 * been responded to until the first implementation update gives it one of those.
 */
export const PLAN_STATUSES = ['draft', 'awaiting-response', 'responded', ...IMPLEMENTATION_STATUSES] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What the action plan is made of, as the independence policy names it. */
export const PLAN_ITEM_KINDS = ['agreed-issue', 'recommendation', 'cqc-finding'] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

/** CQC's rating scale, and the overall rating and the five key questions it rates. */
export const CQC_RATINGS = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-rated'] as const;
export type CqcRating = (typeof CQC_RATINGS)[number];
export const CQC_KEY_QUESTIONS = ['overall', 'safe', 'effective', 'caring', 'responsive', 'well-led'] as const;
export type CqcKeyQuestion = (typeof CQC_KEY_QUESTIONS)[number];

/** Working days a stakeholder has to respond, counted from the day after sending. */
export const RESPONSE_WORKING_DAYS = 20;

/** The Due list looks this many calendar days ahead of today. */
export const DUE_AHEAD_DAYS = 14;
