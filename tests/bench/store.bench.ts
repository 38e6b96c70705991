/**
 * Store and capture benchmark (issues 2 and 3), over a store of N real stories
 * saved through the real StoryService (revisions, audit chain and all):
 *   - bulk insert rate (stories a second, 10,000 per transaction)
 *   - saving one story, durably (synchronous=FULL, one transaction), with N stored: p50/p99
 *   - unlock time (scrypt + read-only verify + open) and the background quick_check
 * Run: npx tsx tests/bench/store.bench.ts [--rows 1000000] [--dir .tmp/bench]
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServices } from '../../main/core/services';
import { story } from '../helpers/story-fixture';
import { makeRandom, storyText } from './story-text';
import { report, summarise } from './stats';

const PASSPHRASE = 'benchmark passphrase, long enough';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, dir: { type: 'string', default: '.tmp/bench' } } });
  const rows = Number(values.rows);
  const dir = resolve(values.dir);
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, 'store-bench.db');
  for (const suffix of ['', '.keys.json', '-wal', '-shm', '.attempts.json']) rmSync(dbPath + suffix, { force: true });
  rmSync(`${dbPath}.backups`, { recursive: true, force: true });

  const services = createServices(dbPath, { checkpointWhenIdle: true });
  let t = performance.now();
  await services.store.create('Benchmark Healthwatch', PASSPHRASE);
  report('store.create', { ms: Math.round(performance.now() - t) });
  await services.users.createFirst('Bench Admin', '2468');
  const event = services.events.create({ name: 'Benchmark event', heldOn: '2026-11-20', place: 'Hall', partner: null });
  const serviceIds = services.register.list(false).map((s) => s.id);

  const random = makeRandom(42);
  const texts = Array.from({ length: 5000 }, () => storyText(random));
  let n = 0;
  const next = () => {
    n += 1;
    return story({
      text: texts[n % texts.length]!,
      heardOn: `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      eventId: n % 10 === 0 ? event.id : null,
      serviceIds: [serviceIds[n % serviceIds.length]!],
      equality: n % 3 === 0 ? { ageBand: '35-44', sex: 'female' } : {},
      safeguarding: { flagged: n % 97 === 0, action: null, actionBy: null },
    });
  };

  const db = services.store.requireDb();
  t = performance.now();
  const batch = db.transaction((count: number) => {
    for (let i = 0; i < count; i++) services.stories.save(next());
  });
  for (let done = 0; done < rows; done += 10_000) batch(Math.min(10_000, rows - done));
  const seconds = (performance.now() - t) / 1000;
  report('store.insert.batched', { stories: rows, seconds: Math.round(seconds), storiesPerSecond: Math.round(rows / seconds) });

  // What an outreach worker waits for: one story, its own transaction, durable on return.
  // In the app the WAL is checkpointed in the pause before the next story is typed
  // (StoreService.requestFinished); here that pause is the untimed checkpoint() call.
  services.store.checkpoint();
  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const input = next();
    const start = performance.now();
    services.stories.save(input);
    samples.push(performance.now() - start);
    services.store.checkpoint();
  }
  report('capture.save-story', { withStoriesStored: rows, synchronous: db.pragma('synchronous', { simple: true }), ...summarise(samples) });

  services.store.lock();
  report('store.size', { stories: n, megabytes: Math.round(statSync(dbPath).size / 1e6) });

  const unlocks: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await services.store.unlock(PASSPHRASE);
    unlocks.push(performance.now() - start);
    services.store.lock();
  }
  report('store.unlock', { withStoriesStored: n, note: 'scrypt + read-only verify + open; the page check runs after, on its own thread', ...summarise(unlocks) });

  // The page-by-page check the app runs on a separate thread after each unlock.
  await services.store.unlock(PASSPHRASE);
  t = performance.now();
  const problem = services.store.integrityProblem();
  report('store.quick_check', { withStoriesStored: n, ms: Math.round(performance.now() - t), result: problem ?? 'ok' });
  services.store.lock();
}

void main();
