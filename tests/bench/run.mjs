// Runs every benchmark (or those named) and prints their JSON lines:
//   npm run bench                       all, at the scales the brief names
//   npm run bench -- store --rows 20000 one, smaller, for a quick look
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const [only, ...rest] = process.argv.slice(2);
const benches = readdirSync('tests/bench')
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => !only || only.startsWith('-') || file.startsWith(`${only}.`));
const extra = only?.startsWith('-') ? [only, ...rest] : rest;
console.log(`machine: ${process.platform} ${process.arch}, node ${process.version}`);
let failed = 0;
for (const file of benches) {
  console.log(`# ${file}`);
  const run = spawnSync('npx', ['tsx', `tests/bench/${file}`, ...extra], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
