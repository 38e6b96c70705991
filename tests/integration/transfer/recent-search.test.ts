/**
 * A transfer import leaves the index of recent stories (migration 0009) behind for
 * the stories it adds, and the worker catches it up afterwards: searches must find
 * every imported story the moment the import is done, and once caught up the
 * recent index must hold exactly what the full index holds above its floor.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../main/store/database';
import { RECENT_SEARCH_STORIES } from '../../../main/store/migrations/0009_recent_search';
import { catchUpRecentSearch, recentSearchBehind, RecentSearchCatchUp } from '../../../main/workbench/recent-search-backlog';
import { RANKED_CANDIDATES } from '../../../main/workbench/search-service';
import { storeWithPeople } from '../../helpers/capture';
import { expectIndexesAgree, floorOf, searchAll, storyFarAhead } from '../../helpers/recent-search-index';
import { story } from '../../helpers/story-fixture';
import { fieldLaptop, importTransfer, writeTransfer } from './transfer-fixture';

const seqOf = (db: Db, id: string) => db.prepare('SELECT seq FROM stories WHERE id = ?').pluck().get(id) as number;
const inRecent = (db: Db, seq: number) => db.prepare('SELECT rowid FROM story_recent_fts WHERE rowid = ?').pluck().get(seq) !== undefined;

describe('the index of recent stories after a transfer import', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`finds every imported story at once (with over ${RANKED_CANDIDATES} older matches), and then catches the recent index up`, async () => {
    const office = await storeWithPeople();
    const db = office.store.requireDb();
    db.transaction(() => {
      for (let i = 0; i < RANKED_CANDIDATES + 10; i++) office.stories.save(story({ text: `Office story ${i}: the waiting room was full.` }));
    })();
    const { field, ids } = await fieldLaptop();
    const fromField: string[] = [];
    for (let i = 0; i < 30; i++) fromField.push(field.stories.save(story({ text: `Field story ${i}: still waiting for a callback.` })).id);
    const { path } = await writeTransfer(field);

    await importTransfer(office, path);
    expect(recentSearchBehind(db)).toBe(true);
    expect(searchAll(office, 'waiting')).toEqual(expect.arrayContaining(fromField));
    expect(searchAll(office, 'callback').sort()).toEqual([...fromField].sort());

    // Small slices, so that the catch-up takes several and each goes on where the last stopped.
    let slices = 1;
    while (catchUpRecentSearch(db, 7)) slices += 1;
    expect(slices).toBeGreaterThan(3);
    expect(recentSearchBehind(db)).toBe(false);
    expectIndexesAgree(db);
    const found = office.search.search({ query: 'waiting', filters: {}, limit: 5 });
    expect(found.rankedAmongRecent).toBe(RANKED_CANDIDATES);
    expect(searchAll(office, 'waiting')).toEqual(expect.arrayContaining(fromField));
    // Volunteers' anonymised words came across too, and are found.
    await office.users.signIn(office.volunteerId, '9753');
    expect(office.search.search({ query: 'lovely', filters: {}, limit: 5 }).items.map((item) => item.id)).toEqual([ids.plain]);
  }, 60_000);

  it('holds a story corrected before the catch-up once, with its new words, and lets go of stories the import took below the floor', async () => {
    const office = await storeWithPeople();
    const db = office.store.requireDb();
    const own = ['The audiology clinic lost my hearing aid.', 'The audiology clinic phoned back.', 'Audiology was closed.'].map(
      (text) => office.stories.save(story({ text })).id,
    );
    // As if the window had nearly filled: two stories from now, the office's first two fall below the floor.
    storyFarAhead(db, own[2]!, seqOf(db, own[2]!) + RECENT_SEARCH_STORIES - 2, 'The audiology clinic was busy.');
    const { field, ids } = await fieldLaptop();
    const { path } = await writeTransfer(field);

    await importTransfer(office, path);
    expect(floorOf(db)).toBe(seqOf(db, own[2]!));
    expect(inRecent(db, seqOf(db, own[1]!))).toBe(true);
    office.stories.revise(ids.revised, 'The GP said wait. I waited three weeks for audiology.', 'Heard the rest');
    expect(searchAll(office, 'audiology')).toContain(ids.revised);

    while (catchUpRecentSearch(db)) {
      // Straight through here; the worker runs one slice at a time when idle.
    }
    expectIndexesAgree(db);
    for (const id of own) expect(inRecent(db, seqOf(db, id))).toBe(false);
    expect(inRecent(db, seqOf(db, ids.revised))).toBe(true);
  });

  it('is caught up by the worker once requests pause', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const office = await storeWithPeople();
    const db = office.store.requireDb();
    const { field } = await fieldLaptop();
    for (let i = 0; i < 20; i++) field.stories.save(story({ text: `Field story ${i}: the pharmacy was shut.` }));
    await importTransfer(office, (await writeTransfer(field)).path);
    const catchUp = new RecentSearchCatchUp(() => (office.store.isUnlocked ? office.store.requireDb() : null));

    catchUp.requestFinished();
    await vi.advanceTimersByTimeAsync(100);
    expect(recentSearchBehind(db)).toBe(true);
    catchUp.requestFinished();
    await vi.advanceTimersByTimeAsync(1000);
    expect(recentSearchBehind(db)).toBe(false);
    expectIndexesAgree(db);
  });
});
