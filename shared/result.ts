/**
 * Typed results: every service and every IPC channel answers with one of these,
 * never by throwing across a process boundary. The renderer turns `code` into
 * plain English through its i18n resources (errors.<code>).
 */
import { z } from 'zod';

export const ERROR_CODES = [
  'INVALID_REQUEST',
  'INTERNAL',
  'STORE_NOT_FOUND',
  'STORE_EXISTS',
  'STORE_LOCKED',
  'STORE_ALREADY_UNLOCKED',
  'STORE_CORRUPT',
  'STORE_TOO_NEW',
  'STORE_KEYS_MISSING',
  'STORE_KEYS_CORRUPT',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'TOO_MANY_ATTEMPTS',
  'WEAK_PASSPHRASE',
  'FOLDER_MISSING',
  'FOLDER_READ_ONLY',
  'DISK_FULL',
  'BACKUP_INVALID',
  'NOT_FOUND',
  'FORBIDDEN',
  'CANCELLED',
  'NOT_SIGNED_IN',
  'WRONG_PIN',
  'CONSENT_REQUIRED',
  'UNKNOWN_SERVICE',
  'UNKNOWN_EVENT',
  'INVALID_INPUT',
  'BUNDLE_NOT_A_BUNDLE',
  'BUNDLE_TRUNCATED',
  'BUNDLE_UNSAFE',
  'BUNDLE_TOO_LARGE',
  'BUNDLE_TAMPERED',
  'BUNDLE_SIGNATURE_INVALID',
  'BUNDLE_VERSION_UNSUPPORTED',
  'WRONG_BUNDLE_PASSPHRASE',
  'CSV_INVALID',
  'FILE_EXISTS',
  'ELECTION_CONFIRMATION_REQUIRED',
  'NOTHING_TO_EXPORT',
  'JOB_RUNNING',
  'BUNDLE_INVALID',
  'SYNC_NOT_CONFIGURED',
  'SYNC_NOT_ENROLLED',
  'SYNC_WORDS_INVALID',
  'SYNC_UNREACHABLE',
  'SYNC_AUTH',
  'SYNC_TLS',
  'SYNC_WRONG_KEY',
  'SYNC_TAMPERED',
  'SYNC_SERVER_NEWER',
  'SYNC_SERVER_ERROR',
  'UNKNOWN_ORGANISATION',
  'EVIDENCE_REQUIRED',
  'RESPONSE_BEFORE_SENDING',
  'DUE_DATE_BEYOND_CALENDAR',
  'BANK_HOLIDAYS_INVALID',
  'BANK_HOLIDAYS_REMOVED',
  'CONFLICT_OF_INTEREST',
  'CONFLICT_ACKNOWLEDGEMENT_REQUIRED',
  'END_BEFORE_START',
  'REASON_REQUIRED',
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; code: ErrorCode; message: string; retryAfterMs?: number };
export type Result<T> = Ok<T> | Err;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string, extra?: { retryAfterMs?: number }): Err => ({
  ok: false,
  code,
  message,
  ...(extra?.retryAfterMs !== undefined ? { retryAfterMs: extra.retryAfterMs } : {}),
});

export const errSchema = z.object({
  ok: z.literal(false),
  code: errorCodeSchema,
  message: z.string(),
  retryAfterMs: z.number().int().nonnegative().optional(),
});

/** The wire schema of a channel's answer, built from the schema of its value. */
export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), errSchema]);

/** An error raised inside a service that should reach the user as a typed result. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
