/** People who use Verbatim on a store, and their roles. */
import { z } from 'zod';

export const ROLES = ['outreach', 'staff', 'volunteer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** 4 to 12 digits: quick to type on a shared laptop, and only ever checked after the store is unlocked. */
export const pinSchema = z.string().regex(/^[0-9]{4,12}$/, { message: 'A PIN is 4 to 12 digits' });

export const personNameSchema = z
  .string()
  .min(1)
  .max(100)
  .refine((s) => s.trim().length > 0, { message: 'A name must not be blank' });

export const userSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  role: z.enum(ROLES),
  retired: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const sessionSchema = z.object({
  user: userSchema.nullable(),
  /** The event an outreach worker is capturing at, if any. */
  currentEventId: z.string().uuid().nullable(),
  /** True when the store has no users yet, so the first one must be created (as admin). */
  needsFirstUser: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;
