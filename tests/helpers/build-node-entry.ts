/**
 * Bundles a main-process entry (the worker, the harness) with esbuild for a test.
 * The bundle goes under the project's .tmp/ so that it finds node_modules (the
 * native SQLite module stays external, as in the app).
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_BUNDLE_ALIAS } from '../../resources/packaging/node-bundle.mjs';

export async function buildNodeEntry(entry: string, name: string): Promise<string> {
  const root = join(process.cwd(), '.tmp', 'test-build');
  mkdirSync(root, { recursive: true });
  const outfile = join(mkdtempSync(join(root, `${name}-`)), `${name}.cjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', 'playwright-core'],
    alias: NODE_BUNDLE_ALIAS,
    logLevel: 'error',
  });
  return outfile;
}
