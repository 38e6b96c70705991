// Runs a benchmark bundled as the app bundles its worker (resources/packaging/node-bundle.mjs):
// tsx's CommonJS cannot load Vega's Node canvas module, which the services reach through Insight.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { NODE_BUNDLE_ALIAS } from '../../resources/packaging/node-bundle.mjs';

/** Bundles tests/bench/<name>.ts, runs it with this process's arguments, and exits with its status. */
export async function runBundled(name) {
  const outfile = `.tmp/bench/${name}.cjs`;
  await build({
    entryPoints: [`tests/bench/${name}.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', 'playwright-core', 'esbuild'],
    alias: NODE_BUNDLE_ALIAS,
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
