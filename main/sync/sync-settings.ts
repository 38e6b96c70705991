/** Sync's settings, kept in the encrypted store's settings table (never in a plain file). */
import { z } from 'zod';
import { DEFAULT_SYNC_INTERVAL_MINUTES, syncLastRunSchema, syncProfileSchema, syncServerSchema, type SyncLastRun, type SyncServer } from '../../shared/sync/schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting, writeSetting } from '../store/settings-table';
import type { Enrolment } from './sync-key';

const KEYS = { server: 'sync_server', password: 'sync_password', interval: 'sync_interval_minutes', enrolment: 'sync_enrolment', last: 'sync_last_run' } as const;

const enrolmentSchema = z.object({ profile: syncProfileSchema, fieldNumber: z.number().int().min(0).max(65535), secret: z.string().regex(/^[0-9a-f]{50}$/) });

function readJson<T>(db: Db, key: string, schema: z.ZodType<T>): T | null {
  const text = readSetting(db, key);
  if (text === null) return null;
  const parsed = schema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

export const readServer = (db: Db): SyncServer | null => readJson(db, KEYS.server, syncServerSchema);
export const readPassword = (db: Db): string | null => readSetting(db, KEYS.password);

export function readInterval(db: Db): number {
  const minutes = Number(readSetting(db, KEYS.interval) ?? DEFAULT_SYNC_INTERVAL_MINUTES);
  return Number.isInteger(minutes) && minutes >= 0 ? minutes : DEFAULT_SYNC_INTERVAL_MINUTES;
}

export function writeServerSettings(db: Db, server: SyncServer, password: string | null, intervalMinutes: number): void {
  writeSetting(db, KEYS.server, JSON.stringify(server));
  if (password !== null) writeSetting(db, KEYS.password, password);
  writeSetting(db, KEYS.interval, String(intervalMinutes));
}

export function readEnrolment(db: Db): Enrolment | null {
  const saved = readJson(db, KEYS.enrolment, enrolmentSchema);
  return saved ? { profile: saved.profile, fieldNumber: saved.fieldNumber, secret: Buffer.from(saved.secret, 'hex') } : null;
}

export function writeEnrolment(db: Db, enrolment: Enrolment): void {
  writeSetting(db, KEYS.enrolment, JSON.stringify({ profile: enrolment.profile, fieldNumber: enrolment.fieldNumber, secret: enrolment.secret.toString('hex') }));
}

export const readLastRun = (db: Db): SyncLastRun | null => readJson(db, KEYS.last, syncLastRunSchema);
export const writeLastRun = (db: Db, run: SyncLastRun): void => writeSetting(db, KEYS.last, JSON.stringify(run));

export function fieldLaptops(db: Db): Array<{ number: number; label: string; issuedAt: string }> {
  return (prepared(db, 'SELECT number, label, issued_at FROM sync_field_laptops ORDER BY number').all() as Array<{ number: number; label: string; issued_at: string }>).map(
    (row) => ({ number: row.number, label: row.label, issuedAt: row.issued_at }),
  );
}
