import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START } from '../../../shared/workbench/schemas';
import { OUTREACH_PIN, storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';

async function storeWithStories() {
  const s = await storeWithPeople();
  const save = (text: string, overrides = {}) => s.stories.save(story({ text, ...overrides })).id;
  const ids = {
    waiting: save('The waiting list for my hip operation is two years long.'),
    dentist: save('No NHS dentist would take us; dentures cost a fortune.', { channel: 'phone' }),
    cafe: save('The Café at the hospital was closed and the parking was expensive.'),
    ae: save('A&E was packed on Saturday, we waited six hours.', { safeguarding: { flagged: true, action: 'Referred', actionBy: 'Ada' } }),
    translated: save('Ho aspettato tre settimane', { language: 'Italian', translation: 'I waited three weeks for the appointment' }),
  };
  return { s, ids };
}

const ids = (page: { items: Array<{ id: string }> }) => page.items.map((i) => i.id);

describe('full-text search', () => {
  it('finds words, prefixes, phrases, and AND/OR/NOT', async () => {
    const { s, ids: id } = await storeWithStories();
    const q = (query: string) => ids(s.search.search({ query, filters: {}, limit: 50 }));
    expect(q('hip')).toEqual([id.waiting]);
    expect(q('dent*')).toEqual([id.dentist]);
    expect(q('"waiting list"')).toEqual([id.waiting]);
    expect(q('"list waiting"')).toEqual([]);
    expect(new Set(q('parking OR dentures'))).toEqual(new Set([id.cafe, id.dentist]));
    // A word finds its other forms too ("waiting"); quoted, only the word as typed.
    expect(new Set(q('waited NOT six'))).toEqual(new Set([id.translated, id.waiting]));
    expect(q('"waited" NOT six')).toEqual([id.translated]);
    expect(q('hospital parking')).toEqual([id.cafe]);
  });

  it('ignores case and accents, and searches translations too', async () => {
    const { s, ids: id } = await storeWithStories();
    const q = (query: string) => ids(s.search.search({ query, filters: {}, limit: 50 }));
    expect(q('CAFE')).toEqual([id.cafe]);
    expect(q('café')).toEqual([id.cafe]);
    expect(q('appointment')).toEqual([id.translated]);
    expect(q('A&E')).toEqual([id.ae]);
  });

  it('marks the matched words in the snippet and leaves the stored words alone', async () => {
    const { s, ids: id } = await storeWithStories();
    const [hit] = s.search.search({ query: 'parking', filters: {}, limit: 5 }).items;
    expect(hit!.snippet).toContain(`${MATCH_START}parking${MATCH_END}`);
    expect(s.stories.get(id.cafe).text).toBe('The Café at the hospital was closed and the parking was expensive.');
  });

  it('ranks closer matches first', async () => {
    const s = await storeWithPeople();
    const once = s.stories.save(story({ text: `Parking was fine. ${'Lots of other things happened that day. '.repeat(20)}` })).id;
    const often = s.stories.save(story({ text: 'Parking, parking, parking: the parking is the problem.' })).id;
    expect(ids(s.search.search({ query: 'parking', filters: {}, limit: 5 }))).toEqual([often, once]);
  });

  it('explains a bad query instead of failing', async () => {
    const { s } = await storeWithStories();
    expect(() => s.search.search({ query: '"waiting list', filters: {}, limit: 5 })).toThrow(/quotation mark is not closed/);
    expect(() => s.search.search({ query: 'parking AND', filters: {}, limit: 5 })).toThrow(/AND needs words after it/);
    expect(ids(s.search.search({ query: 'NEAR(hip list) : ^ - +', filters: {}, limit: 5 }))).toEqual([]);
  });

  it('follows corrections and deletions', async () => {
    const { s, ids: id } = await storeWithStories();
    s.stories.revise(id.waiting, 'The waiting list for my knee operation is two years long.', 'The person meant knee');
    expect(ids(s.search.search({ query: 'hip', filters: {}, limit: 5 }))).toEqual([]);
    expect(ids(s.search.search({ query: 'knee', filters: {}, limit: 5 }))).toEqual([id.waiting]);
    s.stories.setTranslation(id.translated, 'I waited three weeks for the scan');
    expect(ids(s.search.search({ query: 'scan', filters: {}, limit: 5 }))).toEqual([id.translated]);
    expect(ids(s.search.search({ query: 'appointment', filters: {}, limit: 5 }))).toEqual([]);
    s.stories.delete(id.waiting, 'Consent withdrawn');
    expect(ids(s.search.search({ query: 'knee', filters: {}, limit: 5 }))).toEqual([]);
    // The index still matches the words exactly (FTS5's own check; it throws if not).
    expect(() => s.store.requireDb().exec("INSERT INTO story_fts (story_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
  });
});

describe('filters, paging and counts', () => {
  it('combines filters with search', async () => {
    const { s, ids: id } = await storeWithStories();
    expect(ids(s.search.search({ query: '', filters: { channels: ['phone'] }, limit: 50 }))).toEqual([id.dentist]);
    expect(ids(s.search.search({ query: 'waited', filters: { safeguarding: true }, limit: 50 }))).toEqual([id.ae]);
    expect(ids(s.search.search({ query: '', filters: { languages: ['Italian'] }, limit: 50 }))).toEqual([id.translated]);
    expect(ids(s.search.search({ query: 'waited', filters: { channels: ['phone'] }, limit: 50 }))).toEqual([]);
  });

  it('pages by keyset without losing or repeating a story', async () => {
    const s = await storeWithPeople();
    for (let i = 0; i < 23; i++) s.stories.save(story({ text: `Story number ${i} about parking.` }));
    for (const query of ['', 'parking']) {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = s.search.search({ query, filters: {}, after, limit: 5 });
        seen.push(...ids(page));
        after = page.nextCursor ?? undefined;
      } while (after);
      expect(seen).toHaveLength(23);
      expect(new Set(seen).size).toBe(23);
    }
  });

  it('counts stories per filter value', async () => {
    const { s } = await storeWithStories();
    const all = s.search.facets({ query: '', filters: {} });
    expect(all.total).toBe(5);
    expect(all.channels).toEqual(expect.arrayContaining([{ value: 'phone', label: null, count: 1 }, { value: 'community-event', label: null, count: 4 }]));
    expect(all.safeguarding).toBe(1);
    expect(s.search.facets({ query: '"waited"', filters: {} }).total).toBe(2);
    // The counts find the other forms as the list does (the waiting list).
    expect(s.search.facets({ query: 'waited', filters: {} }).total).toBe(3);
  });

  it('saves named searches', async () => {
    const { s } = await storeWithStories();
    s.search.saveSearch('Parking complaints', 'parking', { channels: ['community-event'] });
    expect(s.search.savedSearches()).toMatchObject([{ name: 'Parking complaints', query: 'parking', filters: { channels: ['community-event'] } }]);
    expect(() => s.search.saveSearch('Broken', '"parking', {})).toThrow(/quotation mark/);
  });

  it('keeps outreach workers to their own stories', async () => {
    const { s } = await storeWithStories();
    await s.users.signIn(s.outreachId, OUTREACH_PIN);
    const mine = s.stories.save(story({ text: 'My own parking story' })).id;
    expect(ids(s.search.search({ query: 'parking', filters: {}, limit: 50 }))).toEqual([mine]);
  });
});
