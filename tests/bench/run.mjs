// Runs every benchmark (or those named) and prints their JSON lines:
//   npm run bench                        all, at the scales the brief names
//   npm run bench -- store --rows 20000  one, smaller, for a quick look
// *.bench.ts run bundled over the services (bundled.mjs); *.bench.mjs drive the built app in
// Chromium through the web harness (built first).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { runBundled } from './bundled.mjs';

const [only, ...rest] = process.argv.slice(2);
const named = only && !only.startsWith('-') ? only : null;
const extra = named ? rest : process.argv.slice(2);
const benches = readdirSync('tests/bench')
  .filter((file) => /\.bench\.(ts|mjs)$/.test(file))
  .filter((file) => !named || file.startsWith(`${named}.`));
console.log(`machine: ${process.platform} ${process.arch}, node ${process.version}`);
if (benches.some((file) => file.endsWith('.mjs'))) spawnSync('node', ['build.config.mjs', 'web'], { stdio: 'inherit' });
let failed = 0;
for (const file of benches) {
  console.log(`# ${file}`);
  const status = file.endsWith('.ts') ? await runBundled(`tests/bench/${file}`, extra) : spawnSync('node', [`tests/bench/${file}`, ...extra], { stdio: 'inherit' }).status;
  if (status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
