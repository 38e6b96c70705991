/** What a story holds, as it crosses IPC, the CLI and files. */
import { z } from 'zod';
import { auditEntrySchema } from '../audit/schemas';
import { verbatimTextSchema } from '../text/verbatim';
import { personNameSchema } from '../users/schemas';
import { equalitySchema } from './equality';
import { CAPTURE_STATUSES, CHANNELS, MAX_STORY_LENGTH, SENTIMENTS, SERVICE_TYPES, STORY_STATUSES, WORDS_KINDS } from './vocabulary';

export const idSchema = z.string().uuid();
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date like 2026-03-14' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'That is not a real date',
  });

export const storyTextSchema = verbatimTextSchema(MAX_STORY_LENGTH);

export const consentSchema = z
  .object({
    /** To keep the story at all: a story cannot be saved without it. */
    keep: z.boolean(),
    /** To share it, anonymised, with the organisations that run and oversee services. */
    share: z.boolean(),
    /** To quote the words, anonymised, in public reports. */
    quote: z.boolean(),
    /** To be contacted back. Contact details are kept only with this. */
    contact: z.boolean(),
  })
  .strict();
export type Consent = z.infer<typeof consentSchema>;

export const contactSchema = z
  .object({
    name: z.string().max(200).optional(),
    phone: z.string().max(50).optional(),
    email: z.string().max(200).optional(),
  })
  .strict()
  .refine((c) => [c.name, c.phone, c.email].some((v) => v !== undefined && v.trim() !== ''), {
    message: 'Give at least one way to make contact',
  });
export type Contact = z.infer<typeof contactSchema>;

export const safeguardingSchema = z
  .object({
    flagged: z.boolean(),
    action: z.string().max(2000).nullable(),
    actionBy: z.string().max(200).nullable(),
  })
  .strict();
export type Safeguarding = z.infer<typeof safeguardingSchema>;

export const newStorySchema = z
  .object({
    text: storyTextSchema,
    wordsKind: z.enum(WORDS_KINDS),
    language: z.string().min(1).max(100),
    interpreter: z.boolean(),
    translation: z.string().max(MAX_STORY_LENGTH).nullable(),
    channel: z.enum(CHANNELS),
    eventId: idSchema.nullable(),
    heardOn: isoDateSchema,
    serviceIds: z.array(idSchema).max(50),
    consent: consentSchema,
    contact: contactSchema.nullable(),
    equality: equalitySchema,
    safeguarding: safeguardingSchema,
    status: z.enum(CAPTURE_STATUSES),
    /** The draft this save comes from: saving the same draft twice stores one story. */
    draftId: z.string().min(1).max(100).nullable(),
  })
  .strict();
export type NewStory = z.infer<typeof newStorySchema>;

export const revisionSchema = z.object({
  revision: z.number().int().positive(),
  text: z.string(),
  sha256: z.string(),
  reason: z.string().nullable(),
  revisedById: z.string(),
  revisedByName: z.string(),
  revisedAt: z.string(),
});
export type Revision = z.infer<typeof revisionSchema>;

export const serviceSchema = z.object({
  id: idSchema,
  name: z.string(),
  type: z.enum(SERVICE_TYPES),
  odsCode: z.string().nullable(),
  cqcLocationId: z.string().nullable(),
  retired: z.boolean(),
});
export type Service = z.infer<typeof serviceSchema>;

export const serviceInputSchema = z
  .object({
    name: personNameSchema,
    type: z.enum(SERVICE_TYPES),
    odsCode: z.string().max(20).nullable(),
    cqcLocationId: z.string().max(30).nullable(),
  })
  .strict();

export const eventSchema = z.object({
  id: idSchema,
  name: z.string(),
  heldOn: z.string(),
  place: z.string(),
  partner: z.string().nullable(),
  storyCount: z.number().int().nonnegative(),
});
export type Event = z.infer<typeof eventSchema>;

export const eventInputSchema = z
  .object({
    name: personNameSchema,
    heldOn: isoDateSchema,
    place: z.string().max(200),
    partner: z.string().max(200).nullable(),
  })
  .strict();

export const storySummarySchema = z.object({
  id: idSchema,
  excerpt: z.string(),
  heardOn: z.string(),
  channel: z.enum(CHANNELS),
  eventId: z.string().nullable(),
  eventName: z.string().nullable(),
  recordedById: z.string(),
  recordedByName: z.string(),
  status: z.enum(STORY_STATUSES),
  safeguarding: z.boolean(),
  revisions: z.number().int().positive(),
  createdAt: z.string(),
});
export type StorySummary = z.infer<typeof storySummarySchema>;

export const storyDetailSchema = z.object({
  id: idSchema,
  text: z.string(),
  sha256: z.string(),
  wordsKind: z.enum(WORDS_KINDS),
  language: z.string(),
  interpreter: z.boolean(),
  translation: z.string().nullable(),
  channel: z.enum(CHANNELS),
  event: eventSchema.pick({ id: true, name: true, heldOn: true }).nullable(),
  heardOn: z.string(),
  recordedById: z.string(),
  recordedByName: z.string(),
  deviceId: z.string(),
  services: z.array(serviceSchema),
  consent: consentSchema,
  /** Null when none is held, or when the viewer may not see it. */
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
  hasContact: z.boolean(),
  equality: equalitySchema,
  safeguarding: safeguardingSchema,
  status: z.enum(STORY_STATUSES),
  /** The overall sentiment review gave the story (null until one is set). */
  sentiment: z.enum(SENTIMENTS).nullable(),
  /** Why review returned the story to its recorder (null unless returned, and for volunteers). */
  returnReason: z.string().nullable(),
  createdAt: z.string(),
  revisions: z.array(revisionSchema),
  history: z.array(auditEntrySchema),
});
export type StoryDetail = z.infer<typeof storyDetailSchema>;

export const storyListRequestSchema = z
  .object({
    /** 'mine': recorded by the signed-in user; 'event': at one event; 'all': everything the user may see. */
    scope: z.enum(['mine', 'event', 'all']),
    eventId: idSchema.optional(),
    /** Opaque cursor from the previous page (keyset paging). */
    after: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const storyPageSchema = z.object({
  items: z.array(storySummarySchema),
  nextCursor: z.string().nullable(),
});
export type StoryPage = z.infer<typeof storyPageSchema>;
