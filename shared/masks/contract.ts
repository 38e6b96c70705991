/** IPC methods for the human check of anonymisation (the masks on each story). */
import { z } from 'zod';
import { idSchema } from '../capture/story';
import { acknowledgedSchema } from '../interests/schemas';
import { empty } from '../store/contract';
import { anonymiserListsSchema, maskReviewSchema, maskSchema, storyToCheckSchema } from './schemas';

export const masksContract = {
  getMaskReview: { request: z.object({ id: idSchema }).strict(), response: maskReviewSchema },
  saveMaskCheck: {
    request: z.object({ id: idSchema, revision: z.number().int().positive(), masks: z.array(maskSchema).max(10_000), acknowledged: acknowledgedSchema }).strict(),
    response: maskReviewSchema,
  },
  listStoriesToCheck: {
    request: z
      .object({
        state: z.enum(['unchecked', 'stale', 'checked', 'needs-check']),
        after: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    response: z.object({ items: z.array(storyToCheckSchema), nextCursor: z.string().nullable() }),
  },
  getAnonymiserLists: { request: empty, response: anonymiserListsSchema },
  setAnonymiserLists: { request: anonymiserListsSchema.strict(), response: anonymiserListsSchema },
} as const;
