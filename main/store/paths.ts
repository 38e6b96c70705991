/** The files that make up one store: the encrypted database, its key file, its backups. */
import { resolve } from 'node:path';

export interface StorePaths {
  db: string;
  keys: string;
  backups: string;
}

export function storePaths(dbPath: string): StorePaths {
  const db = resolve(dbPath);
  return { db, keys: `${db}.keys.json`, backups: `${db}.backups` };
}

/** SQLite's companion files in WAL mode; they belong to the database they sit beside. */
export const walCompanions = (db: string): string[] => [`${db}-wal`, `${db}-shm`];
