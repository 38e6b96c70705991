/**
 * `verbatim add` benchmark (issue 3): stories a second when adding a JSON Lines
 * file of N stories of about 150 words, through the built command, all in one
 * transaction as the command does.
 * Run: npx tsx tests/bench/add.bench.ts [--stories 100000] [--dir .tmp/bench]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeRandom, storyText } from './story-text';
import { report } from './stats';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { stories: { type: 'string', default: '100000' }, dir: { type: 'string', default: '.tmp/bench' } } });
  const count = Number(values.stories);
  const dir = resolve(values.dir);
  mkdirSync(dir, { recursive: true });
  execFileSync('node', ['build.config.mjs', 'cli']);

  const file = join(dir, `add-${count}.jsonl`);
  const out = createWriteStream(file);
  const random = makeRandom(7);
  for (let i = 0; i < count; i++) {
    const line = JSON.stringify({ id: `bench-${i}`, text: storyText(random), heardOn: '2026-10-01', consent: { keep: true, share: i % 2 === 0, quote: false, contact: false } });
    if (!out.write(`${line}\n`)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  await new Promise<void>((done) => out.end(() => done()));

  const db = join(dir, 'add-bench.db');
  for (const suffix of ['', '.keys.json', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const env = { ...process.env, VERBATIM_PASSPHRASE: 'benchmark passphrase, long enough' };
  const bin = 'main/cli/bin/verbatim.cjs';
  execFileSync('node', [bin, 'init', '--db', db], { env, stdio: 'ignore' });
  const started = performance.now();
  const run = spawnSync('node', [bin, 'add', '--db', db, '--in', file], { env, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(run.stderr);
  report('cli.add', { stories: count, seconds: Math.round(seconds * 10) / 10, storiesPerSecond: Math.round(count / seconds), note: 'whole command: start, unlock (scrypt), parse, validate, save, commit' });
}

void main();
