/** The story workbench: search, codebook, tags, review, agreement, volunteer view. */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../capture/story';
import { CHANNELS, SENTIMENTS, SERVICE_TYPES, STORY_STATUSES } from '../capture/vocabulary';

export { SENTIMENTS, type Sentiment } from '../capture/vocabulary';
export const sentimentSchema = z.enum(SENTIMENTS);

/** Marks around matched words in search snippets (control characters never typed by people). */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export const codeSchema = z.object({
  id: idSchema,
  key: z.string().nullable(),
  parentId: idSchema.nullable(),
  name: z.string(),
  description: z.string().nullable(),
  retired: z.boolean(),
  mergedInto: idSchema.nullable(),
  /** Stories tagged with this code (not counting its sub-themes). */
  storyCount: z.number().int().nonnegative(),
});
export type Code = z.infer<typeof codeSchema>;

export const codeHistorySchema = z.object({
  seq: z.number().int(),
  codeId: idSchema,
  codeName: z.string(),
  action: z.enum(['create', 'rename', 'move', 'merge', 'retire', 'restore']),
  details: z.record(z.string(), z.unknown()),
  byName: z.string(),
  at: z.string(),
});

export const codeNameSchema = z
  .string()
  .min(1)
  .max(120)
  .refine((s) => s.trim().length > 0, { message: 'A code needs a name' });

export const passageSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), revision: z.number().int().positive() })
  .strict()
  .refine((p) => p.end > p.start, { message: 'A passage must cover at least one character' });

export const tagSchema = z.object({
  id: z.number().int(),
  storyId: idSchema,
  codeId: idSchema,
  codeName: z.string(),
  parentName: z.string().nullable(),
  sentiment: sentimentSchema.nullable(),
  passage: z.object({ start: z.number().int(), end: z.number().int(), revision: z.number().int() }).nullable(),
  taggedByName: z.string(),
  taggedAt: z.string(),
});
export type Tag = z.infer<typeof tagSchema>;

/** A story's overall sentiment as a filter takes it: one of the sentiments, or "unrated" (none set yet). */
export const SENTIMENT_FILTERS = [...SENTIMENTS, 'unrated'] as const;
export type SentimentFilter = (typeof SENTIMENT_FILTERS)[number];

export const storyFiltersSchema = z
  .object({
    codeIds: z.array(idSchema).max(50).optional(),
    sentiments: z.array(z.enum(SENTIMENT_FILTERS)).max(5).optional(),
    serviceIds: z.array(idSchema).max(50).optional(),
    serviceTypes: z.array(z.enum(SERVICE_TYPES)).max(20).optional(),
    eventIds: z.array(idSchema).max(50).optional(),
    channels: z.array(z.enum(CHANNELS)).max(10).optional(),
    heardFrom: isoDateSchema.optional(),
    heardTo: isoDateSchema.optional(),
    statuses: z.array(z.enum(STORY_STATUSES)).max(10).optional(),
    safeguarding: z.boolean().optional(),
    consentShare: z.boolean().optional(),
    recorderIds: z.array(idSchema).max(50).optional(),
    languages: z.array(z.string().max(100)).max(20).optional(),
  })
  .strict();
export type StoryFilters = z.infer<typeof storyFiltersSchema>;

export const searchRequestSchema = z
  .object({
    query: z.string().max(1000),
    filters: storyFiltersSchema,
    after: z.string().max(300).optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const searchHitSchema = z.object({
  id: idSchema,
  /** The words around the matches, matched words between MATCH_START and MATCH_END; for volunteers, anonymised. */
  snippet: z.string(),
  heardOn: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(STORY_STATUSES),
  safeguarding: z.boolean(),
  sentiment: sentimentSchema.nullable(),
  themes: z.array(z.string()),
  recordedByName: z.string().nullable(),
  eventName: z.string().nullable(),
  returnReason: z.string().nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchPageSchema = z.object({
  items: z.array(searchHitSchema),
  nextCursor: z.string().nullable(),
  /** Set when a search matched more stories than are ranked: the most recent this many were ranked. */
  rankedAmongRecent: z.number().int().nullable(),
});
export type SearchPage = z.infer<typeof searchPageSchema>;

export const facetSchema = z.array(z.object({ value: z.string(), label: z.string().nullable(), count: z.number().int() }));
export const facetCountsSchema = z.object({
  total: z.number().int(),
  statuses: facetSchema,
  channels: facetSchema,
  sentiments: facetSchema,
  themes: facetSchema,
  serviceTypes: facetSchema,
  services: facetSchema,
  /** Events and recorders are empty for volunteers, who never learn who recorded a story or where. */
  events: facetSchema,
  recorders: facetSchema,
  languages: facetSchema,
  safeguarding: z.number().int(),
  consentShare: z.number().int(),
  /** Set when more stories matched than were counted value by value: the counts are for the most recent this many (the total is exact). */
  countedAmongRecent: z.number().int().nullable(),
});
export type FacetCounts = z.infer<typeof facetCountsSchema>;

export const savedSearchSchema = z.object({ id: idSchema, name: z.string(), query: z.string(), filters: storyFiltersSchema, createdAt: z.string() });

export const suggestionSchema = z.object({
  id: z.number().int(),
  storyId: idSchema,
  codeId: idSchema,
  codeName: z.string(),
  sentiment: sentimentSchema.nullable(),
  suggestedByName: z.string(),
  suggestedAt: z.string(),
  status: z.enum(['pending', 'accepted', 'rejected']),
});
