/**
 * Store and capture benchmark (issues 2 and 3), over a store of N real stories:
 *   - bulk insert rate (stories a second, 10,000 per transaction, through StoryService)
 *   - saving one story, durably (synchronous=FULL, one transaction), with N stored: p50/p99
 *   - unlock time (scrypt + read-only verify + open) and the page-by-page check
 * Run: npx tsx tests/bench/store.bench.ts [--rows 1000000] [--dir .tmp/bench] [--reuse]
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BENCH_PASSPHRASE, openBenchStore } from './fill-store';
import { report, summarise } from './stats';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rows: { type: 'string', default: '1000000' }, dir: { type: 'string', default: '.tmp/bench' }, reuse: { type: 'boolean', default: false }, 'measure-only': { type: 'boolean', default: false } },
  });
  const rows = Number(values.rows);
  const { services, dbPath, next } = await openBenchStore(values.dir, rows, { reuse: values.reuse, measureOnly: values['measure-only'], checkpointWhenIdle: true });
  const stored = services.store.counts().stories ?? 0;

  // What an outreach worker waits for: one story, its own transaction, durable on return.
  // In the app the WAL is checkpointed in the pause before the next story is typed
  // (StoreService.requestFinished); here that pause is the untimed checkpoint() call.
  // A fresh event, as at a real community event (tens of stories, not the fill's thousands).
  const event = services.events.create({ name: 'Timed event', heldOn: '2025-11-20', place: 'Hall', partner: null });
  services.store.checkpoint();
  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const input = { ...next(), eventId: i % 10 === 0 ? event.id : null };
    const start = performance.now();
    services.stories.save(input);
    samples.push(performance.now() - start);
    services.store.checkpoint();
  }
  const db = services.store.requireDb();
  report('capture.save-story', { withStoriesStored: stored, synchronous: db.pragma('synchronous', { simple: true }), ...summarise(samples) });

  services.store.lock();
  report('store.size', { stories: stored + 1000, megabytes: Math.round(statSync(dbPath).size / 1e6) });

  const unlocks: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await services.store.unlock(BENCH_PASSPHRASE);
    unlocks.push(performance.now() - start);
    services.store.lock();
  }
  report('store.unlock', { withStoriesStored: stored, note: 'scrypt + read-only verify + open; the page check runs after, on its own thread', ...summarise(unlocks) });

  // The page-by-page check the app runs on a separate thread after each unlock.
  await services.store.unlock(BENCH_PASSPHRASE);
  const started = performance.now();
  const problem = services.store.integrityProblem();
  report('store.quick_check', { withStoriesStored: stored, ms: Math.round(performance.now() - started), result: problem ?? 'ok' });
  services.store.lock();
}

void main();
