/**
 * Sync benchmark (issue 14): N new stories (default 100,000, saved through the real
 * StoryService) from one office laptop to another through the PostgreSQL server,
 * end to end: the sender's sync (read, seal, push in one server transaction),
 * then the receiver's (fetch, open and check every batch, then merge all in one
 * transaction through the transfer import's merge). In-process, as the command
 * line runs it; reports each side's time, the batches, the bytes on the server and
 * how progress was reported. Needs VERBATIM_TEST_PG_URL (tests/helpers/pg-cluster.sh).
 * Run: node tests/bench/bundled.mjs tests/bench/sync.bench.ts [--rows 100000] [--dir .tmp/bench-sync] [--reuse]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createServices } from '../../main/core/services';
import { createJobContext } from '../../main/jobs/job-context';
import { catchUpRecentSearch } from '../../main/workbench/recent-search-backlog';
import type { SyncServer } from '../../shared/sync/schemas';
import { BENCH_PASSPHRASE, openBenchStore } from './fill-store';
import { report } from './stats';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, dir: { type: 'string', default: '.tmp/bench-sync' }, reuse: { type: 'boolean', default: false } } });
  const rows = Number(values.rows);
  const url = process.env.VERBATIM_TEST_PG_URL;
  if (!url) throw new Error('VERBATIM_TEST_PG_URL is not set: eval "$(tests/helpers/pg-cluster.sh start)" first');
  const where = new URL(url);
  const password = decodeURIComponent(where.password);

  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const database = `verbatim_bench_${randomBytes(5).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const server: SyncServer = { host: where.hostname, port: Number(where.port), database, user: decodeURIComponent(where.username), tls: true, verifyCertificate: true, caFile: process.env.VERBATIM_TEST_PG_CA ?? null };

  const sender = (await openBenchStore(values.dir!, rows, { reuse: values.reuse! })).services;
  sender.sync.saveSettings({ server, password, intervalMinutes: 0 });
  // A reused store is enrolled afresh: the bench database is new, and so is the key.
  sender.store.requireDb().prepare("DELETE FROM settings WHERE key LIKE 'sync\\_%' ESCAPE '\\' AND key NOT IN ('sync_server', 'sync_password', 'sync_interval_minutes')").run();
  const { words } = sender.sync.createKey();

  const folder = mkdtempSync(join(tmpdir(), 'verbatim-bench-sync-'));
  const receiver = createServices(join(folder, 'receiver.db'));
  await receiver.store.create('Benchmark Healthwatch', BENCH_PASSPHRASE);
  await receiver.users.createFirst('Receiving Admin', '2468');
  receiver.sync.saveSettings({ server, password, intervalMinutes: 0 });
  receiver.sync.enrol(words);

  // Each phase's first and last report, and how many there were (ms from that side's start).
  const phases = new Map<string, { firstAtMs: number; lastAtMs: number; reports: number }>();
  const timed = async (who: typeof sender, name: string) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const context = createJobContext((_done, _total, phase) => {
      const atMs = Math.round(performance.now() - started);
      const seen = phases.get(`${name}:${phase}`);
      if (seen) Object.assign(seen, { lastAtMs: atMs, reports: seen.reports + 1 });
      else phases.set(`${name}:${phase}`, { firstAtMs: atMs, lastAtMs: atMs, reports: 1 });
    });
    const counts = await who.sync.run(who.users.require(), context);
    const used = process.cpuUsage(cpu);
    return { ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000), counts };
  };

  const load = loadavg().map((n) => n.toFixed(2)).join(' ');
  const pushed = await timed(sender, 'sender');
  const onServer = new pg.Client({ connectionString: url.replace(/\/[^/?]*(\?|$)/, `/${database}$1`) });
  await onServer.connect();
  const bytes = (await onServer.query('SELECT count(*)::int AS batches, sum(length(blob))::text AS bytes FROM verbatim_sync_batches')).rows[0];
  await onServer.end();
  const pulled = await timed(receiver, 'receiver');
  // What the worker does afterwards in its idle moments, here straight through.
  const catchUpStarted = performance.now();
  let slices = 0;
  while (catchUpRecentSearch(receiver.store.requireDb())) slices += 1;
  const recentIndexCatchUpMs = Math.round(performance.now() - catchUpStarted);
  report('sync.100k', {
    rows,
    loadAverageAtStart: load,
    loadAverageAtEnd: loadavg().map((n) => n.toFixed(2)).join(' '),
    senderMs: pushed.ms,
    senderCpuMs: pushed.cpuMs,
    sent: pushed.counts.sent,
    receiverMs: pulled.ms,
    receiverCpuMs: pulled.cpuMs,
    received: pulled.counts.received,
    applied: pulled.counts.applied,
    totalMs: pushed.ms + pulled.ms,
    serverBatches: bytes.batches,
    serverMiB: Math.round(Number(bytes.bytes) / 1024 / 102.4) / 10,
    stories: receiver.store.requireDb().prepare('SELECT count(*) FROM stories').pluck().get(),
    recentIndexCatchUpMs,
    recentIndexCatchUpSlices: slices + 1,
    phases: Object.fromEntries(phases),
  });
  sender.store.lock();
  receiver.store.lock();
  rmSync(folder, { recursive: true, force: true });
  await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
  await admin.end();
}

void main();
