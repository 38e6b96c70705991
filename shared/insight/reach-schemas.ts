/** Reach: who was heard beside the area's population, and the census tables behind it. */
import { z } from 'zod';
import { CENSUS_TOPICS, censusSourceSchema } from './census';
import { insightFilterSchema, periodSchema } from './schemas';

export const areaCodeSchema = z.string().regex(/^[EW]\d{8}$/, { message: 'An area is named by its ONS code, like E09000033' });

export const censusAreaSchema = z.object({
  code: z.string(),
  name: z.string(),
  topics: z.array(z.object({ topic: z.enum(CENSUS_TOPICS), table: z.string(), shipped: z.boolean(), imported: z.boolean() })),
});
export type CensusArea = z.infer<typeof censusAreaSchema>;

export const reachRequestSchema = z.object({ areaCode: areaCodeSchema, period: periodSchema, filter: insightFilterSchema }).strict();
export type ReachRequest = z.infer<typeof reachRequestSchema>;

export const reachGroupSchema = z.object({
  key: z.string(),
  heard: z.number(),
  /** Share of those who answered with a group (prefer not to say and not asked left out); null when nobody did. */
  heardShare: z.number().nullable(),
  population: z.number(),
  populationShare: z.number(),
});
export type ReachGroupCount = z.infer<typeof reachGroupSchema>;

export const reachTopicSchema = z.discriminatedUnion('available', [
  z.object({
    topic: z.enum(CENSUS_TOPICS),
    table: z.string(),
    available: z.literal(true),
    title: z.string(),
    universe: z.string(),
    source: censusSourceSchema,
    imported: z.boolean(),
    populationTotal: z.number(),
    groups: z.array(reachGroupSchema),
    answered: z.number(),
    preferNotToSay: z.number(),
    notAsked: z.number(),
  }),
  z.object({ topic: z.enum(CENSUS_TOPICS), table: z.string(), available: z.literal(false), answered: z.number(), preferNotToSay: z.number(), notAsked: z.number() }),
]);
export type ReachTopic = z.infer<typeof reachTopicSchema>;

export const reachSchema = z.object({
  areaCode: z.string(),
  areaName: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  /** Stories heard in the period that match the filter: each counts as one person heard. */
  heardTotal: z.number(),
  topics: z.array(reachTopicSchema),
  /** Stories by postcode district given (districts are not matched to boroughs: a district can straddle two). */
  districts: z.array(z.object({ district: z.string(), heard: z.number() })),
  districtsPreferNotToSay: z.number(),
  districtsNotAsked: z.number(),
});
export type Reach = z.infer<typeof reachSchema>;

export const censusImportResultSchema = z.object({ table: z.string(), areas: z.number().int(), names: z.array(z.string()) });
export type CensusImportResult = z.infer<typeof censusImportResultSchema>;
