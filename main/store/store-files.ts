/**
 * The files of a store beside its database: the key file, the backups folder, and
 * the moves that put a restored copy in place. The store it replaces is moved
 * aside, never deleted.
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ServiceError } from '../../shared/result';
import type { BackupInfo } from '../../shared/store/schemas';
import { fsyncFolder, writeFileDurably } from '../files/durable-write';
import { toServiceError } from '../files/fs-errors';
import { readBackupHeader } from './backup';
import { parseKeyFile, type KeyFile } from './keys';
import { walCompanions, type StorePaths } from './paths';

export const BACKUP_EXTENSION = '.vbak';

/** A moment as a file-name part: 2026-12-06T19-40-00-000Z. */
export const fileTimestamp = (date = new Date()): string => date.toISOString().replace(/[:.]/g, '-');

export const damagedStore = (problem: string): ServiceError =>
  new ServiceError('STORE_CORRUPT', `The store file is damaged (${problem}). It has not been changed; restore from a backup.`);

export function readKeyFile(paths: StorePaths): KeyFile {
  if (!existsSync(paths.db)) {
    throw new ServiceError('STORE_NOT_FOUND', `There is no store at ${paths.db}.`);
  }
  let text: string;
  try {
    text = readFileSync(paths.keys, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      throw new ServiceError(
        'STORE_KEYS_MISSING',
        `The key file ${basename(paths.keys)} is missing from beside the store, so it cannot be unlocked. Restore from a backup.`,
      );
    }
    throw toServiceError(error, paths.keys);
  }
  return parseKeyFile(text);
}

export function writeKeyFile(paths: StorePaths, keyFile: KeyFile): void {
  writeFileDurably(paths.keys, JSON.stringify(keyFile, null, 2));
}

export function assertWritableFolder(folder: string): void {
  if (!existsSync(folder)) throw new ServiceError('FOLDER_MISSING', `The folder ${folder} does not exist.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new ServiceError('FOLDER_READ_ONLY', `Verbatim cannot write to ${folder}: the folder is read-only.`);
  }
}

export function ensurePrivateFolder(folder: string): void {
  if (!existsSync(folder)) {
    // 0o700: backups hold encrypted data, but their names and sizes are nobody else's business.
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  }
}

/** Backups kept in the folder (made before each upgrade, or by the user), newest first. */
export function listBackupsIn(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  const infos: BackupInfo[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.endsWith(BACKUP_EXTENSION)) continue;
    const path = join(folder, name);
    try {
      const { header } = readBackupHeader(path);
      infos.push({ name, createdAt: header.createdAt, sizeBytes: statSync(path).size, reason: header.reason });
    } catch {
      // A damaged backup is not offered; it stays on disk for a person to inspect.
    }
  }
  return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The path of a backup named in the folder: only plain names, so no traversal. */
export function backupPathIn(folder: string, name: string): string {
  if (name !== basename(name) || !name.endsWith(BACKUP_EXTENSION)) {
    throw new ServiceError('NOT_FOUND', 'There is no backup with that name.');
  }
  return join(folder, name);
}

/**
 * Puts a checked, restored database in the store's place with the key file it was
 * made under; the store it replaces (and its WAL and key file) is moved aside.
 */
export function putRestoredInPlace(paths: StorePaths, restoring: string, keyFile: KeyFile): void {
  const aside = `${paths.db}.replaced-${fileTimestamp()}`;
  for (const [from, to] of [
    [paths.db, aside],
    ...walCompanions(paths.db).map((companion, i) => [companion, walCompanions(aside)[i]!]),
    [paths.keys, `${aside}.keys.json`],
  ] as Array<[string, string]>) {
    if (existsSync(from)) renameSync(from, to);
  }
  writeKeyFile(paths, keyFile);
  renameSync(restoring, paths.db);
  fsyncFolder(dirname(paths.db));
}
