/**
 * A transfer import (and so a sync's pull: the same merge) writes the derived tables
 * of its new stories once for the whole batch instead of through the per-row
 * triggers (main/store/bulk-derived.ts). The store it leaves must be the one the
 * triggers would have built: the same search hits, word forms, filter counts and
 * Insight counts. Two copies of one office store take the same files, one in bulk
 * and one row by row (the bulk step replaced by the plain insert), and every
 * derived table is compared.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createServices, type Services } from '../../../main/core/services';
import type * as BulkDerived from '../../../main/store/bulk-derived';
import type { Db } from '../../../main/store/database';
import { catchUpRecentSearch } from '../../../main/workbench/recent-search-backlog';
import { ADMIN_PIN, storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';
import { PASSPHRASE, tempFolder } from '../../helpers/temp-store';
import { fieldLaptop, importTransfer, writeTransfer, type Laptop } from './transfer-fixture';

const rowByRow = vi.hoisted(() => ({ on: false }));
vi.mock('../../../main/store/bulk-derived', async (original) => {
  const real = await original<typeof BulkDerived>();
  return {
    ...real,
    withDerivedTablesByBatch: <T>(db: Db, insert: () => T): T => (rowByRow.on ? insert() : real.withDerivedTablesByBatch(db, insert)),
  };
});

/** Field stories that touch every derived table: months, channels, events, sentiments, themes, services, translations, corrections, anonymised words. */
function varied(field: Laptop, ids: Awaited<ReturnType<typeof fieldLaptop>>['ids'], round: number): void {
  const db = field.store.requireDb();
  const subThemes = db.prepare('SELECT id, parent_id FROM codes WHERE parent_id IS NOT NULL ORDER BY parent_id, key').all() as Array<{ id: string; parent_id: string }>;
  const [first, second] = subThemes.filter((code) => code.parent_id === subThemes[0]!.parent_id);
  const otherTheme = subThemes.find((code) => code.parent_id !== subThemes[0]!.parent_id)!;
  const dental = field.register.create({ name: `Smile Dental ${round}`, type: 'dentist', odsCode: null, cqcLocationId: null });
  const channels = ['community-event', 'drop-in', 'phone'] as const;
  for (let i = 0; i < 12; i++) {
    const saved = field.stories.save(
      story({
        text: `Round ${round}, story ${i}: waiting for the ${i % 2 ? 'dentists' : 'dentist'} again, appointments cancelled. Ring Mary Smith on 07700 900456.`,
        translation: i % 4 === 0 ? `Traducción ${round} ${i}: esperando` : null,
        channel: channels[i % 3]!,
        heardOn: `2026-${String(1 + (i % 5)).padStart(2, '0')}-1${i % 10}`,
        eventId: i % 3 === 0 ? ids.event : null,
        serviceIds: i % 2 ? [ids.service, ids.newService] : i % 3 ? [dental.id] : [],
        consent: { keep: true, share: i % 2 === 0, quote: false, contact: false },
        safeguarding: i === 5 ? { flagged: true, action: 'Passed to the lead', actionBy: null } : { flagged: false, action: null, actionBy: null },
      }),
    );
    if (i % 3 === 1) field.stories.revise(saved.id, `Round ${round}, story ${i}: corrected, the surgery phoned back.`, 'Corrected');
    if (i % 2 === 0) field.tags.tag(saved.id, first!.id, 'negative', null);
    if (i % 4 === 0) field.tags.tag(saved.id, second!.id, null, null);
    if (i % 3 === 0) field.tags.tag(saved.id, otherTheme.id, 'positive', null);
    if (i % 5 === 0) field.tags.setOverallSentiment(saved.id, 'mixed');
    if (i % 3 === 2) field.masks.saveCheck(saved.id, 1, field.masks.review(saved.id).proposed);
  }
}

/** A copy of the store, opened and signed in as its administrator: the same ids, numbers and counts. */
async function copyOf(office: Laptop): Promise<Services> {
  const path = join(tempFolder(), 'copy.db');
  office.store.lock();
  for (const suffix of ['', '.keys.json']) copyFileSync(office.dbPath + suffix, path + suffix);
  await office.store.unlock(PASSPHRASE);
  await office.users.signIn(office.adminId, ADMIN_PIN);
  const copy = createServices(path);
  await copy.store.unlock(PASSPHRASE);
  await copy.users.signIn(office.adminId, ADMIN_PIN);
  return copy;
}

const all = (db: Db, sql: string) => db.prepare(sql).all();

/** Every position an FTS5 index holds, as (term, story number, column, offset). */
function indexed(db: Db, index: string): unknown[] {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${index}_at USING fts5vocab(main, ${index}, instance)`);
  return all(db, `SELECT term, doc, col, "offset" FROM temp.${index}_at ORDER BY term, doc, col, "offset"`);
}

/** Every derived table, as what a reader gets from it. */
function derived(services: Services) {
  const db = services.store.requireDb();
  const terms = db.prepare('SELECT term FROM search_terms ORDER BY term').pluck().all() as string[];
  const forms = db.prepare('SELECT t.term FROM search_term_forms f JOIN search_terms t ON t.id = f.rowid WHERE search_term_forms MATCH ? ORDER BY t.term').pluck();
  const searched = (query: string) => services.search.search({ query, filters: {}, limit: 200 }).items.map((item) => item.id);
  return {
    facets: all(db, 'SELECT * FROM story_facet_counts ORDER BY facet, value'),
    insight: all(db, 'SELECT * FROM insight_counts ORDER BY month, channel, event, theme, sentiment'),
    insightServices: all(db, 'SELECT * FROM insight_service_counts ORDER BY month, service, channel, event, theme, sentiment'),
    insightTypes: all(db, 'SELECT * FROM insight_service_type_counts ORDER BY month, service_type, channel, event, theme, sentiment'),
    words: indexed(db, 'story_fts'),
    anonymisedWords: indexed(db, 'story_redacted_fts'),
    recentWords: indexed(db, 'story_recent_fts'),
    recentAnonymisedWords: indexed(db, 'story_recent_redacted_fts'),
    terms,
    forms: terms.map((term) => [term, forms.all(`"${term.replace(/"/g, '""')}"`)]),
    searches: ['waiting', 'wait', 'dentist', 'appointment', '"phoned back"', 'esperando', 'lovely'].map((query) => [query, searched(query)]),
  };
}

async function importBoth(bulk: Services, single: Services, path: string): Promise<void> {
  await importTransfer(bulk, path);
  rowByRow.on = true;
  try {
    await importTransfer(single, path);
  } finally {
    rowByRow.on = false;
  }
  for (const services of [bulk, single]) while (catchUpRecentSearch(services.store.requireDb()));
}

describe('new stories brought in by a transfer import', () => {
  it('leave derived tables equal to those the per-row triggers build, into an empty store and into one that has counts already', async () => {
    const { field, ids } = await fieldLaptop();
    varied(field, ids, 1);
    const office = await storeWithPeople();
    office.stories.save(story({ text: 'The office heard this: waiting at the dentist.', serviceIds: [] }));
    const single = await copyOf(office);

    const first = await writeTransfer(field);
    await importBoth(office, single, first.path);
    const afterFirst = derived(office);
    expect(afterFirst.facets.length).toBeGreaterThan(10);
    expect(afterFirst.insightTypes.length).toBeGreaterThan(3);
    expect(afterFirst.searches.find(([query]) => query === 'wait')![1]).toEqual(expect.arrayContaining([ids.revised]));
    expect(afterFirst).toEqual(derived(single));

    // More stories, onto counts, words and forms the store holds already.
    varied(field, ids, 2);
    const second = await writeTransfer(field);
    await importBoth(office, single, second.path);
    const afterSecond = derived(office);
    expect(afterSecond.facets).not.toEqual(afterFirst.facets);
    expect(afterSecond).toEqual(derived(single));
    expect(office.store.requireDb().prepare('SELECT active FROM bulk_insert').pluck().get()).toBe(0);
    expect(() => office.store.requireDb().exec("INSERT INTO story_fts (story_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
  }, 60_000);
});
