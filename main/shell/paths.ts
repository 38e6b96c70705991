/**
 * Where the encrypted store lives: `<userData>/verbatim.db`, unless the app was
 * started with `--db PATH` (or `--db=PATH`), which staff use to open a store on
 * an encrypted USB stick or a test copy.
 */
import { join, resolve } from 'node:path';

export const DEFAULT_DB_FILE = 'verbatim.db';

export function dbPathArgument(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--db') {
      const next = argv[index + 1];
      return next && !next.startsWith('--') ? next : undefined;
    }
    if (arg.startsWith('--db=')) return arg.slice('--db='.length) || undefined;
  }
  return undefined;
}

export function resolveDbPath(argv: readonly string[], userDataDir: string): string {
  const chosen = dbPathArgument(argv);
  return chosen ? resolve(chosen) : join(userDataDir, DEFAULT_DB_FILE);
}
