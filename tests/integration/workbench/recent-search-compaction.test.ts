/**
 * The recent search indexes list every story they let go of as a tombstone, which
 * every search then pays for; the worker merges them away when it is idle. The
 * merge must leave searches finding exactly what they found before, and must not
 * start for a handful of tombstones.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../main/store/database';
import type { Services } from '../../../main/core/services';
import { RecentSearchCatchUp } from '../../../main/workbench/recent-search-backlog';
import { COMPACT_AT_TOMBSTONES, compactRecentSearch, tombstonesOf } from '../../../main/workbench/recent-search-compaction';
import { storeWithPeople } from '../../helpers/capture';
import { searchAll } from '../../helpers/recent-search-index';
import { story } from '../../helpers/story-fixture';

const found = (services: Services, query: string) => searchAll(services, query).sort();

/** Corrects stories one at a time, as staff do: each correction replaces the story's words in the recent index. */
function correct(services: Services, ids: readonly string[], times: number): void {
  for (let i = 0; i < times; i++) {
    const id = ids[i % ids.length]!;
    services.stories.revise(id, `Correction ${i}: the waiting room at the clinic was cold, and the nurse was kind.`, 'Typing error');
  }
}

/**
 * FTS5 merges small segments as it writes, and with them their tombstones; what
 * gathers them in a store in daily use is the large segment it leaves alone until
 * a tenth of its rows are gone (its 'deletemerge' option): 10,000 tombstones at
 * 100,000 stories. A small store's index, merged into one segment and with that
 * tenth raised to all, gathers them in the same way.
 */
function storiesInOneSegment(services: Services, count: number): string[] {
  const ids = services.store
    .requireDb()
    .transaction(() =>
      Array.from({ length: count }, (_, i) => {
        // Words of its own, so that the index spans many pages and merging it takes many steps.
        const own = Array.from({ length: 40 }, (_, word) => `ward${i}bed${word}`).join(' ');
        return services.stories.save(story({ text: `Story ${i}: the waiting room was full. ${own}` })).id;
      }),
    )();
  services.store.requireDb().exec(`INSERT INTO story_recent_fts (story_recent_fts) VALUES ('optimize');
    INSERT INTO story_recent_fts (story_recent_fts, rank) VALUES ('deletemerge', 100)`);
  return ids;
}

describe('reading the tombstones from the structure record of the SQLite Verbatim ships', () => {
  it('counts one per row removed, none once merged, and none in an index that does not keep them', () => {
    const db = new Database(':memory:') as unknown as Db;
    db.exec(`CREATE VIRTUAL TABLE story_recent_fts USING fts5 (text, content = '', contentless_delete = 1);
      INSERT INTO story_recent_fts (story_recent_fts, rank) VALUES ('automerge', 0);
      CREATE VIRTUAL TABLE story_recent_redacted_fts USING fts5 (text, content = '')`);
    for (let row = 1; row <= 300; row++) {
      db.prepare('INSERT INTO story_recent_fts (rowid, text) VALUES (?, ?)').run(row, `words of story ${row}`);
      db.prepare('INSERT INTO story_recent_redacted_fts (rowid, text) VALUES (?, ?)').run(row, `words of story ${row}`);
    }
    expect(tombstonesOf(db, 'story_recent_fts')).toBe(0);
    for (let row = 1; row <= 173; row += 1) db.prepare('DELETE FROM story_recent_fts WHERE rowid = ?').run(row);
    expect(tombstonesOf(db, 'story_recent_fts')).toBe(173);
    expect(tombstonesOf(db, 'story_recent_redacted_fts')).toBe(0);
    db.exec("INSERT INTO story_recent_fts (story_recent_fts) VALUES ('optimize')");
    expect(tombstonesOf(db, 'story_recent_fts')).toBe(0);
    expect(db.prepare("SELECT count(*) FROM story_recent_fts WHERE story_recent_fts MATCH 'words'").pluck().get()).toBe(127);
    db.close();
  });
});

describe('merging away the recent search index tombstones', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts the tombstones corrections leave, and merges them away step by step without changing what searches find', async () => {
    const office = await storeWithPeople();
    const db = office.store.requireDb();
    const ids = storiesInOneSegment(office, COMPACT_AT_TOMBSTONES + 50);
    const untouched = office.stories.save(story({ text: 'The pharmacy ran out of inhalers.' })).id;
    expect(tombstonesOf(db, 'story_recent_fts')).toBe(0);

    correct(office, ids, COMPACT_AT_TOMBSTONES + 20);
    expect(tombstonesOf(db, 'story_recent_fts')).toBeGreaterThanOrEqual(COMPACT_AT_TOMBSTONES);
    const before = { waiting: found(office, 'waiting'), nurse: found(office, 'nurse'), inhalers: found(office, 'inhalers'), full: found(office, 'full') };
    expect(before.nurse).toHaveLength(COMPACT_AT_TOMBSTONES + 20);
    expect(before.inhalers).toEqual([untouched]);
    expect(before.full).toEqual(ids.slice(COMPACT_AT_TOMBSTONES + 20).sort());

    // One page per step, so that the merge takes several and each goes on where the last stopped.
    let steps = 0;
    while (compactRecentSearch(db, 1)) steps += 1;
    expect(steps).toBeGreaterThan(1);
    expect(tombstonesOf(db, 'story_recent_fts')).toBe(0);
    expect({ waiting: found(office, 'waiting'), nurse: found(office, 'nurse'), inhalers: found(office, 'inhalers'), full: found(office, 'full') }).toEqual(before);
    expect(() => db.exec("INSERT INTO story_recent_fts (story_recent_fts, rank) VALUES ('integrity-check', 0)")).not.toThrow();
    // Nothing left to do: the next idle moment costs nothing.
    expect(compactRecentSearch(db)).toBe(false);
  }, 60_000);

  it(`leaves an index alone until it has gathered ${COMPACT_AT_TOMBSTONES} tombstones`, async () => {
    const office = await storeWithPeople();
    const db = office.store.requireDb();
    correct(office, storiesInOneSegment(office, COMPACT_AT_TOMBSTONES + 50), COMPACT_AT_TOMBSTONES - 1);
    const structure = () => db.prepare('SELECT block FROM story_recent_fts_data WHERE id = 10').pluck().get() as Buffer;
    const unmerged = structure();
    expect(compactRecentSearch(db)).toBe(false);
    expect(structure()).toEqual(unmerged);
    expect(tombstonesOf(db, 'story_recent_fts')).toBeGreaterThan(COMPACT_AT_TOMBSTONES / 2);
  }, 60_000);

  it('is merged by the worker once requests pause, and not while they keep coming', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const office = await storeWithPeople();
    const db = office.store.requireDb();
    correct(office, storiesInOneSegment(office, COMPACT_AT_TOMBSTONES + 50), COMPACT_AT_TOMBSTONES + 20);
    const tombstones = tombstonesOf(db, 'story_recent_fts')!;
    expect(tombstones).toBeGreaterThanOrEqual(COMPACT_AT_TOMBSTONES);
    const worker = new RecentSearchCatchUp(() => (office.store.isUnlocked ? office.store.requireDb() : null));

    worker.requestFinished();
    await vi.advanceTimersByTimeAsync(100);
    expect(tombstonesOf(db, 'story_recent_fts')).toBe(tombstones);
    worker.requestFinished();
    await vi.advanceTimersByTimeAsync(1000);
    expect(tombstonesOf(db, 'story_recent_fts')).toBe(0);
  }, 60_000);
});
