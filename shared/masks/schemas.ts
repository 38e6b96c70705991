/** The human check of a story's masks, as it crosses IPC. */
import { z } from 'zod';
import { ENTITY_TYPES } from '../anonymise/types';
import { idSchema } from '../capture/story';

export const maskSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    type: z.enum(ENTITY_TYPES),
    /** 'detected' by the engine, or 'added' by the checker. */
    origin: z.enum(['detected', 'added']),
    confidence: z.enum(['high', 'low']),
    rule: z.string().max(100),
  })
  .strict()
  .refine((m) => m.end > m.start, { message: 'A mask must cover at least one character' });
export type Mask = z.infer<typeof maskSchema>;

export const maskCheckStateSchema = z.enum(['unchecked', 'checked', 'stale']);
export type MaskCheckState = z.infer<typeof maskCheckStateSchema>;

export const maskReviewSchema = z.object({
  storyId: idSchema,
  revision: z.number().int().positive(),
  text: z.string(),
  textSha256: z.string(),
  /** What the engine proposes now, for this revision's words. */
  proposed: z.array(maskSchema),
  /** What a person accepted, when this revision has been checked. */
  accepted: z.array(maskSchema).nullable(),
  /** When the words changed since the last check: the masks accepted then, moved onto these words. */
  carried: z.array(maskSchema).nullable(),
  state: maskCheckStateSchema,
  checkedByName: z.string().nullable(),
  checkedAt: z.string().nullable(),
});
export type MaskReview = z.infer<typeof maskReviewSchema>;

export const storyToCheckSchema = z.object({
  id: idSchema,
  excerpt: z.string(),
  heardOn: z.string(),
  state: maskCheckStateSchema,
  consentShare: z.boolean(),
  createdAt: z.string(),
});

export const anonymiserListsSchema = z.object({
  /** Phrases never masked as names: organisations, places, conditions named after people. */
  allowList: z.array(z.string().min(1).max(200)).max(5000),
  /** Names always masked, for example local staff. */
  knownNames: z.array(z.string().min(1).max(200)).max(5000),
});
export type AnonymiserLists = z.infer<typeof anonymiserListsSchema>;
