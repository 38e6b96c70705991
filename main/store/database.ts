/**
 * Opening the encrypted SQLite file. SQLCipher 4 compatible (so standard SQLCipher
 * tools can read it with the raw key), WAL, synchronous=FULL, foreign keys on.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { toServiceError } from '../files/fs-errors';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Create the file if missing (only at setup). */
  create?: boolean;
}

export function openDatabase(path: string, dbKey: Buffer, options: OpenOptions = {}): Db {
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: !options.create });
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    // A raw 256-bit key: no PBKDF2 inside SQLCipher, the passphrase work is done by scrypt.
    db.pragma(`key="x'${dbKey.toString('hex')}'"`);
    // Reading the schema is what fails on a wrong key or a damaged header.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Up to 256 MB of decrypted pages, taken as pages are read: every page read from disk
    // costs a decryption. Searches and counts over a million stories look up matches'
    // stories, tags and services all over the store; at 64 MB those pages kept leaving the
    // cache, and a count of "catheter" among approved stories took 1 s instead of 0.25 s.
    db.pragma('cache_size = -262144');
    return db;
  } catch (error) {
    db?.close();
    throw toServiceError(error, path);
  }
}

/** `PRAGMA quick_check`: returns null when the file is sound, else the first problem. */
export function quickCheck(db: Db): string | null {
  try {
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    const first = rows[0]?.quick_check ?? 'no answer';
    return first === 'ok' ? null : first;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

const CONTENTLESS = /\bcontent\s*=\s*''/i;

/**
 * Every table the app defines that holds rows: not SQLite's own or FTS shadow tables, nor
 * contentless FTS tables, which keep no rows and refuse to be scanned.
 */
export function rowTables(db: Db): string[] {
  return (
    db
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name NOT GLOB '*_fts_*' ORDER BY name`,
      )
      .all() as { name: string; sql: string }[]
  )
    .filter(({ sql }) => !CONTENTLESS.test(sql))
    .map(({ name }) => name);
}

export function tableCounts(db: Db): Record<string, number> {
  const tables = rowTables(db);
  return Object.fromEntries(
    tables.map((name) => [name, db.prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`).pluck().get() as number]),
  );
}
