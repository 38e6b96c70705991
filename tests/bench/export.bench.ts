/**
 * Intelligence export benchmark (issue 6): a store of N approved stories with their
 * masks checked (saved through the real StoryService, then approved, tagged and
 * checked by direct SQL, untimed), exported through the real path: the database
 * worker, the job runner, startIntelligencePreview then startIntelligenceExport, each
 * polled to the end. Reports the preview and export times, the slowest status answer
 * from the worker during each (how long a poll or Cancel can wait), and the main
 * thread's longest event-loop delay (perf_hooks) while the worker runs them.
 * Run: npx tsx tests/bench/export.bench.ts [--rows 100000] [--dir .tmp/bench-export] [--reuse]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createRouter } from '../../main/ipc/router';
import { masksFingerprint } from '../../main/masks/mask-service';
import { workerBackend } from '../../main/worker/worker-backend';
import { intelligencePreviewSchema, intelligenceResultSchema } from '../../shared/export/schemas';
import type { Method } from '../../shared/ipc/contract';
import type { JobStatus } from '../../shared/jobs/schemas';
import type { Mask } from '../../shared/masks/schemas';
import { buildNodeEntry } from '../helpers/build-node-entry';
import { BENCH_PASSPHRASE, openBenchStore } from './fill-store';
import { makeRandom } from './story-text';
import { report } from './stats';

/** Every story approved, shareable and quotable, with demographics, themes, sentiment and one checked mask. */
function prepareStories(services: Awaited<ReturnType<typeof openBenchStore>>['services']): void {
  const db = services.store.requireDb();
  if ((db.prepare('SELECT count(*) FROM story_mask_checks').pluck().get() as number) > 0) return;
  const started = performance.now();
  const admin = services.users.signedIn!.id;
  const random = makeRandom(11);
  const codes = services.codebook.list(false).filter((c) => c.parentId !== null);
  const ages = ['18-24', '25-34', '35-44', '45-54', '55-64', '65-74'];
  const sentiments = ['positive', 'negative', 'neutral', 'mixed'];
  const mark = db.prepare("UPDATE stories SET status = 'approved', consent_share = 1, consent_quote = ?, sentiment = ? WHERE seq = ?");
  const equality = db.prepare('INSERT OR REPLACE INTO story_equality (story_id, answers) VALUES (?, ?)');
  const tag = db.prepare("INSERT OR IGNORE INTO story_tags (story_id, code_id, sentiment, tagged_by, tagged_at) VALUES (?, ?, ?, ?, '2026-11-01')");
  const mask = db.prepare("INSERT INTO story_masks (story_id, revision, start, \"end\", type, origin, confidence, rule) VALUES (?, ?, 0, 4, 'PERSON', 'detected', 'high', 'bench')");
  const check = db.prepare("INSERT INTO story_mask_checks (story_id, revision, text_sha256, masks_sha256, checked_by, checked_at) VALUES (?, ?, ?, ?, ?, '2026-11-01')");
  const fingerprint = masksFingerprint([{ start: 0, end: 4, type: 'PERSON' } as Mask]);
  db.transaction(() => {
    const rows = db.prepare('SELECT s.seq, s.id, s.current_revision AS revision, r.sha256 FROM stories s JOIN story_revisions r ON r.story_id = s.id AND r.revision = s.current_revision').all() as Array<{
      seq: number;
      id: string;
      revision: number;
      sha256: string;
    }>;
    for (const row of rows) {
      mark.run(random() < 0.8 ? 1 : 0, sentiments[Math.floor(random() * 4)], row.seq);
      equality.run(row.id, JSON.stringify({ ageBand: ages[Math.floor(random() * ages.length)], sex: random() < 0.5 ? 'female' : 'male', ethnicity: 'white-other', postcodeDistrict: random() < 0.5 ? 'W9' : 'W2' }));
      for (let i = 0; i < 2; i++) tag.run(row.id, codes[Math.floor(random() * codes.length)]!.id, sentiments[Math.floor(random() * 4)], admin);
      mask.run(row.id, row.revision);
      check.run(row.id, row.revision, row.sha256, fingerprint, admin);
    }
  })();
  report('export.setup', { seconds: Math.round((performance.now() - started) / 1000), note: 'approved, consent, equality, tags, one checked mask each (direct SQL)' });
}

/** Prints the longest event-loop delay it saw, in ms, when told to stop. */
const CONTROL = `const h = require('node:perf_hooks').monitorEventLoopDelay({ resolution: 5 }); h.enable();
process.on('SIGTERM', () => { h.disable(); process.stdout.write(String(Math.round(h.max / 1e6)), () => process.exit(0)); });
setInterval(() => {}, 1000);`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, dir: { type: 'string', default: '.tmp/bench-export' }, reuse: { type: 'boolean', default: false } } });
  const rows = Number(values.rows);
  const bench = await openBenchStore(values.dir, rows, { reuse: values.reuse });
  prepareStories(bench.services);
  const adminId = bench.services.users.signedIn!.id;
  bench.services.store.lock();

  const backend = workerBackend(await buildNodeEntry('main/worker/db-worker.ts', 'db-worker'), { dbPath: bench.dbPath });
  const router = createRouter(backend);
  const call = async <T>(method: Method, request: unknown): Promise<T> => {
    const answer = await router.handle(method, request);
    if (!answer.ok) throw new Error(`${method}: ${answer.code} ${answer.message}`);
    return answer.value as T;
  };
  const out = mkdtempSync(join(tmpdir(), 'verbatim-export-bench-'));
  try {
    await call('unlockStore', { passphrase: BENCH_PASSPHRASE });
    await call('signIn', { userId: adminId, pin: '2468' });
    const request = { profile: 'healthwatch-england', recipient: 'Benchmark ICB', filters: {} };

    // A control on a shared machine: the same measure in a separate, idle Node process
    // during the export. Stalls it sees too come from the machine, not from the export.
    const control = spawn(process.execPath, ['-e', CONTROL], { stdio: ['ignore', 'pipe', 'inherit'] });
    let controlOut = '';
    control.stdout.on('data', (chunk: Buffer) => (controlOut += chunk.toString()));

    /** Polls a job every 100 ms to its end: its final status, and the slowest answer and phase then. */
    const follow = async (jobId: string) => {
      let slowest = { ms: 0, phase: '' };
      for (;;) {
        const asked = performance.now();
        const status = await call<JobStatus>('getJobStatus', { jobId });
        const ms = performance.now() - asked;
        if (ms > slowest.ms) slowest = { ms: Math.round(ms), phase: status.progress.phase };
        if (status.state !== 'running') return { status, slowest };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    let started = performance.now();
    const previewJob = await follow((await call<{ jobId: string }>('startIntelligencePreview', request)).jobId);
    const previewMs = performance.now() - started;
    if (previewJob.status.state !== 'done') throw new Error(`preview ended ${previewJob.status.state}`);
    const preview = intelligencePreviewSchema.parse(previewJob.status.result);

    const path = join(out, 'bundle.zip');
    started = performance.now();
    const { status, slowest } = await follow((await call<{ jobId: string }>('startIntelligenceExport', { request, path })).jobId);
    const exportMs = performance.now() - started;
    delay.disable();
    const controlExit = new Promise((resolve) => control.once('exit', resolve));
    control.kill('SIGTERM');
    await controlExit;
    if (status.state !== 'done') throw new Error(`export ended ${status.state}: ${status.state === 'failed' ? status.message : ''}`);
    const result = intelligenceResultSchema.parse(status.result);
    report('export.intelligence', {
      stories: rows,
      included: result.included,
      leftOut: result.leftOut,
      generalised: preview.generalised,
      previewSeconds: Math.round(previewMs / 100) / 10,
      exportSeconds: Math.round(exportMs / 100) / 10,
      bundleMB: Math.round(statSync(path).size / 1e5) / 10,
      mainThreadMaxEventLoopDelayMs: Math.round(delay.max / 1e6),
      mainThreadP99EventLoopDelayMs: Math.round(delay.percentile(99) / 1e6),
      controlProcessMaxEventLoopDelayMs: Number(controlOut.trim() || NaN),
      previewSlowestStatusAnswer: previewJob.slowest,
      exportSlowestStatusAnswer: slowest,
    });
  } finally {
    await backend.close();
    rmSync(out, { recursive: true, force: true });
  }
}

void main();
