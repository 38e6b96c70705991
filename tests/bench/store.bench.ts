/**
 * Store benchmark (issue 2): unlock time, open time of a store holding N rows of a
 * story-like table, and insert rates (batched, and one durable write at a time).
 * Run: npx tsx tests/bench/store.bench.ts [--rows 1000000] [--dir PATH]
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StoreService } from '../../main/store/store-service';
import { quickCheck } from '../../main/store/database';
import { makeRandom, storyText } from './story-text';
import { report, summarise } from './stats';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, dir: { type: 'string', default: '.tmp/bench' } } });
  const rows = Number(values.rows);
  const dir = resolve(values.dir);
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, 'store-bench.db');
  for (const suffix of ['', '.keys.json', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  rmSync(`${dbPath}.backups`, { recursive: true, force: true });

  const passphrase = 'benchmark passphrase, long enough';
  const store = new StoreService(dbPath);
  let t = performance.now();
  await store.create('Benchmark Healthwatch', passphrase);
  report('store.create', { ms: Math.round(performance.now() - t) });

  // A table shaped like the stories table: verbatim text, its hash, a few indexed columns.
  const db = store.requireDb();
  db.exec(`CREATE TABLE bench_stories (
    id TEXT PRIMARY KEY, text TEXT NOT NULL, sha256 TEXT NOT NULL, heard_on TEXT NOT NULL,
    channel TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL) STRICT;
    CREATE INDEX bench_stories_heard ON bench_stories (heard_on, id);`);
  const insert = db.prepare('INSERT INTO bench_stories VALUES (?, ?, ?, ?, ?, ?, ?)');
  const random = makeRandom(42);
  const texts = Array.from({ length: 2000 }, () => storyText(random));
  const channels = ['community-event', 'phone', 'drop-in', 'online-form'];
  let n = 0;
  const row = () => {
    n += 1;
    const day = String(1 + (n % 28)).padStart(2, '0');
    return [`s${String(n).padStart(9, '0')}`, texts[n % texts.length]!, 'f'.repeat(64), `2026-0${1 + (n % 9)}-${day}`, channels[n % 4]!, 'submitted', new Date().toISOString()];
  };

  t = performance.now();
  const batch = 10_000;
  const insertMany = db.transaction((count: number) => {
    for (let i = 0; i < count; i++) insert.run(...row());
  });
  for (let done = 0; done < rows; done += batch) insertMany(Math.min(batch, rows - done));
  const batchedSeconds = (performance.now() - t) / 1000;
  report('store.insert.batched', { rows, seconds: Math.round(batchedSeconds * 10) / 10, rowsPerSecond: Math.round(rows / batchedSeconds) });

  // One row per transaction, synchronous=FULL: what saving a single story costs.
  const single: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = performance.now();
    insert.run(...row());
    single.push(performance.now() - start);
  }
  report('store.insert.durable-single', { withRowsStored: rows, ...summarise(single) });

  store.lock();
  const sizeBytes = statSync(dbPath).size;
  report('store.size', { rows: n, megabytes: Math.round(sizeBytes / 1e6) });

  const unlocks: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await store.unlock(passphrase);
    unlocks.push(performance.now() - start);
    store.lock();
  }
  report('store.unlock', { withRowsStored: n, note: 'scrypt + read-only verify (quick_check) + open', ...summarise(unlocks) });

  await store.unlock(passphrase);
  t = performance.now();
  const problem = quickCheck(store.requireDb());
  report('store.quick_check', { withRowsStored: n, ms: Math.round(performance.now() - t), ok: problem === null });
  store.lock();
}

void main();
