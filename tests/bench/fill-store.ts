/**
 * Builds (or reopens) a benchmark store of N stories saved through the real
 * StoryService, so that revisions, the audit chain and the search index are all
 * as the app makes them. Shared by the store and workbench benchmarks.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServices, type Services, type ServicesOptions } from '../../main/core/services';
import type { Db } from '../../main/store/database';
import { compactRecentSearch, tombstonesOf } from '../../main/workbench/recent-search-compaction';
import { story } from '../helpers/story-fixture';
import { makeRandom, storyText } from './story-text';
import { report } from './stats';

export const BENCH_PASSPHRASE = 'benchmark passphrase, long enough';
export const ADMIN_PIN = '2468';

export interface BenchStore {
  services: Services;
  dbPath: string;
  /** Makes the next synthetic story (for timed saves after the fill). */
  next: () => ReturnType<typeof story>;
}

export async function openBenchStore(dir: string, rows: number, options: { reuse: boolean; measureOnly?: boolean } & ServicesOptions): Promise<BenchStore> {
  mkdirSync(resolve(dir), { recursive: true });
  const dbPath = join(resolve(dir), `bench-${rows}.db`);
  const reuse = options.reuse && existsSync(dbPath);
  if (!reuse) {
    for (const suffix of ['', '.keys.json', '-wal', '-shm', '.attempts.json']) rmSync(dbPath + suffix, { force: true });
    rmSync(`${dbPath}.backups`, { recursive: true, force: true });
  }
  const services = createServices(dbPath, options);
  if (reuse) {
    await services.store.unlock(BENCH_PASSPHRASE);
    const admin = services.users.list().find((u) => u.role === 'admin')!;
    await services.users.signIn(admin.id, ADMIN_PIN);
  } else {
    const started = performance.now();
    await services.store.create('Benchmark Healthwatch', BENCH_PASSPHRASE);
    report('store.create', { ms: Math.round(performance.now() - started) });
    await services.users.createFirst('Bench Admin', ADMIN_PIN);
  }
  // A new event every 10,000 stories: each save counts its event's stories, and one event
  // holding a tenth of a million stories made the fill slow for no realism.
  const events = new Map<number, string>();
  const eventFor = (n: number) => {
    const block = Math.floor(n / 10_000);
    let id = events.get(block);
    if (!id) {
      id = services.events.create({ name: `Benchmark event ${block + 1}`, heldOn: '2026-11-20', place: 'Hall', partner: null }).id;
      events.set(block, id);
    }
    return id;
  };
  const serviceIds = services.register.list(false).map((s) => s.id);
  const random = makeRandom(42);
  const texts = Array.from({ length: 20_000 }, () => storyText(random));
  let n = 0;
  const next = () => {
    n += 1;
    return story({
      text: texts[n % texts.length]!,
      heardOn: `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      eventId: n % 10 === 0 ? eventFor(n) : null,
      channel: (['community-event', 'phone', 'drop-in', 'online-form'] as const)[n % 4],
      language: n % 20 === 0 ? 'Bengali' : 'English',
      serviceIds: [serviceIds[n % serviceIds.length]!],
      equality: n % 3 === 0 ? { ageBand: '35-44', sex: 'female' } : {},
      consent: { keep: true, share: n % 3 !== 0, quote: false, contact: false },
      safeguarding: { flagged: n % 97 === 0, action: null, actionBy: null },
    });
  };
  // A reused store that an interrupted run left short is topped up to N (unless only measuring).
  const missing = rows - (services.store.counts().stories ?? 0);
  if (missing > 0 && !options.measureOnly) {
    const db = services.store.requireDb();
    const started = performance.now();
    const batch = db.transaction((count: number) => {
      for (let i = 0; i < count; i++) services.stories.save(next());
    });
    for (let done = 0; done < missing; done += 10_000) batch(Math.min(10_000, missing - done));
    const seconds = (performance.now() - started) / 1000;
    report('store.insert.batched', { stories: missing, seconds: Math.round(seconds), storiesPerSecond: Math.round(missing / seconds) });
  }
  if (!options.measureOnly) mergeAsTheWorkerWould(services.store.requireDb());
  return { services, dbPath, next };
}

/** The recent search indexes as the app's worker leaves them once requests pause: their tombstones merged away (timed, step by step). */
function mergeAsTheWorkerWould(db: Db): void {
  const tombstones = { words: tombstonesOf(db, 'story_recent_fts'), anonymised: tombstonesOf(db, 'story_recent_redacted_fts') };
  const steps: number[] = [];
  for (;;) {
    const started = performance.now();
    if (!compactRecentSearch(db)) break;
    steps.push(performance.now() - started);
  }
  if (steps.length === 0) return;
  const sorted = [...steps].sort((a, b) => a - b);
  report('store.recent-search-merge', {
    tombstones,
    steps: steps.length,
    seconds: Math.round(steps.reduce((sum, ms) => sum + ms, 0) / 100) / 10,
    stepMsP50: Math.round(sorted[Math.floor(sorted.length / 2)]!),
    stepMsMax: Math.round(sorted.at(-1)!),
  });
}

/**
 * Volunteers search the checked, anonymised words: every story without them is given
 * them (untimed), as checks would leave them. The synthetic words name nobody, so they
 * are the words themselves.
 */
export function giveAnonymisedWords(db: Db): void {
  const unchecked = db.prepare('SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_redactions x WHERE x.story_id = s.id)').pluck().get() as number;
  if (unchecked === 0) return;
  const started = performance.now();
  db.transaction(() => {
    db.exec(`CREATE TEMP TABLE unchecked AS SELECT s.seq, s.id, r.revision, r.text FROM stories s
               JOIN story_revisions r ON r.story_id = s.id AND r.revision = s.current_revision
              WHERE NOT EXISTS (SELECT 1 FROM story_redactions x WHERE x.story_id = s.id);
             INSERT INTO story_redactions (story_id, revision, text) SELECT id, revision, text FROM temp.unchecked;
             INSERT INTO story_redacted_fts (rowid, text) SELECT seq, text FROM temp.unchecked;
             DROP TABLE temp.unchecked;`);
  })();
  report('workbench.setup.anonymised-words', { stories: unchecked, seconds: Math.round((performance.now() - started) / 1000) });
}
