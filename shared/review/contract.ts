/** IPC methods for review: the workflow's statuses, double coding, and the volunteer's view of a story. */
import { z } from 'zod';
import { idSchema } from '../capture/story';
import { STORY_STATUSES } from '../capture/vocabulary';
import { acknowledgedSchema } from '../interests/schemas';
import { empty } from '../store/contract';
import { codeNameSchema } from '../workbench/schemas';
import { agreementReportSchema, agreementSampleSchema, redactedStorySchema } from './schemas';

const done = z.object({ done: z.literal(true) });

export const reviewContract = {
  setStoryStatus: {
    request: z.object({ id: idSchema, status: z.enum(STORY_STATUSES), reason: z.string().max(2000).nullable(), acknowledged: acknowledgedSchema }).strict(),
    response: done,
  },

  createAgreementSample: {
    request: z.object({ name: codeNameSchema, storyIds: z.array(idSchema).min(2).max(500), reviewerA: idSchema, reviewerB: idSchema }).strict(),
    response: agreementSampleSchema,
  },
  listAgreementSamples: { request: empty, response: z.array(agreementSampleSchema) },
  codeSampleStory: {
    request: z.object({ sampleId: idSchema, storyId: idSchema, codeIds: z.array(idSchema).max(100) }).strict(),
    response: z.array(idSchema),
  },
  getMySampleCoding: { request: z.object({ sampleId: idSchema, storyId: idSchema }).strict(), response: z.array(idSchema) },
  getAgreementReport: { request: z.object({ sampleId: idSchema }).strict(), response: agreementReportSchema },

  getRedactedStory: { request: z.object({ id: idSchema }).strict(), response: redactedStorySchema },
} as const;
