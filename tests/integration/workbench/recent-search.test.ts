/**
 * The index of recent stories (migration 0009) that searches rank from when it holds
 * enough matches: it must always hold exactly the current words of every story above
 * its floor, or a search would silently miss or misrank stories.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../main/core/services';
import { MIGRATIONS } from '../../../main/store/migrations';
import { RECENT_SEARCH_STORIES } from '../../../main/store/migrations/0009_recent_search';
import { RANKED_CANDIDATES } from '../../../main/workbench/search-service';
import { ADMIN_PIN, storeWithPeople } from '../../helpers/capture';
import { expectIndexesAgree, floorOf, storyFarAhead } from '../../helpers/recent-search-index';
import { story } from '../../helpers/story-fixture';
import { ORGANISATION, PASSPHRASE, tempFolder } from '../../helpers/temp-store';

describe('the index of recent stories', () => {
  it('holds every story’s current words through saves, corrections, translations and deletions', async () => {
    const s = await storeWithPeople();
    const saved = ['The waiting list is two years long.', 'Parking at the hospital costs a fortune.', 'Ho aspettato tre settimane'].map(
      (text, i) => s.stories.save(story({ text, ...(i === 2 ? { language: 'Italian', translation: 'I waited three weeks' } : {}) })).id,
    );
    for (const id of saved) s.masks.saveCheck(id, 1, s.masks.review(id).proposed);
    const db = s.store.requireDb();
    expectIndexesAgree(db);
    // Checked again after a new check: the anonymised words are replaced, not added.
    s.masks.saveCheck(saved[1]!, 1, s.masks.review(saved[1]!).proposed);
    expectIndexesAgree(db);
    s.stories.revise(saved[0]!, 'The waiting list for my knee is two years long.', 'The person meant knee');
    s.stories.setTranslation(saved[2]!, 'I waited three weeks for a scan');
    s.stories.delete(saved[1]!, 'Consent withdrawn');
    expectIndexesAgree(db);
    expect(s.search.search({ query: 'parking', filters: {}, limit: 5 }).items).toEqual([]);
    expect(s.search.search({ query: 'knee', filters: {}, limit: 5 }).items.map((i) => i.id)).toEqual([saved[0]]);
    // The corrected story's anonymised words are gone until it is checked again.
    await s.users.signIn(s.volunteerId, '9753');
    expect(s.search.search({ query: 'waiting', filters: {}, limit: 5 }).items).toEqual([]);
    expect(s.search.search({ query: 'aspettato', filters: {}, limit: 5 }).items.map((i) => i.id)).toEqual([saved[2]]);
  });

  it('is filled from the stories already there when a store is upgraded to it', async () => {
    const dbPath = join(tempFolder(), 'verbatim.db');
    const before = createServices(dbPath, { migrations: MIGRATIONS.filter((m) => m.version < 9) });
    // The Verbatim that wrote a schema-8 store had no register of interests (migration 0014) to consult.
    before.conflicts.require = () => undefined;
    await before.store.create(ORGANISATION, PASSPHRASE);
    await before.users.createFirst('Ada Admin', ADMIN_PIN);
    for (const text of ['A kind nurse on the ward.', 'The pharmacy ran out of insulin.', 'The pharmacy was kind.']) {
      const id = before.stories.save(story({ text })).id;
      before.masks.saveCheck(id, 1, before.masks.review(id).proposed);
    }
    before.store.lock();

    const after = createServices(dbPath);
    await after.store.unlock(PASSPHRASE);
    const db = after.store.requireDb();
    expect(floorOf(db)).toBe(3 - RECENT_SEARCH_STORIES);
    expectIndexesAgree(db);
  });

  it('lets the oldest story go when a story arrives the whole window later, and still finds it through the full index', async () => {
    const s = await storeWithPeople();
    const first = s.stories.save(story({ text: 'The audiology clinic lost my hearing aid.' })).id;
    const second = s.stories.save(story({ text: 'The audiology clinic phoned back the same day.' })).id;
    const db = s.store.requireDb();
    const seqOf = (id: string) => db.prepare('SELECT seq FROM stories WHERE id = ?').pluck().get(id) as number;
    const far = storyFarAhead(db, second, seqOf(second) + RECENT_SEARCH_STORIES, 'The audiology clinic was closed.');
    for (const id of [first, second, far]) s.masks.saveCheck(id, 1, s.masks.review(id).proposed);

    expect(floorOf(db)).toBe(seqOf(second));
    const inRecent = db.prepare('SELECT rowid FROM story_recent_fts WHERE rowid = ?').pluck();
    expect(inRecent.get(seqOf(second))).toBeUndefined();
    expect(inRecent.get(seqOf(far))).toBe(seqOf(far));
    expectIndexesAgree(db);
    // Fewer matches above the floor than the ranking window: the full index answers, so nothing is missed.
    const found = () => new Set(s.search.search({ query: 'audiology', filters: {}, limit: 5 }).items.map((i) => i.id));
    expect(found()).toEqual(new Set([first, second, far]));
    await s.users.signIn(s.volunteerId, '9753');
    expect(found()).toEqual(new Set([first, second, far]));
  });

  it(`ranks the newest ${RANKED_CANDIDATES} matches from it, and pages through them once each, best first`, async () => {
    const s = await storeWithPeople();
    const db = s.store.requireDb();
    const ids: string[] = [];
    db.transaction(() => {
      for (let i = 0; i < RANKED_CANDIDATES + 10; i++) ids.push(s.stories.save(story({ text: `Story ${i}: the waiting room was full.` })).id);
    })();
    const best = s.stories.save(story({ text: 'Waiting, waiting, waiting.' })).id;

    const seen: string[] = [];
    let after: string | undefined;
    let first = true;
    do {
      const page = s.search.search({ query: 'waiting', filters: {}, after, limit: 100 });
      if (first) {
        expect(page.items[0]!.id).toBe(best);
        expect(page.rankedAmongRecent).toBe(RANKED_CANDIDATES);
        first = false;
      }
      seen.push(...page.items.map((i) => i.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toHaveLength(RANKED_CANDIDATES);
    expect(new Set(seen)).toEqual(new Set([best, ...ids.slice(-(RANKED_CANDIDATES - 1))]));
  }, 60_000);
});
