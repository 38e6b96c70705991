/** Fresh folders and stores for tests, removed afterwards. */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const folders: string[] = [];

export function tempFolder(prefix = 'verbatim-test-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

export const sha256File = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

export const PASSPHRASE = 'correct horse battery staple';
export const ORGANISATION = 'Healthwatch Testshire';

/**
 * A folder nobody can write to. As root, permissions do not stop writes, so a
 * read-only tmpfs is mounted instead; elsewhere the folder is made 0555.
 */
export function readOnlyFolder(): { path: string; release: () => void } {
  const path = tempFolder('verbatim-ro-');
  if (process.getuid?.() === 0) {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', path]);
    return { path, release: () => execFileSync('umount', [path]) };
  }
  chmodSync(path, 0o555);
  return { path, release: () => chmodSync(path, 0o755) };
}
