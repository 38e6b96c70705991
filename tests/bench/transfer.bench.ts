/**
 * Transfer benchmark (issue 6): a field store of N stories (saved through the real
 * StoryService) written to a transfer file, then brought into an empty office
 * store and brought in again (every story unchanged), all through the real path:
 * the database worker, the job runner, polled to the end. Reports each step's
 * time, the slowest job-status answer, and the main thread's longest event-loop
 * delay while the worker does the work.
 * Run: node tests/bench/bundled.mjs tests/bench/transfer.bench.ts [--rows 100000] [--dir .tmp/bench-transfer] [--reuse]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createServices } from '../../main/core/services';
import { createRouter } from '../../main/ipc/router';
import { workerBackend } from '../../main/worker/worker-backend';
import type { Method } from '../../shared/ipc/contract';
import type { JobStatus } from '../../shared/jobs/schemas';
import { transferExportResultSchema, transferReportSchema } from '../../shared/transfer/schemas';
import { buildNodeEntry } from '../helpers/build-node-entry';
import { BENCH_PASSPHRASE, openBenchStore } from './fill-store';
import { report } from './stats';

const BUNDLE_PASSPHRASE = 'transfer benchmark passphrase';
const PIN = '2468';

type Call = <T>(method: Method, request: unknown) => Promise<T>;

/** Opens a store in the database worker, signed in as its administrator. */
async function workerFor(script: string, dbPath: string, adminId: string) {
  const backend = workerBackend(script, { dbPath });
  const router = createRouter(backend);
  const call: Call = async (method, request) => {
    const answer = await router.handle(method, request);
    if (!answer.ok) throw new Error(`${method}: ${answer.code} ${answer.message}`);
    return answer.value as never;
  };
  await call('unlockStore', { passphrase: BENCH_PASSPHRASE });
  await call('signIn', { userId: adminId, pin: PIN });
  return { backend, call };
}

/** Runs `work` while measuring the main thread's event-loop delay. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number; maxDelayMs: number; p99DelayMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  // The whole process's CPU time: the worker thread's and the main thread's.
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  delay.disable();
  return {
    value,
    seconds,
    cpuSeconds: Math.round((used.user + used.system) / 1e5) / 10,
    maxDelayMs: Math.round(delay.max / 1e6),
    p99DelayMs: Math.round(delay.percentile(99) / 1e6),
  };
}

/** Starts a job and polls it to the end, recording how long each status answer took. */
async function runJob(call: Call, start: Method, request: unknown): Promise<{ status: JobStatus; slowestStatusMs: number }> {
  const { jobId } = await call<{ jobId: string }>(start, request);
  let slowest = 0;
  for (;;) {
    const asked = performance.now();
    const status = await call<JobStatus>('getJobStatus', { jobId });
    slowest = Math.max(slowest, performance.now() - asked);
    if (status.state === 'failed') throw new Error(`${start}: ${status.code} ${status.message}`);
    if (status.state !== 'running') return { status, slowestStatusMs: Math.round(slowest) };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, dir: { type: 'string', default: '.tmp/bench-transfer' }, reuse: { type: 'boolean', default: false } } });
  const rows = Number(values.rows);
  const field = await openBenchStore(values.dir, rows, { reuse: values.reuse });
  const fieldAdmin = field.services.users.signedIn!.id;
  field.services.store.lock();

  const out = mkdtempSync(join(tmpdir(), 'verbatim-transfer-bench-'));
  const script = await buildNodeEntry('main/worker/db-worker.ts', 'db-worker');
  try {
    const officePath = join(out, 'office.db');
    const office = createServices(officePath);
    await office.store.create('Benchmark office', BENCH_PASSPHRASE);
    const officeAdmin = (await office.users.createFirst('Office Admin', PIN)).user!.id;
    office.store.lock();

    // The same measure with nothing running, for comparison on a shared machine.
    const idle = await measured(() => new Promise((resolve) => setTimeout(resolve, 3000)));
    report('transfer.idle', { mainThreadMaxEventLoopDelayMs: idle.maxDelayMs, mainThreadP99EventLoopDelayMs: idle.p99DelayMs });

    const path = join(out, 'field.vtransfer');
    const fieldWorker = await workerFor(script, field.dbPath, fieldAdmin);
    try {
      const written = await measured(() => runJob(fieldWorker.call, 'startTransferExport', { path, passphrase: BUNDLE_PASSPHRASE, since: null }));
      const result = transferExportResultSchema.parse(written.value.status.state === 'done' ? written.value.status.result : null);
      report('transfer.export', {
        stories: result.counts.stories,
        seconds: written.seconds,
        cpuSeconds: written.cpuSeconds,
        fileMB: Math.round(statSync(path).size / 1e5) / 10,
        mainThreadMaxEventLoopDelayMs: written.maxDelayMs,
        mainThreadP99EventLoopDelayMs: written.p99DelayMs,
        slowestJobStatusAnswerMs: written.value.slowestStatusMs,
      });
    } finally {
      await fieldWorker.backend.close();
    }

    const officeWorker = await workerFor(script, officePath, officeAdmin);
    try {
      const previewed = await measured(() => runJob(officeWorker.call, 'startTransferPreview', { path, passphrase: BUNDLE_PASSPHRASE }));
      const previewStatus = previewed.value.status;
      report('transfer.preview.empty-store', {
        seconds: previewed.seconds,
        cpuSeconds: previewed.cpuSeconds,
        stories: transferReportSchema.parse(previewStatus.state === 'done' ? previewStatus.result : null).stories,
        mainThreadMaxEventLoopDelayMs: previewed.maxDelayMs,
        slowestJobStatusAnswerMs: previewed.value.slowestStatusMs,
      });
      for (const into of ['empty-store', 'store-that-has-them'] as const) {
        const imported = await measured(() => runJob(officeWorker.call, 'startTransferImport', { path, passphrase: BUNDLE_PASSPHRASE }));
        const status = imported.value.status;
        const outcome = transferReportSchema.parse(status.state === 'done' ? status.result : null);
        report(`transfer.import.${into}`, {
          stories: outcome.stories,
          seconds: imported.seconds,
          cpuSeconds: imported.cpuSeconds,
          loadAverage: loadavg().map((n) => n.toFixed(2)).join(' '),
          mainThreadMaxEventLoopDelayMs: imported.maxDelayMs,
          mainThreadP99EventLoopDelayMs: imported.p99DelayMs,
          slowestJobStatusAnswerMs: imported.value.slowestStatusMs,
        });
      }
    } finally {
      await officeWorker.backend.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

void main();
