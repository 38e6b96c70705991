/** Reads and writes the key/value `settings` table. */
import type { Db } from './database';
import { prepared } from './prepared';

export function readSetting(db: Db, key: string): string | null {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return row ?? null;
}

export function writeSetting(db: Db, key: string, value: string): void {
  prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
