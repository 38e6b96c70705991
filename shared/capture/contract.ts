/** IPC methods for capturing stories: the register, events, stories, prompts, drafts. */
import { z } from 'zod';
import { auditVerificationSchema } from '../audit/schemas';
import { empty } from '../store/contract';
import {
  consentSchema,
  eventInputSchema,
  eventSchema,
  idSchema,
  newStorySchema,
  safeguardingSchema,
  serviceInputSchema,
  serviceSchema,
  storyDetailSchema,
  storyListRequestSchema,
  storyPageSchema,
  storyTextSchema,
} from './story';

const byId = z.object({ id: idSchema }).strict();
const reasonSchema = z
  .string()
  .min(1)
  .max(2000)
  .refine((s) => s.trim().length > 0, { message: 'Give a reason' });

export const savedStorySchema = z.object({
  id: idSchema,
  savedAt: z.string(),
  eventStoryCount: z.number().int().nullable(),
  alreadySaved: z.boolean(),
});

export const captureContract = {
  listServices: { request: z.object({ includeRetired: z.boolean() }).strict(), response: z.array(serviceSchema) },
  createService: { request: serviceInputSchema, response: serviceSchema },
  updateService: { request: serviceInputSchema.extend({ id: idSchema }).strict(), response: serviceSchema },
  retireService: { request: byId, response: serviceSchema },

  listEvents: { request: empty, response: z.array(eventSchema) },
  createEvent: { request: eventInputSchema, response: eventSchema },

  saveStory: { request: newStorySchema, response: savedStorySchema },
  listStories: { request: storyListRequestSchema, response: storyPageSchema },
  getStory: { request: byId, response: storyDetailSchema },
  reviseStory: { request: z.object({ id: idSchema, text: storyTextSchema, reason: reasonSchema }).strict(), response: storyDetailSchema },
  setTranslation: {
    request: z.object({ id: idSchema, translation: z.string().max(100_000).nullable() }).strict(),
    response: storyDetailSchema,
  },
  setSafeguarding: { request: z.object({ id: idSchema, safeguarding: safeguardingSchema }).strict(), response: storyDetailSchema },
  updateConsent: {
    request: z.object({ id: idSchema, consent: consentSchema.omit({ keep: true }) }).strict(),
    response: storyDetailSchema,
  },
  removeContact: { request: byId, response: storyDetailSchema },
  submitStory: { request: byId, response: storyDetailSchema },
  deleteStory: { request: z.object({ id: idSchema, reason: reasonSchema }).strict(), response: z.object({ deleted: z.literal(true) }) },

  getPrompts: { request: empty, response: z.array(z.string()) },
  setPrompts: {
    request: z.object({ prompts: z.array(z.string().min(1).max(500)).max(20) }).strict(),
    response: z.array(z.string()),
  },
  getDraftKey: { request: empty, response: z.object({ key: z.string() }) },
  verifyAudit: { request: empty, response: auditVerificationSchema },
} as const;
