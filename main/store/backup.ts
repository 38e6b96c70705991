/**
 * Backup files: one self-contained file holding a consistent, still-encrypted copy
 * of the database (made with VACUUM INTO, so the store may be in use) and the key
 * file that unwraps it. Layout: a magic line, a JSON header line, then the raw
 * encrypted database bytes. The header carries the byte count and SHA-256 of the
 * database so a truncated or altered backup is refused before anything is replaced.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { ServiceError } from '../../shared/result';
import { fsyncFolder } from '../files/durable-write';
import { toServiceError } from '../files/fs-errors';
import { dirname } from 'node:path';
import { keyFileSchema, type KeyFile } from './keys';
import type { Db } from './database';

const MAGIC = 'VERBATIM-BACKUP 1\n';
const CHUNK = 1024 * 1024;
const MAX_HEADER = 64 * 1024;

export const backupHeaderSchema = z.object({
  createdAt: z.string(),
  reason: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  keyFile: keyFileSchema,
  dbBytes: z.number().int().positive(),
  dbSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

function copyChunks(fromFd: number, toFd: number | null, start: number, length: number, hash: ReturnType<typeof createHash>): void {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let position = start;
  let remaining = length;
  while (remaining > 0) {
    const read = readSync(fromFd, buffer, 0, Math.min(CHUNK, remaining), position);
    if (read === 0) throw new ServiceError('BACKUP_INVALID', 'The backup file is shorter than its header says: it is incomplete.');
    const slice = buffer.subarray(0, read);
    hash.update(slice);
    if (toFd !== null) {
      let written = 0;
      while (written < read) written += writeSync(toFd, slice, written, read - written);
    }
    position += read;
    remaining -= read;
  }
}

/** Writes a backup of an open store to `outPath` (never overwriting an existing file). */
export function writeBackup(db: Db, keyFile: KeyFile, outPath: string, reason: string, schemaVersion: number): BackupHeader {
  const snapshot = `${outPath}.snapshot.tmp`;
  const partial = `${outPath}.partial.tmp`;
  try {
    rmSync(snapshot, { force: true });
    db.prepare('VACUUM INTO ?').run(snapshot);
    const hash = createHash('sha256');
    const snapFd = openSync(snapshot, 'r');
    const dbBytes = fstatSync(snapFd).size;
    try {
      copyChunks(snapFd, null, 0, dbBytes, hash);
      const header: BackupHeader = {
        createdAt: new Date().toISOString(),
        reason,
        schemaVersion,
        keyFile,
        dbBytes,
        dbSha256: hash.digest('hex'),
      };
      const outFd = openSync(partial, 'wx', 0o600);
      try {
        const head = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8');
        writeSync(outFd, head);
        copyChunks(snapFd, outFd, 0, dbBytes, createHash('sha256'));
        fsyncSync(outFd);
      } finally {
        closeSync(outFd);
      }
      // Refuse to replace a file that appeared meanwhile: backups are never overwritten.
      try {
        statSync(outPath);
        throw new ServiceError('STORE_EXISTS', `${outPath} already exists; choose another name.`);
      } catch (error) {
        if (error instanceof ServiceError) throw error;
      }
      renameSync(partial, outPath);
      fsyncFolder(dirname(outPath));
      return header;
    } finally {
      closeSync(snapFd);
    }
  } catch (error) {
    rmSync(partial, { force: true });
    throw toServiceError(error, outPath);
  } finally {
    rmSync(snapshot, { force: true });
  }
}

/** Reads and checks a backup's header without extracting anything. */
export function readBackupHeader(path: string): { header: BackupHeader; dataOffset: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new ServiceError('NOT_FOUND', `There is no backup file at ${path}.`);
    throw toServiceError(error, path);
  }
  try {
    const head = Buffer.alloc(MAX_HEADER);
    const read = readSync(fd, head, 0, MAX_HEADER, 0);
    const text = head.subarray(0, read).toString('utf8');
    const invalid = new ServiceError('BACKUP_INVALID', `${path} is not a Verbatim backup, or its header is damaged.`);
    if (!text.startsWith(MAGIC)) throw invalid;
    const end = text.indexOf('\n', MAGIC.length);
    if (end < 0) throw invalid;
    let json: unknown;
    try {
      json = JSON.parse(text.slice(MAGIC.length, end));
    } catch {
      throw invalid;
    }
    const parsed = backupHeaderSchema.safeParse(json);
    if (!parsed.success) throw invalid;
    const dataOffset = Buffer.byteLength(text.slice(0, end + 1), 'utf8');
    const size = fstatSync(fd).size;
    if (size !== dataOffset + parsed.data.dbBytes) {
      throw new ServiceError('BACKUP_INVALID', `${path} is incomplete or has extra bytes: it does not match its header.`);
    }
    return { header: parsed.data, dataOffset };
  } finally {
    closeSync(fd);
  }
}

/** Extracts the database bytes to `dbOut`, checking their SHA-256 against the header. */
export function extractBackup(path: string, dbOut: string): BackupHeader {
  const { header, dataOffset } = readBackupHeader(path);
  const fromFd = openSync(path, 'r');
  try {
    const toFd = openSync(dbOut, 'wx', 0o600);
    try {
      const hash = createHash('sha256');
      copyChunks(fromFd, toFd, dataOffset, header.dbBytes, hash);
      fsyncSync(toFd);
      if (hash.digest('hex') !== header.dbSha256) {
        throw new ServiceError('BACKUP_INVALID', `${path} has been altered or damaged: its contents do not match their checksum.`);
      }
    } finally {
      closeSync(toFd);
    }
  } catch (error) {
    rmSync(dbOut, { force: true });
    throw toServiceError(error, dbOut);
  } finally {
    closeSync(fromFd);
  }
  return header;
}
