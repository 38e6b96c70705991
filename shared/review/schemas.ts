/** The review workflow's statuses, double-coding samples and their report, and what a volunteer may read. */
import { z } from 'zod';
import { idSchema } from '../capture/story';
import { CHANNELS, SERVICE_TYPES } from '../capture/vocabulary';
import { sentimentSchema, tagSchema } from '../workbench/schemas';

export const REVIEW_STATUSES = ['submitted', 'in-review', 'approved', 'returned', 'archived'] as const;

export const redactedStorySchema = z.object({
  id: idSchema,
  /** The checked, anonymised words: volunteers never receive the original. */
  text: z.string(),
  heardOn: z.string(),
  channel: z.enum(CHANNELS),
  serviceTypes: z.array(z.enum(SERVICE_TYPES)),
  tags: z.array(tagSchema.omit({ passage: true })),
  sentiment: sentimentSchema.nullable(),
});
export type RedactedStory = z.infer<typeof redactedStorySchema>;

export const agreementSampleSchema = z.object({
  id: idSchema,
  name: z.string(),
  reviewerA: z.object({ id: idSchema, name: z.string(), done: z.number().int() }),
  reviewerB: z.object({ id: idSchema, name: z.string(), done: z.number().int() }),
  storyIds: z.array(idSchema),
  createdAt: z.string(),
});

export const agreementReportSchema = z.object({
  sampleId: idSchema,
  stories: z.number().int(),
  codedByBoth: z.number().int(),
  themes: z.array(
    z.object({
      codeId: idSchema,
      name: z.string(),
      kappa: z.number().nullable(),
      band: z.string().nullable(),
      agreement: z.number(),
      usedByA: z.number().int(),
      usedByB: z.number().int(),
    }),
  ),
});
