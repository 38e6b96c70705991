/** What crosses IPC and the CLI for intelligence exports and election periods, and what stories.json holds. */
import { z } from 'zod';
import { absolutePathSchema } from '../files/paths';
import { idSchema, isoDateSchema } from '../capture/story';
import { CHANNELS, SERVICE_TYPES } from '../capture/vocabulary';
import { sentimentSchema, storyFiltersSchema } from '../workbench/schemas';
import { ELECTION_CHECKLIST_IDS } from './election-checklist';
import { exportProfileSchema, profileNameSchema } from './profiles';

const nonBlank = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => value.trim().length > 0, { message: 'This cannot be left empty' });

// ——— election periods ———

export const electionPeriodInputSchema = z
  .object({
    name: nonBlank(200),
    noticeDate: isoDateSchema,
    pollingDay: isoDateSchema,
    candidates: z.array(nonBlank(200)).max(500).default([]),
  })
  .strict()
  .refine((period) => period.noticeDate <= period.pollingDay, { message: 'The notice of election comes on or before polling day', path: ['pollingDay'] });
export type ElectionPeriodInput = z.input<typeof electionPeriodInputSchema>;

export const electionPeriodSchema = z.object({
  id: idSchema,
  name: z.string(),
  noticeDate: z.string(),
  pollingDay: z.string(),
  candidates: z.array(z.string()),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type ElectionPeriod = z.infer<typeof electionPeriodSchema>;

export const electionConfirmationSchema = z
  .object({
    items: z.array(z.enum(ELECTION_CHECKLIST_IDS as [string, ...string[]])).max(20),
    /** The manager who approved the export, by name. */
    approvedBy: nonBlank(200),
  })
  .strict();
export type ElectionConfirmation = z.infer<typeof electionConfirmationSchema>;

// ——— the export request, preview and result ———

export const intelligenceRequestSchema = z
  .object({
    profile: profileNameSchema,
    recipient: nonBlank(200),
    /** When the stories were heard, inclusive. */
    heardFrom: isoDateSchema.optional(),
    heardTo: isoDateSchema.optional(),
    filters: storyFiltersSchema.default({}),
    electionConfirmation: electionConfirmationSchema.optional(),
    /** An organisation in the stakeholder register whose action-plan items go in too (action-plan.csv and report.html). */
    actionPlanFor: idSchema.optional(),
  })
  .strict()
  .refine((r) => !r.heardFrom || !r.heardTo || r.heardFrom <= r.heardTo, { message: 'The start date comes on or before the end date', path: ['heardTo'] });
export type IntelligenceRequest = z.input<typeof intelligenceRequestSchema>;
export type ParsedIntelligenceRequest = z.output<typeof intelligenceRequestSchema>;

export const startIntelligenceRequestSchema = z.object({ request: intelligenceRequestSchema, path: absolutePathSchema }).strict();

/** Why a story was left out; each story is counted once, under the first reason in this order. */
export const LEFT_OUT_REASONS = ['noConsentToShare', 'notApproved', 'masksNotChecked', 'masksOutOfDate', 'suppressedByKAnonymity'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];
export const leftOutSchema = z.object(Object.fromEntries(LEFT_OUT_REASONS.map((r) => [r, z.number().int().nonnegative()])) as Record<LeftOutReason, z.ZodNumber>);
export type LeftOut = z.infer<typeof leftOutSchema>;

/** Why a story that goes out has its words withheld. */
export const TEXT_WITHHELD_REASONS = ['noConsentToQuote', 'profileExcludesQuotes'] as const;
export type TextWithheldReason = (typeof TEXT_WITHHELD_REASONS)[number];

export const mentionSchema = z.object({
  storyId: z.string(),
  term: z.string(),
  kind: z.enum(['party', 'candidate', 'campaign']),
  snippet: z.string(),
});

/**
 * What a preview or export job is doing, in order (a job's progress.phase); the screen puts
 * each into words. Only an election period's preview or export scans; only an export writes.
 */
export const BUILD_PHASES = ['selecting', 'generalising', 'kAnonymity', 'scanning', 'writing'] as const;
export type BuildPhase = (typeof BUILD_PHASES)[number];

/** The result of a preview job (startIntelligencePreview). */
export const intelligencePreviewSchema = z.object({
  profile: exportProfileSchema,
  /** Stories heard in the dates that match the filters. */
  matched: z.number().int().nonnegative(),
  included: z.number().int().nonnegative(),
  leftOut: leftOutSchema,
  textWithheld: z.object({ noConsentToQuote: z.number().int().nonnegative(), profileExcludesQuotes: z.number().int().nonnegative() }),
  /** Plain descriptions of how fields were generalised to reach k-anonymity. */
  generalised: z.array(z.string()),
  election: z
    .object({
      period: electionPeriodSchema,
      checklist: z.array(z.object({ id: z.string(), text: z.string() })),
      mentions: z.array(mentionSchema),
      /** All mentions found; the list above may be cut short. */
      mentionCount: z.number().int().nonnegative(),
    })
    .nullable(),
  /** The organisation's action-plan items that would go in, when asked for. */
  actionPlan: z.object({ organisation: z.string(), items: z.number().int().nonnegative() }).nullable(),
});
export type IntelligencePreview = z.infer<typeof intelligencePreviewSchema>;

export const intelligenceResultSchema = z.object({
  path: z.string(),
  manifestSha256: z.string(),
  included: z.number().int().nonnegative(),
  leftOut: leftOutSchema,
  /** Items of the action plan that went in (null when none was asked for). */
  actionPlanItems: z.number().int().nonnegative().nullable().default(null),
});
export type IntelligenceResult = z.infer<typeof intelligenceResultSchema>;

// ——— stories.json, the file a stakeholder reads ———

export const WITHHELD = '*';

export const exportedStorySchema = z
  .object({
    id: z.string().describe('An id for this bundle only; it links to nothing outside it.'),
    text: z.string().nullable().describe("The person's words with every checked mask replaced by a placeholder such as [PERSON 1]; null when withheld."),
    textWithheld: z.enum(TEXT_WITHHELD_REASONS).nullable().describe('Why text is null: the person did not agree to be quoted, or this profile sends no quotes.'),
    themes: z.array(z.object({ theme: z.string(), parent: z.string().nullable(), sentiment: sentimentSchema.nullable() }).strict()),
    sentiment: sentimentSchema.nullable().describe('The overall sentiment staff gave the story.'),
    serviceTypes: z.array(z.enum(SERVICE_TYPES)).nullable().describe('null when withheld to keep groups of at least k.'),
    serviceNames: z.array(z.string()).nullable().describe('null when this profile sends only service types, or when withheld.'),
    month: z.string().describe('When the story was heard: YYYY-MM, or widened to YYYY-Qn or YYYY, or "*" when withheld.'),
    channel: z.enum(CHANNELS).nullable().describe('How the story was heard; null when this profile does not send it.'),
    demographics: z
      .object({
        ageBand: z.string().nullable(),
        sex: z.string().nullable(),
        ethnicity: z.string().nullable(),
        postcode: z.string().nullable(),
      })
      .strict()
      .describe('null: not asked, or not sent by this profile; "Not stated": the person preferred not to say; "*": withheld to keep groups of at least k.'),
  })
  .strict();
export type ExportedStory = z.infer<typeof exportedStorySchema>;
export const storiesFileSchema = z.array(exportedStorySchema);

