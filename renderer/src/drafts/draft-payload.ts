/**
 * What an encrypted draft holds: the whole capture form, the event it was typed
 * at and the name of who typed it. Checked with zod when read back, so a damaged
 * or foreign draft is reported, never half-loaded.
 */
import { z } from 'zod';
import { captureValuesSchema } from '../capture/capture-values';

export const draftPayloadSchema = z.object({
  v: z.literal(1),
  values: captureValuesSchema,
  event: z.object({ id: z.string(), name: z.string() }).nullable(),
  userName: z.string(),
});
export type DraftPayload = z.infer<typeof draftPayloadSchema>;

/** The additional data bound into each draft's encryption. */
export const draftContext = (id: string, userId: string): string => `verbatim-draft:v1:${id}:${userId}`;
