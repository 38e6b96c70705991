/** What crosses IPC for the register of interests and the management of conflicts. */
import { z } from 'zod';
import { auditEntrySchema } from '../audit/schemas';
import { idSchema, isoDateSchema } from '../capture/story';
import { isWellFormed } from '../text/verbatim';
import { ROLES } from '../users/schemas';
import { CAPACITIES, CONFLICT_ACTIONS, INTEREST_KINDS, SUBJECT_TYPES } from './vocabulary';

/** Text a person writes about their interest: kept exactly as typed (never trimmed), never only white space. */
const written = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => /\S/u.test(value), { message: 'This cannot be left empty' })
    .refine(isWellFormed, { message: 'The text contains a broken character and cannot be stored exactly' });

const named = z.object({ id: idSchema, name: z.string() });

export const conflictActionSchema = z.enum(CONFLICT_ACTIONS);

/**
 * The declarations a person has read on screen before going on, by interest id.
 * Work that a declaration only warns about is refused without them.
 */
export const acknowledgedSchema = z.array(idSchema).max(50).default([]);

// ——— declaring ———

/** What an interest is about: a service in the register, an organisation in the stakeholder register, or another named body. */
export const concernsInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('service'), serviceId: idSchema }).strict(),
  z.object({ type: z.literal('organisation'), stakeholderId: idSchema }).strict(),
  z.object({ type: z.literal('other'), name: written(200) }).strict(),
]);
export type ConcernsInput = z.infer<typeof concernsInputSchema>;

export const interestInputSchema = z
  .object({
    kind: z.enum(INTEREST_KINDS),
    concerns: concernsInputSchema,
    /** The interest in the person's own words. */
    description: written(2000),
    fromOn: isoDateSchema,
    /** The last day it runs; null while it goes on. */
    toOn: isoDateSchema.nullable(),
    /** How it is managed, in words (for example "does not code stories about this service"). */
    management: written(1000),
    /** The work the person must not do on what it concerns; everything else shows the declaration first. */
    refuses: z.array(conflictActionSchema).max(CONFLICT_ACTIONS.length),
  })
  .strict();
export type InterestInput = z.infer<typeof interestInputSchema>;

export const concernsSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('service'), id: idSchema, name: z.string() }),
  z.object({ type: z.literal('organisation'), id: idSchema, name: z.string() }),
  z.object({ type: z.literal('other'), name: z.string() }),
]);
export type Concerns = z.infer<typeof concernsSchema>;

export const interestSchema = z.object({
  id: idSchema,
  personId: idSchema,
  kind: z.enum(INTEREST_KINDS),
  concerns: concernsSchema,
  description: z.string(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  management: z.string(),
  refuses: z.array(conflictActionSchema),
  /** Whether it runs today. */
  active: z.boolean(),
  declaredByName: z.string().nullable(),
  declaredAt: z.string(),
  updatedAt: z.string().nullable(),
});
export type Interest = z.infer<typeof interestSchema>;

export const declarationSchema = z.object({
  id: idSchema,
  declaredOn: z.string(),
  nothingToDeclare: z.boolean(),
  /** How many interests were current when it was made. */
  interests: z.number().int().nonnegative(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type Declaration = z.infer<typeof declarationSchema>;

export const declarationStatusSchema = z.object({
  state: z.enum(['never', 'current', 'overdue']),
  lastDeclaredOn: z.string().nullable(),
  dueOn: z.string().nullable(),
});

/** One person on the register, as the list shows them. */
export const registerSummarySchema = z.object({
  personId: idSchema,
  name: z.string(),
  /** Their account, if they use Verbatim (then personId is the same id). */
  userId: idSchema.nullable(),
  role: z.enum(ROLES).nullable(),
  capacity: z.enum(CAPACITIES),
  status: declarationStatusSchema,
  currentInterests: z.number().int().nonnegative(),
});
export type RegisterSummary = z.infer<typeof registerSummarySchema>;

export const registerEntrySchema = registerSummarySchema.extend({
  interests: z.array(interestSchema),
  declarations: z.array(declarationSchema),
  history: z.array(auditEntrySchema),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

export const registerPersonInputSchema = z
  .object({ name: written(100), capacity: z.enum(CAPACITIES).exclude(['staff', 'volunteer']) })
  .strict();

export const overdueCountSchema = z.object({
  /** People whose declaration is overdue. */
  overdue: z.number().int().nonnegative(),
  /** People who never declared. */
  never: z.number().int().nonnegative(),
});

// ——— conflicts ———

export const subjectSchema = z.object({ type: z.enum(SUBJECT_TYPES), id: idSchema }).strict();
export type Subject = z.infer<typeof subjectSchema>;

/** The services and organisations a piece of work will be about once saved (a report or recommendation being written). */
export const aboutSchema = z.object({ serviceIds: z.array(idSchema).max(50), stakeholderIds: z.array(idSchema).max(50) }).strict();

export const conflictMatchSchema = z.object({
  interestId: idSchema,
  personName: z.string(),
  kind: z.enum(INTEREST_KINDS),
  concerns: concernsSchema,
  description: z.string(),
  management: z.string(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  refuses: z.array(conflictActionSchema),
  outcome: z.enum(['warn', 'refuse']),
});
export type ConflictMatch = z.infer<typeof conflictMatchSchema>;

export const overrideSchema = z.object({ reason: z.string(), byName: z.string().nullable(), at: z.string() });

export const conflictCheckSchema = z.object({
  action: conflictActionSchema,
  outcome: z.enum(['clear', 'warn', 'refuse']),
  matches: z.array(conflictMatchSchema),
  /** An administrator allowed this person this work despite a refusal. */
  override: overrideSchema.nullable(),
});
export type ConflictCheck = z.infer<typeof conflictCheckSchema>;

/** A refusal an administrator has not yet dealt with (by giving the work to someone else, or allowing it). */
export const openRefusalSchema = z.object({
  id: idSchema,
  at: z.string(),
  person: named,
  action: conflictActionSchema,
  subject: subjectSchema,
  /** A few words to know the work by: the start of a story, a report's or recommendation's title, a sample's name. */
  label: z.string(),
  matches: z.array(conflictMatchSchema),
});
export type OpenRefusal = z.infer<typeof openRefusalSchema>;

export const candidateSchema = named.extend({ role: z.enum(ROLES) });

export const reassignInputSchema = z
  .object({ action: conflictActionSchema, subject: subjectSchema, fromUserId: idSchema, toUserId: idSchema, reason: z.string().max(1000) })
  .strict();
export const overrideInputSchema = z.object({ action: conflictActionSchema, subject: subjectSchema, userId: idSchema, reason: z.string().max(1000) }).strict();

/** Work an administrator gave to this person because someone else had a conflict. */
export const givenWorkSchema = z.object({
  id: idSchema,
  action: conflictActionSchema,
  subject: subjectSchema,
  label: z.string(),
  fromName: z.string(),
  byName: z.string().nullable(),
  at: z.string(),
  reason: z.string(),
});
export type GivenWork = z.infer<typeof givenWorkSchema>;
