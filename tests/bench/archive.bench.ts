/**
 * Whole-store archive benchmark (issue 6): a store of N stories (saved through the
 * real StoryService, with a correction on every tenth, untimed) archived through
 * ArchiveService.exportArchive with a job context, as the app's job runner runs it
 * in the database worker. Reports the time (reading the tables, then writing the
 * signed zip), the file size and rows, and the longest the event loop was held
 * (perf_hooks), which is how long a status poll or Cancel could wait.
 * Run: npx tsx tests/bench/archive.bench.ts [--rows 100000] [--dir .tmp/bench-archive] [--reuse]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createJobContext } from '../../main/jobs/job-context';
import { BENCH_PASSPHRASE, openBenchStore } from './fill-store';
import { report } from './stats';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, dir: { type: 'string', default: '.tmp/bench-archive' }, reuse: { type: 'boolean', default: false } } });
  const rows = Number(values.rows);
  const { services } = await openBenchStore(values.dir, rows, { reuse: values.reuse });
  const db = services.store.requireDb();
  if ((db.prepare('SELECT count(*) FROM story_revisions WHERE revision = 2').pluck().get() as number) === 0) {
    const ids = db.prepare('SELECT id FROM stories WHERE seq % 10 = 0').pluck().all() as string[];
    const started = performance.now();
    db.transaction(() => {
      for (const id of ids) services.stories.revise(id, `${services.stories.get(id).text} (corrected)`, 'Benchmark correction');
    })();
    report('archive.setup', { corrected: ids.length, seconds: Math.round((performance.now() - started) / 1000) });
  }

  const out = mkdtempSync(join(tmpdir(), 'verbatim-bench-archive-'));
  const path = join(out, 'archive.zip');
  let writingFrom = 0;
  const context = createJobContext((_done, _total, phase) => {
    if (phase === 'writing' && writingFrom === 0) writingFrom = performance.now();
  });
  const held = monitorEventLoopDelay({ resolution: 10 });
  held.enable();
  const started = performance.now();
  const result = await services.archive.exportArchive({ outPath: path, passphrase: BENCH_PASSPHRASE, understood: true }, context);
  const finished = performance.now();
  held.disable();
  report('archive.export', {
    stories: rows,
    seconds: Math.round((finished - started) / 100) / 10,
    readingSeconds: Math.round((writingFrom - started) / 100) / 10,
    writingSeconds: Math.round((finished - writingFrom) / 100) / 10,
    megabytes: Math.round(statSync(path).size / 1e5) / 10,
    tables: result.tables,
    rows: result.rows,
    longestEventLoopHoldMs: Math.round(held.max / 1e6),
    p99EventLoopHoldMs: Math.round(held.percentile(99) / 1e6),
  });
  rmSync(out, { recursive: true, force: true });
  services.store.lock();
}

void main();
