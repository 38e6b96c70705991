// Runs a TypeScript benchmark bundled as the app bundles its worker
// (resources/packaging/node-bundle.mjs): since the charts (issue 12), the services import
// Vega, whose Node canvas module tsx's CommonJS cannot load.
//   node tests/bench/bundled.mjs tests/bench/workbench.bench.ts --rows 1000000 --dir /work/bench --reuse
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE_ALIAS } from '../../resources/packaging/node-bundle.mjs';

/** Bundles `entry` into .tmp/bench and runs it with `args`; resolves to its exit status. */
export async function runBundled(entry, args) {
  const outfile = `.tmp/bench/${basename(entry).replace(/\.ts$/, '')}.cjs`;
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', 'playwright-core'],
    alias: NODE_BUNDLE_ALIAS,
    logLevel: 'warning',
  });
  return spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' }).status ?? 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [entry, ...args] = process.argv.slice(2);
  process.exit(await runBundled(entry, args));
}
