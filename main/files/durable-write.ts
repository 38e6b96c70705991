/**
 * Writing small files so that a crash or power cut leaves either the old file or
 * the new one, never half of each: write beside, fsync, rename, fsync the folder.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { toServiceError } from './fs-errors';

export function writeFileDurably(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w', 0o600);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    fsyncFolder(dirname(path));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw toServiceError(error, path);
  }
}

export function fsyncFolder(folder: string): void {
  // Folders cannot be opened for fsync on Windows; the rename is still atomic there.
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
