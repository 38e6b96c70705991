/**
 * Brings a store's schema up to date: refuses a store from a newer Verbatim,
 * takes a backup before touching an existing store, and runs each migration in
 * its own transaction together with the `user_version` bump, so a failure leaves
 * the store exactly at the previous version.
 */
import { ServiceError } from '../../shared/result';
import { schemaVersion, type Db } from './database';
import type { Migration } from './migrations/migration';

export function assertNotTooNew(version: number, latest: number): void {
  if (version > latest) {
    throw new ServiceError(
      'STORE_TOO_NEW',
      `This store was written by a newer version of Verbatim (schema ${version}; this version understands up to ${latest}). Update Verbatim to open it. The store has not been changed.`,
    );
  }
}

export function runMigrations(db: Db, migrations: readonly Migration[], beforeFirst?: (fromVersion: number) => void): number {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  assertNotTooNew(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  beforeFirst?.(current);
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latest;
}
