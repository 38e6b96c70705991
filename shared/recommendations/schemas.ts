/** What crosses IPC and the CLI for recommendations, the action plan, CQC findings and Enter and View visits. */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../capture/story';
import { auditEntrySchema } from '../audit/schemas';
import { verbatimTextSchema } from '../text/verbatim';
import { storyFiltersSchema } from '../workbench/schemas';
import {
  CQC_RATINGS,
  IMPLEMENTATION_STATUSES,
  PLAN_ITEM_KINDS,
  PLAN_STATUSES,
  RESPONSE_DECISIONS,
  STAKEHOLDER_KINDS,
} from './vocabulary';

/** Text staff write (titles, notes): kept as typed, but never only white space. */
const written = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => value.trim().length > 0, { message: 'This cannot be left empty' });

const named = z.object({ id: idSchema, name: z.string() });

// ——— the stakeholder register ———

export const contactSchema = z
  .object({ name: written(100), role: z.string().max(100), email: z.string().max(200), phone: z.string().max(50) })
  .strict();
export type StakeholderContact = z.infer<typeof contactSchema>;

export const stakeholderInputSchema = z
  .object({ name: written(200), kind: z.enum(STAKEHOLDER_KINDS), contacts: z.array(contactSchema).max(20) })
  .strict();
export type StakeholderInput = z.infer<typeof stakeholderInputSchema>;

export const stakeholderSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(STAKEHOLDER_KINDS),
  contacts: z.array(contactSchema),
  retired: z.boolean(),
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;

// ——— reports and recommendations ———

export const reportInputSchema = z
  .object({
    title: written(300),
    publishedOn: isoDateSchema.nullable(),
    serviceIds: z.array(idSchema).max(50),
    /** The Enter and View visit the report is of, if any. */
    visitId: idSchema.nullable(),
  })
  .strict();
export type ReportInput = z.infer<typeof reportInputSchema>;

export const responseSchema = z.object({
  decision: z.enum(RESPONSE_DECISIONS),
  /** The organisation's words, exactly as received. */
  words: z.string(),
  receivedOn: z.string(),
  /** Received after the day it was due. */
  late: z.boolean(),
  recordedByName: z.string().nullable(),
});

export const recommendationSummarySchema = z.object({
  id: idSchema,
  reportId: idSchema,
  reportTitle: z.string(),
  title: z.string(),
  organisation: named,
  services: z.array(named),
  status: z.enum(PLAN_STATUSES),
  sentOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  response: responseSchema.nullable(),
  nextReviewOn: z.string().nullable(),
  evidence: z.object({ stories: z.number().int(), searches: z.number().int(), themes: z.number().int() }),
});
export type RecommendationSummary = z.infer<typeof recommendationSummarySchema>;

export const reportSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  publishedOn: z.string().nullable(),
  services: z.array(named),
  visitId: idSchema.nullable(),
  recommendations: z.number().int(),
  sent: z.number().int(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportDetailSchema = reportSummarySchema.extend({ items: z.array(recommendationSummarySchema) });
export type ReportDetail = z.infer<typeof reportDetailSchema>;

export const recommendationInputSchema = z
  .object({
    reportId: idSchema,
    stakeholderId: idSchema,
    title: written(300),
    body: written(10_000),
    /** The services it concerns; the report's when empty. */
    serviceIds: z.array(idSchema).max(50),
  })
  .strict();
export type RecommendationInput = z.infer<typeof recommendationInputSchema>;

/** A story behind a recommendation, as this viewer may see it. */
export const evidenceStorySchema = z.object({
  id: idSchema,
  heardOn: z.string(),
  /** The words (anonymised when `anonymised`); null when this viewer may not see them. */
  words: z.string().nullable(),
  anonymised: z.boolean(),
  /** Why the words are not shown. */
  withheld: z.enum(['not-anonymised']).nullable(),
});
export type EvidenceStory = z.infer<typeof evidenceStorySchema>;

export const evidenceSearchSchema = z.object({
  id: idSchema,
  name: z.string(),
  query: z.string(),
  filters: storyFiltersSchema,
  storyCount: z.number().int(),
  takenAt: z.string(),
});
export type EvidenceSearch = z.infer<typeof evidenceSearchSchema>;

export const evidenceThemeSchema = z.object({
  codeId: idSchema,
  theme: z.string(),
  parent: z.string().nullable(),
  storyCount: z.number().int(),
  takenAt: z.string(),
});
export type EvidenceTheme = z.infer<typeof evidenceThemeSchema>;

export const planUpdateSchema = z.object({
  id: idSchema,
  status: z.enum(IMPLEMENTATION_STATUSES),
  note: z.string(),
  updatedOn: z.string(),
  nextReviewOn: z.string().nullable(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type PlanUpdate = z.infer<typeof planUpdateSchema>;

export const recommendationDetailSchema = recommendationSummarySchema.extend({
  body: z.string(),
  sentByName: z.string().nullable(),
  evidenceStories: z.array(evidenceStorySchema),
  evidenceSearches: z.array(evidenceSearchSchema),
  evidenceThemes: z.array(evidenceThemeSchema),
  updates: z.array(planUpdateSchema),
  history: z.array(auditEntrySchema),
});
export type RecommendationDetail = z.infer<typeof recommendationDetailSchema>;

export const sendRequestSchema = z.object({ id: idSchema, sentOn: isoDateSchema }).strict();

export const responseInputSchema = z
  .object({ id: idSchema, decision: z.enum(RESPONSE_DECISIONS), words: verbatimTextSchema(20_000), receivedOn: isoDateSchema })
  .strict();
export type ResponseInput = z.infer<typeof responseInputSchema>;

export const planItemRefSchema = z.object({ kind: z.enum(PLAN_ITEM_KINDS), id: idSchema }).strict();
export type PlanItemRef = z.infer<typeof planItemRefSchema>;

export const planUpdateInputSchema = z
  .object({
    item: planItemRefSchema,
    status: z.enum(IMPLEMENTATION_STATUSES),
    note: z.string().max(5000),
    updatedOn: isoDateSchema,
    nextReviewOn: isoDateSchema.nullable(),
  })
  .strict();
export type PlanUpdateInput = z.infer<typeof planUpdateInputSchema>;

// ——— agreed issues and CQC findings ———

export const agreedIssueInputSchema = z
  .object({
    stakeholderId: idSchema,
    serviceId: idSchema.nullable(),
    title: written(300),
    description: z.string().max(10_000),
    agreedOn: isoDateSchema,
    nextReviewOn: isoDateSchema.nullable(),
  })
  .strict();
export type AgreedIssueInput = z.infer<typeof agreedIssueInputSchema>;

const rating = z.enum(CQC_RATINGS);
/** A rating for each of CQC_KEY_QUESTIONS. */
export const ratingsSchema = z.object({ overall: rating, safe: rating, effective: rating, caring: rating, responsive: rating, 'well-led': rating }).strict();
export type CqcRatings = z.infer<typeof ratingsSchema>;

export const cqcFindingInputSchema = z
  .object({
    serviceId: idSchema,
    /** The provider that runs the service: the organisation the finding is for. */
    stakeholderId: idSchema,
    publishedOn: isoDateSchema,
    ratings: ratingsSchema,
    /** The inspector's words, exactly as published. */
    summary: verbatimTextSchema(20_000),
    link: z
      .string()
      .max(2000)
      .regex(/^https:\/\/\S+$/, { message: 'Give the link to the report as https://…' })
      .nullable(),
    storyIds: z.array(idSchema).max(500),
    items: z.array(planItemRefSchema).max(100),
    nextReviewOn: isoDateSchema.nullable(),
  })
  .strict();
export type CqcFindingInput = z.infer<typeof cqcFindingInputSchema>;

export const cqcFindingSchema = z.object({
  id: idSchema,
  service: named,
  organisation: named,
  publishedOn: z.string(),
  ratings: ratingsSchema,
  summary: z.string(),
  link: z.string().nullable(),
  storyIds: z.array(idSchema),
  items: z.array(planItemRefSchema.extend({ title: z.string() })),
  status: z.enum(PLAN_STATUSES),
  nextReviewOn: z.string().nullable(),
});
export type CqcFinding = z.infer<typeof cqcFindingSchema>;

export const cqcLinkRequestSchema = z.object({ id: idSchema, storyIds: z.array(idSchema).max(500), items: z.array(planItemRefSchema).max(100) }).strict();

// ——— the action plan and the Due list ———

export const planFiltersSchema = z
  .object({
    stakeholderId: idSchema.optional(),
    serviceId: idSchema.optional(),
    kind: z.enum(PLAN_ITEM_KINDS).optional(),
    status: z.enum(PLAN_STATUSES).optional(),
    overdue: z.boolean().optional(),
  })
  .strict();
export type PlanFilters = z.infer<typeof planFiltersSchema>;

export const planItemSchema = z.object({
  kind: z.enum(PLAN_ITEM_KINDS),
  id: idSchema,
  title: z.string(),
  /** The report a recommendation is in (null for the other kinds). */
  reportTitle: z.string().nullable(),
  organisation: named,
  services: z.array(named),
  status: z.enum(PLAN_STATUSES),
  sentOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  responseDecision: z.enum(RESPONSE_DECISIONS).nullable(),
  respondedOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  /** What is due next: the response (until it comes), then the next review. */
  next: z.object({ what: z.enum(['response', 'review']), on: z.string(), overdue: z.boolean() }).nullable(),
  evidenceStories: z.number().int(),
});
export type PlanItem = z.infer<typeof planItemSchema>;

export const planPageSchema = z.object({
  today: z.string(),
  /** The Due list holds what is due on or before this day (14 days ahead), and everything overdue. */
  dueBy: z.string(),
  items: z.array(planItemSchema),
  nextCursor: z.string().nullable(),
});
export type PlanPage = z.infer<typeof planPageSchema>;

export const planListRequestSchema = z
  .object({
    filters: planFiltersSchema,
    /** Only what is overdue or due within 14 days: the Due list (staff and administrators). */
    due: z.boolean().default(false),
    after: z.string().max(300).optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const planItemDetailSchema = z.object({
  item: planItemSchema,
  description: z.string(),
  agreedOn: z.string().nullable(),
  updates: z.array(planUpdateSchema),
  history: z.array(auditEntrySchema),
});
export type PlanItemDetail = z.infer<typeof planItemDetailSchema>;

// ——— Enter and View visits ———

export const visitInputSchema = z
  .object({ serviceId: idSchema, visitOn: isoDateSchema, purpose: z.string().max(2000), representativeIds: z.array(idSchema).min(1).max(20) })
  .strict();
export type VisitInput = z.infer<typeof visitInputSchema>;

export const visitSchema = z.object({
  id: idSchema,
  service: named,
  visitOn: z.string(),
  purpose: z.string(),
  representatives: z.array(named),
  observations: z.number().int(),
  reportId: idSchema.nullable(),
});
export type Visit = z.infer<typeof visitSchema>;

export const observationSchema = z.object({ id: idSchema, heardOn: z.string(), excerpt: z.string(), wordsKind: z.enum(['own-words', 'recorder-summary']) });
export const visitDetailSchema = visitSchema.extend({ observationList: z.array(observationSchema) });
export type VisitDetail = z.infer<typeof visitDetailSchema>;

export const observationInputSchema = z
  .object({
    visitId: idSchema,
    text: verbatimTextSchema(100_000),
    /** A resident's own words, or what the representative saw and heard. */
    wordsKind: z.enum(['own-words', 'recorder-summary']),
    language: z.string().min(1).max(100),
    consent: z.object({ share: z.boolean(), quote: z.boolean() }).strict(),
  })
  .strict();
export type ObservationInput = z.infer<typeof observationInputSchema>;

// ——— the bank-holiday table ———

export const bankHolidayStatusSchema = z.object({
  source: z.enum(['shipped', 'imported']),
  runsFrom: z.string(),
  runsTo: z.string(),
  holidays: z.number().int(),
  importedAt: z.string().nullable(),
  importedByName: z.string().nullable(),
});
export type BankHolidayStatus = z.infer<typeof bankHolidayStatusSchema>;
