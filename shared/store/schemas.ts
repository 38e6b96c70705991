/** Schemas for opening, locking and looking after the encrypted store. */
import { z } from 'zod';

/** Minimum passphrase length; the strength hint in the UI encourages more. */
export const PASSPHRASE_MIN_LENGTH = 10;

// Passphrases are secrets, not words to keep verbatim, but they are still never
// trimmed: a trailing space the user typed is part of what they will type next time.
export const passphraseSchema = z.string().min(1).max(1024);
export const newPassphraseSchema = z.string().min(PASSPHRASE_MIN_LENGTH).max(1024);

export const organisationNameSchema = z.string().min(1).max(200).refine((s) => s.trim().length > 0, {
  message: 'Organisation name must not be blank',
});

/** 1 minute to 8 hours; 0 is not allowed because a story screen must never stay open unattended. */
export const autoLockMinutesSchema = z.number().int().min(1).max(480);

export const storeStateSchema = z.enum(['absent', 'locked', 'unlocked']);

export const storeStatusSchema = z.object({
  state: storeStateSchema,
  /** Where the store file lives, shown in Settings so users know what to back up. */
  path: z.string(),
  organisation: z.string().nullable(),
  /** False until the user has typed back part of the recovery key; null while locked. */
  recoveryKeyConfirmed: z.boolean().nullable(),
  schemaVersion: z.number().int().nullable(),
  /** The page-by-page check that runs in the background after each unlock. */
  integrity: z.enum(['unchecked', 'checking', 'ok', 'damaged']),
  integrityProblem: z.string().nullable(),
});
export type StoreStatus = z.infer<typeof storeStatusSchema>;

export const settingsSchema = z.object({
  organisation: z.string(),
  autoLockMinutes: autoLockMinutesSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const backupInfoSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  reason: z.string(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** Recovery keys are shown as 8 groups of 6 base32 characters; input is forgiving about case, spaces and dashes. */
export const recoveryKeySchema = z.string().min(10).max(200);
