// Builds every part of Verbatim: `node build.config.mjs <cli|app|web|all>`.
//   cli  dist/cli/verbatim.cjs            the `verbatim` command (plain Node)
//   app  dist/main/{shell,preload,db-worker}.cjs and dist/renderer/   (what gets packaged)
//   web  dist/web/{harness.cjs,db-worker.cjs,bridge.js} and the app's renderer (never packaged;
//        its worker is the app's with a clock the end-to-end tests can move)
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { NODE_BUNDLE_ALIAS } from './resources/packaging/node-bundle.mjs';

const target = process.argv[2] ?? 'all';
// pg's optional native binding is never used (Verbatim uses the pure JavaScript client).
const native = ['better-sqlite3-multiple-ciphers', 'pg-native'];
const node = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'linked', logLevel: 'warning', external: native, alias: NODE_BUNDLE_ALIAS };

const cli = () => esbuild({ ...node, entryPoints: ['main/cli/index.ts'], outfile: 'dist/cli/verbatim.cjs' });
const worker = () => esbuild({ ...node, entryPoints: ['main/worker/db-worker.ts'], outfile: 'dist/main/db-worker.cjs' });
const shell = () => esbuild({ ...node, entryPoints: ['main/shell/main.ts'], outfile: 'dist/main/shell.cjs', external: [...native, 'electron'] });
// A sandboxed preload may only require electron: everything else is bundled into one file.
const preload = () => esbuild({ ...node, entryPoints: ['main/preload/preload.ts'], outfile: 'dist/main/preload.cjs', external: ['electron'], sourcemap: false, minify: true });
const renderer = () => viteBuild({ configFile: 'vite.config.mts', logLevel: 'warn' });
// playwright-core prints the harness's reports; it stays a package beside the harness (never packaged).
const harness = () => esbuild({ ...node, entryPoints: ['main/web/harness.ts'], outfile: 'dist/web/harness.cjs', external: [...native, 'playwright-core'] });
const harnessWorker = () => esbuild({ ...node, entryPoints: ['main/web/harness-worker.ts'], outfile: 'dist/web/db-worker.cjs' });
const bridge = () => esbuild({ bundle: true, platform: 'browser', format: 'iife', target: 'chrome120', logLevel: 'warning', entryPoints: ['main/web/bridge.ts'], outfile: 'dist/web/bridge.js' });

const steps = {
  cli: [cli],
  app: [worker, shell, preload, renderer],
  web: [harnessWorker, renderer, harness, bridge],
  all: [cli, worker, shell, preload, renderer, harness, harnessWorker, bridge],
};
if (!steps[target]) {
  console.error(`build.config.mjs: unknown target "${target}" (cli, app, web, all)`);
  process.exit(2);
}
const started = Date.now();
await Promise.all(steps[target].map((step) => step()));
if (target !== 'cli') console.log(`built ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
