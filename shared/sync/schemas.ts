/** Sync through the organisation's PostgreSQL server: settings, status and requests. */
import { z } from 'zod';
import { absolutePathSchema } from '../files/paths';

export const SYNC_PROFILES = ['office', 'field', 'volunteer'] as const;
export const syncProfileSchema = z.enum(SYNC_PROFILES);
export type SyncProfile = z.infer<typeof syncProfileSchema>;

export const DEFAULT_SYNC_PORT = 5432;
export const DEFAULT_SYNC_INTERVAL_MINUTES = 15;
/** 0 means "only when asked". */
export const MAX_SYNC_INTERVAL_MINUTES = 1440;

const hostSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:[\]-]+$/, 'a host name or address');
const nameSchema = z.string().min(1).max(63);

/** Where the server is and how to log in. The password is kept in the encrypted store and never shown again. */
export const syncServerSchema = z
  .object({
    host: hostSchema,
    port: z.number().int().min(1).max(65535),
    database: nameSchema,
    user: nameSchema,
    tls: z.boolean(),
    verifyCertificate: z.boolean(),
    caFile: absolutePathSchema.nullable(),
  })
  .strict();
export type SyncServer = z.infer<typeof syncServerSchema>;

export const syncIntervalSchema = z.number().int().min(0).max(MAX_SYNC_INTERVAL_MINUTES);

export const saveSyncSettingsRequestSchema = z
  .object({
    server: syncServerSchema,
    /** null keeps the password already saved. */
    password: z.string().min(1).max(1000).nullable(),
    intervalMinutes: syncIntervalSchema,
  })
  .strict();
export type SaveSyncSettingsRequest = z.infer<typeof saveSyncSettingsRequestSchema>;

export const testSyncConnectionRequestSchema = z
  .object({ server: syncServerSchema, password: z.string().min(1).max(1000).nullable() })
  .strict();

/** The words of a sync key, as typed (case, spaces and dashes do not matter). */
export const syncWordsSchema = z.string().min(1).max(200);
export const enrolSyncRequestSchema = z.object({ words: syncWordsSchema }).strict();
export const issueSyncWordsRequestSchema = z
  .object({ profile: z.enum(['office', 'field', 'volunteer']), label: z.string().trim().min(1).max(100) })
  .strict();

export const syncCountsSchema = z.object({
  sent: z.number().int().nonnegative(),
  received: z.number().int().nonnegative(),
  applied: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
});
export type SyncCounts = z.infer<typeof syncCountsSchema>;

export const syncLastRunSchema = z.object({
  at: z.string(),
  ok: z.boolean(),
  /** The error code when it failed (plain English in errors.json). */
  code: z.string().nullable(),
  message: z.string().nullable(),
  counts: syncCountsSchema.nullable(),
});
export type SyncLastRun = z.infer<typeof syncLastRunSchema>;

export const syncStatusSchema = z.object({
  server: syncServerSchema.nullable(),
  hasPassword: z.boolean(),
  intervalMinutes: syncIntervalSchema,
  profile: syncProfileSchema.nullable(),
  fieldNumber: z.number().int().nullable(),
  deviceId: z.string(),
  /** Stories (and reference changes) made here that no sync has sent yet. */
  waiting: z.number().int().nonnegative(),
  lastRun: syncLastRunSchema.nullable(),
  /** Field laptops enrolled from this laptop. */
  fieldLaptops: z.array(z.object({ number: z.number().int(), label: z.string(), issuedAt: z.string() })),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const syncConnectionResultSchema = z.object({ serverVersion: z.string(), schemaVersion: z.number().int().nullable(), tls: z.boolean() });
export type SyncConnectionResult = z.infer<typeof syncConnectionResultSchema>;

/** The organisation key's words (shown once) or another laptop's enrolment words. */
export const syncWordsResultSchema = z.object({ words: z.string(), profile: syncProfileSchema, fieldNumber: z.number().int().nullable() });
export type SyncWordsResult = z.infer<typeof syncWordsResultSchema>;

/** The job result of startSync. */
export type SyncResult = SyncCounts;
