/**
 * Word forms in search (issue 15, migration 0016): a word finds the other forms the
 * stories hold, for staff and for volunteers over the anonymised words, while quoted
 * words and phrases match exactly, and the stored words are never touched.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/core/handlers';
import { createServices } from '../../../main/core/services';
import { inProcessBackend } from '../../../main/ipc/backend';
import { createRouter } from '../../../main/ipc/router';
import type { Db } from '../../../main/store/database';
import { MIGRATIONS } from '../../../main/store/migrations';
import { searchWordFormsMigration } from '../../../main/store/migrations/0016_search_word_forms';
import type { Migration } from '../../../main/store/migrations/migration';
import { MATCH_END, MATCH_START, type SearchPage } from '../../../shared/workbench/schemas';
import { ADMIN_PIN, storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';
import { ORGANISATION, PASSPHRASE, tempFolder } from '../../helpers/temp-store';

const WORDS = {
  appointments: 'Both my appointments were moved without a letter.',
  wait: 'We had to wait in the corridor with Bernadette Okonkwo.',
  waitedList: 'My name waited on the list for a year.',
  waitingList: 'The waiting list for a hip is two years.',
};

const ids = (page: SearchPage) => page.items.map((item) => item.id);

/** Every word the search indexes hold, as the word list should hold them. */
function indexedWords(db: Db): string[] {
  for (const index of ['story_fts', 'story_redacted_fts']) db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${index}_words USING fts5vocab(main, ${index}, row)`);
  // A deleted story's words may linger in the vocabulary until FTS5 merges; only words some story still holds count.
  const holds = db.prepare("SELECT 1 FROM story_fts WHERE story_fts MATCH ? UNION ALL SELECT 1 FROM story_redacted_fts WHERE story_redacted_fts MATCH ? LIMIT 1");
  return (db.prepare('SELECT term FROM temp.story_fts_words UNION SELECT term FROM temp.story_redacted_fts_words ORDER BY 1').pluck().all() as string[]).filter(
    (term) => holds.get(`"${term}"`, `"${term}"`) !== undefined,
  );
}
const listedWords = (db: Db) => db.prepare('SELECT term FROM search_terms ORDER BY 1').pluck().all() as string[];

async function storeWithStories() {
  const s = await storeWithPeople();
  const saved = Object.fromEntries(Object.entries(WORDS).map(([key, text]) => [key, s.stories.save(story({ text })).id])) as Record<keyof typeof WORDS, string>;
  for (const id of Object.values(saved)) s.masks.saveCheck(id, 1, s.masks.review(id).proposed);
  return { s, saved };
}

describe('word forms in search', () => {
  it('finds the other forms of a word, and only the words as typed in quotes, for staff', async () => {
    const { s, saved } = await storeWithStories();
    const q = (query: string) => ids(s.search.search({ query, filters: {}, limit: 50 }));
    expect(q('appointment')).toEqual([saved.appointments]);
    expect(new Set(q('waiting'))).toEqual(new Set([saved.wait, saved.waitedList, saved.waitingList]));
    expect(q('"waiting list"')).toEqual([saved.waitingList]);
    expect(q('"appointment"')).toEqual([]);
    // Prefixes, OR, NOT and brackets work as before, with forms inside them.
    expect(q('appoint*')).toEqual([saved.appointments]);
    expect(new Set(q('appointment OR hip'))).toEqual(new Set([saved.appointments, saved.waitingList]));
    expect(new Set(q('waits NOT (corridor OR hips)'))).toEqual(new Set([saved.waitedList]));
    expect(s.search.facets({ query: 'appointment', filters: {} }).total).toBe(1);
    // The snippet marks the form that matched; the words themselves are unchanged.
    const [hit] = s.search.search({ query: 'appointment', filters: {}, limit: 5 }).items;
    expect(hit!.snippet).toContain(`${MATCH_START}appointments${MATCH_END}`);
    expect(s.stories.get(saved.appointments).text).toBe(WORDS.appointments);
  });

  it('does the same for volunteers over the anonymised words, where a masked name finds nothing', async () => {
    const { s, saved } = await storeWithStories();
    const router = createRouter(inProcessBackend(createHandlers(s)));
    await s.users.signIn(s.volunteerId, '9753');
    const q = async (query: string) => {
      const answer = (await router.handle('searchStories', { query, filters: {} })) as { ok: true; value: SearchPage };
      return answer.value;
    };
    expect(ids(await q('appointment'))).toEqual([saved.appointments]);
    expect((await q('appointment')).items[0]!.snippet).toContain(`${MATCH_START}appointments${MATCH_END}`);
    expect(new Set(ids(await q('waiting')))).toEqual(new Set([saved.wait, saved.waitedList, saved.waitingList]));
    expect(ids(await q('"waiting list"'))).toEqual([saved.waitingList]);
    expect(ids(await q('Okonkwo'))).toEqual([]);
    expect(ids(await q('Okonkwos'))).toEqual([]);
  });

  it('searches a prefix as the words it covers, finding exactly what FTS5’s own prefix search finds, for staff and volunteers', async () => {
    const { s } = await storeWithStories();
    const db = s.store.requireDb();
    const later = s.stories.save(story({ text: 'The appointee at the desk said Wait here.' })).id;
    s.masks.saveCheck(later, 1, s.masks.review(later).proposed);
    const seqsOf = (found: string[]) => found.map((id) => db.prepare('SELECT seq FROM stories WHERE id = ?').pluck().get(id) as number).sort();
    const byFts5 = (index: string, start: string) => (db.prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ? ORDER BY rowid`).pluck().all(`"${start}"*`) as number[]);
    const router = createRouter(inProcessBackend(createHandlers(s)));
    for (const start of ['appoint', 'wait', 'Wai', 'corr', 'zzz']) {
      const staff = ids(s.search.search({ query: `${start}*`, filters: {}, limit: 50 }));
      expect(seqsOf(staff), start).toEqual(byFts5('story_fts', start.toLowerCase()));
      expect(s.search.facets({ query: `${start}*`, filters: {} }).total, start).toBe(staff.length);
    }
    expect(seqsOf(ids(s.search.search({ query: 'appoint*', filters: {}, limit: 50 })))).toHaveLength(2);
    const [hit] = s.search.search({ query: 'appointe*', filters: {}, limit: 5 }).items;
    expect(hit!.snippet).toContain(`${MATCH_START}appointee${MATCH_END}`);

    await s.users.signIn(s.volunteerId, '9753');
    for (const start of ['appoint', 'wait', 'okon']) {
      const answer = (await router.handle('searchStories', { query: `${start}*`, filters: {} })) as { ok: true; value: SearchPage };
      expect(seqsOf(ids(answer.value)), start).toEqual(byFts5('story_redacted_fts', start));
    }
  });

  it('finds the forms of words saved, corrected, translated and checked later, and forgets a deleted story’s own words', async () => {
    const { s, saved } = await storeWithStories();
    const db = s.store.requireDb();
    const q = (query: string) => ids(s.search.search({ query, filters: {}, limit: 50 }));
    const later = s.stories.save(story({ text: 'The physiotherapists were brilliant.' })).id;
    expect(q('physiotherapist')).toEqual([later]);
    s.stories.revise(saved.wait, 'We had to wait in the corridor with Bernadette Okonkwo; the audiologists were late.', 'Added what they said next');
    expect(q('audiologist')).toEqual([saved.wait]);
    const translated = s.stories.save(story({ text: 'Ho aspettato tre settimane', language: 'Italian', translation: 'I waited three weeks for the ultrasounds' })).id;
    s.stories.setTranslation(translated, 'I waited three weeks for the ultrasounds and the x-rays');
    expect(q('ultrasound')).toEqual([translated]);
    s.masks.saveCheck(later, 1, s.masks.review(later).proposed);
    // Every word a search index holds is listed (words a correction took out may stay listed: they only match nothing).
    expect(listedWords(db)).toEqual(expect.arrayContaining(indexedWords(db)));

    const gone = s.stories.save(story({ text: 'Dr Zbigniewska moved the appointments.' })).id;
    expect(listedWords(db)).toContain('zbigniewska');
    s.stories.delete(gone, 'Consent withdrawn');
    expect(listedWords(db)).not.toContain('zbigniewska');
    expect(listedWords(db)).toContain('moved');
    expect(listedWords(db)).toEqual(expect.arrayContaining(indexedWords(db)));
    expect(() => db.exec("INSERT INTO search_term_forms (search_term_forms, rank) VALUES ('integrity-check', 1)")).not.toThrow();
  });

  it('is filled from the stories already there when a store is upgraded to it, and finds their forms', async () => {
    const dbPath = join(tempFolder(), 'verbatim.db');
    const before = createServices(dbPath, { migrations: MIGRATIONS.filter((m) => m.version < searchWordFormsMigration.version) });
    await before.store.create(ORGANISATION, PASSPHRASE);
    await before.users.createFirst('Ada Admin', ADMIN_PIN);
    const old = before.stories.save(story({ text: WORDS.appointments })).id;
    before.masks.saveCheck(old, 1, before.masks.review(old).proposed);
    before.stories.save(story({ text: 'Ho aspettato', language: 'Italian', translation: 'I kept waiting' }));
    before.store.lock();

    const after = createServices(dbPath);
    await after.store.unlock(PASSPHRASE);
    const db = after.store.requireDb();
    expect(listedWords(db)).toEqual(indexedWords(db));
    await after.users.signIn(after.users.list().find((u) => u.role === 'admin')!.id, ADMIN_PIN);
    expect(ids(after.search.search({ query: 'appointment', filters: {}, limit: 5 }))).toEqual([old]);
    expect(after.search.search({ query: 'waited', filters: {}, limit: 5 }).items).toHaveLength(1);
  });

  it('leaves the store as it was when the upgrade fails part way, and upgrades cleanly next time', async () => {
    const dbPath = join(tempFolder(), 'verbatim.db');
    const earlier = MIGRATIONS.filter((m) => m.version < searchWordFormsMigration.version);
    const before = createServices(dbPath, { migrations: earlier });
    await before.store.create(ORGANISATION, PASSPHRASE);
    await before.users.createFirst('Ada Admin', ADMIN_PIN);
    const old = before.stories.save(story({ text: WORDS.appointments })).id;
    before.store.lock();

    const failsAtTheEnd: Migration = { ...searchWordFormsMigration, up: (db) => (searchWordFormsMigration.up(db), fail()) };
    const broken = createServices(dbPath, { migrations: [...earlier, failsAtTheEnd] });
    await expect(broken.store.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'INTERNAL' });

    const still = createServices(dbPath, { migrations: earlier });
    await still.store.unlock(PASSPHRASE);
    const db = still.store.requireDb();
    expect(still.store.status().schemaVersion).toBe(searchWordFormsMigration.version - 1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'search_term%'").pluck().all()).toEqual([]);
    expect(db.prepare("SELECT name FROM sqlite_temp_master WHERE name LIKE 'story%words'").pluck().all()).toEqual([]);
    still.store.lock();

    const after = createServices(dbPath);
    await after.store.unlock(PASSPHRASE);
    await after.users.signIn(after.users.list().find((u) => u.role === 'admin')!.id, ADMIN_PIN);
    expect(ids(after.search.search({ query: 'appointment', filters: {}, limit: 5 }))).toEqual([old]);
  });
});

function fail(): never {
  throw new Error('the power went off');
}
