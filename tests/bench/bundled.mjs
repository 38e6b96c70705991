// Runs a *.bench.ts bundled as the app bundles its worker (resources/packaging/node-bundle.mjs):
// tsx's CommonJS cannot load Vega's Node canvas module, which the services import since issue 12.
//   node tests/bench/bundled.mjs tests/bench/sync.bench.ts --rows 100000 --dir /work/bench/sync100k
// Node's own flags go before the entry: node tests/bench/bundled.mjs --cpu-prof tests/bench/sync.bench.ts ...
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE_ALIAS } from '../../resources/packaging/node-bundle.mjs';

/** Bundles `entry` under .tmp/bench/ and runs it with `args` (and Node's `nodeFlags`); answers its exit status. */
export async function runBundled(entry, args, nodeFlags = []) {
  const outfile = `.tmp/bench/${basename(entry, '.ts')}.cjs`;
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', 'playwright-core', 'esbuild'],
    alias: NODE_BUNDLE_ALIAS,
    logLevel: 'warning',
  });
  return spawnSync(process.execPath, [...nodeFlags, outfile, ...args], { stdio: 'inherit' }).status ?? 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const given = process.argv.slice(2);
  const at = given.findIndex((arg) => arg.endsWith('.ts'));
  process.exit(await runBundled(given[at], given.slice(at + 1), given.slice(0, at)));
}
