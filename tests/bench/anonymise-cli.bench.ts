/**
 * `verbatim anonymise` as a whole process (start-up, reading, detection, writing) on 30,000
 * synthetic stories of the lengths staff paste in (`anonymise-stories.ts`, about 95 words
 * on average): `npx tsx tests/bench/anonymise-cli.bench.ts [--stories N]`. Needs the CLI
 * built (`node build.config.mjs cli`). Prints one JSON line with stories a second, the
 * wall and CPU seconds of the child process, and its peak RSS (from /usr/bin/time when
 * the machine has it). Target: at least 5,000 stories a second on one core.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { faker } from '@faker-js/faker';
import { story, storyLength } from './anonymise-stories';

const flag = process.argv.indexOf('--stories');
const STORIES = flag > 0 ? Number(process.argv[flag + 1]) : 30000;
const CLI = join(process.cwd(), 'dist/cli/verbatim.cjs');
if (!existsSync(CLI)) throw new Error('build the CLI first: node build.config.mjs cli');

faker.seed(20261206);
const dir = mkdtempSync(join(tmpdir(), 'anonymise-cli-bench-'));
try {
  const input = join(dir, 'in.jsonl');
  const output = join(dir, 'out.jsonl');
  let words = 0;
  const lines: string[] = [];
  for (let i = 0; i < STORIES; i++) {
    const text = story(storyLength());
    words += text.split(/\s+/).length;
    lines.push(JSON.stringify({ id: `s${i}`, text }));
  }
  writeFileSync(input, `${lines.join('\n')}\n`);
  const timed = existsSync('/usr/bin/time');
  const command = timed ? '/usr/bin/time' : process.execPath;
  const args = [...(timed ? ['-f', '%e %U %S %M', process.execPath] : []), CLI, 'anonymise', '--in', input, '--out', output];
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`verbatim anonymise failed: ${run.stderr}`);
  const [, user, system, maxKb] = timed ? (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
  const spans = readFileSync(output, 'utf8').split('\n').filter(Boolean).reduce((acc, line) => acc + (JSON.parse(line) as { spans: unknown[] }).spans.length, 0);
  if (spans === 0) throw new Error('the CLI masked nothing: the engine is broken');
  console.log(
    JSON.stringify({
      bench: 'anonymise-cli',
      stories: STORIES,
      wordsPerStory: Math.round(words / STORIES),
      storiesPerSecond: Math.round(STORIES / seconds),
      wallSeconds: Number(seconds.toFixed(2)),
      cpuSeconds: user !== undefined && system !== undefined ? Number((user + system).toFixed(2)) : null,
      peakRssMb: maxKb ? Math.round(maxKb / 1024) : null,
      loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
