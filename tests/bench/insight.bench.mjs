// Runs the Insight benchmark (tests/bench/insight-bench.ts) bundled as the app bundles its
// worker (resources/packaging/node-bundle.mjs): tsx's CommonJS cannot load Vega's Node canvas module.
//   node tests/bench/insight.bench.mjs --rows 1000000 --dir /work/bench-insight --reuse --measure-only
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { NODE_BUNDLE_ALIAS } from '../../resources/packaging/node-bundle.mjs';

const outfile = '.tmp/bench/insight-bench.cjs';
await build({
  entryPoints: ['tests/bench/insight-bench.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3-multiple-ciphers', 'playwright-core'],
  alias: NODE_BUNDLE_ALIAS,
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
