// Runs the Insight benchmark (tests/bench/insight-bench.ts) bundled as the app bundles its
// worker: Vega's Node build of vega-canvas holds a top-level await that tsx's CommonJS cannot
// load, so the same esbuild alias as build.config.mjs applies here.
//   node tests/bench/insight.bench.mjs --rows 1000000 --dir /work/bench-insight --reuse --measure-only
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const outfile = '.tmp/bench/insight-bench.cjs';
await build({
  entryPoints: ['tests/bench/insight-bench.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3-multiple-ciphers', 'playwright-core'],
  alias: { 'vega-canvas': './node_modules/vega-canvas/build/vega-canvas.browser.js' },
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
