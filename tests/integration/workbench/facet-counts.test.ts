import { describe, expect, it } from 'vitest';
import type { FacetCounts, StoryFilters } from '../../../shared/workbench/schemas';
import { OUTREACH_PIN, storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';

/** Values in a stable order, so that two ways of counting can be compared. */
const sorted = (counts: FacetCounts) =>
  Object.fromEntries(
    Object.entries(counts).map(([key, value]) => [key, Array.isArray(value) ? [...value].sort((a, b) => a.value.localeCompare(b.value)) : value]),
  );

describe('counts per filter value', () => {
  it('keeps the whole store’s counts exact through saves, tags, merges, moves, review, corrections, deletions and a service’s new type', async () => {
    const s = await storeWithPeople();
    const gp = s.register.create({ name: 'Hill Surgery', type: 'gp', odsCode: null, cqcLocationId: null });
    const chemist = s.register.create({ name: 'High Street Pharmacy', type: 'pharmacy', odsCode: null, cqcLocationId: null });
    const fair = s.events.create({ name: 'Health fair', heldOn: '2026-05-01', place: 'Library', partner: null });
    const save = (text: string, change = {}) => s.stories.save(story({ text, ...change })).id;
    const a = save('We waited three weeks for a GP appointment.', { serviceIds: [gp.id, chemist.id], eventId: fair.id });
    const b = save('The pharmacy ran out of my tablets.', { serviceIds: [chemist.id], channel: 'phone', safeguarding: { flagged: true, action: 'Called back', actionBy: 'Ada' } });
    const c = save('Parking at the hospital costs too much.', { language: 'Polish', consent: { keep: true, share: false, quote: false, contact: false } });

    // Counted two ways: from the table the triggers keep, and by reading every story
    // (a date filter that every story passes takes the reading path).
    const expectStoredCountsExact = () => {
      const stored = s.search.facets({ query: '', filters: {} });
      const read = s.search.facets({ query: '', filters: { heardFrom: '1900-01-01' } });
      expect(read.countedAmongRecent).toBeNull();
      expect(sorted(stored)).toEqual(sorted(read));
      return stored;
    };
    let counts = expectStoredCountsExact();
    expect(counts.total).toBe(3);
    expect(counts.services).toEqual(expect.arrayContaining([{ value: chemist.id, label: null, count: 2 }, { value: gp.id, label: null, count: 1 }]));
    expect(counts.events).toEqual([{ value: fair.id, label: null, count: 1 }]);
    expect(counts.recorders).toEqual([{ value: s.adminId, label: null, count: 3 }]);

    const codes = s.codebook.list(false);
    const waiting = codes.find((code) => code.name === 'Waiting times')!;
    const [first, second] = codes.filter((code) => code.parentId === waiting.id);
    const parking = codes.find((code) => code.name === 'Parking and transport')!;
    // Two sub-themes of one theme on one story count that story once under the theme.
    s.tags.tag(a, first!.id, 'negative', null);
    s.tags.tag(a, second!.id, null, null);
    s.tags.tag(b, parking.id, null, null);
    s.tags.tag(c, parking.id, null, null);
    s.tags.setOverallSentiment(a, 'negative');
    counts = expectStoredCountsExact();
    expect(counts.themes).toEqual(expect.arrayContaining([{ value: waiting.id, label: 'Waiting times', count: 1 }, { value: parking.id, label: 'Parking and transport', count: 2 }]));

    s.tags.untag(s.tags.list(a).find((tag) => tag.codeId === first!.id)!.id);
    expectStoredCountsExact();
    s.codebook.move(second!.id, parking.id);
    expectStoredCountsExact();
    s.codebook.merge(parking.id, waiting.id);
    expectStoredCountsExact();
    s.review.setStatus(b, 'in-review', null);
    s.review.setStatus(b, 'returned', 'Which pharmacy?');
    s.stories.setSafeguarding(b, { flagged: false, action: null, actionBy: null });
    s.stories.revise(c, 'Parking at the hospital costs far too much.', 'Added a word');
    expectStoredCountsExact();
    s.register.update(chemist.id, { name: 'High Street Pharmacy', type: 'gp', odsCode: null, cqcLocationId: null });
    counts = expectStoredCountsExact();
    expect(counts.serviceTypes).toEqual([{ value: 'gp', label: null, count: 2 }]);
    s.stories.delete(a, 'Consent withdrawn');
    counts = expectStoredCountsExact();
    expect(counts.total).toBe(2);
    expect(counts.events).toEqual([]);
  });

  it('counts a search’s own matches, exactly when there are few', async () => {
    const s = await storeWithPeople();
    const gp = s.register.create({ name: 'Hill Surgery', type: 'gp', odsCode: null, cqcLocationId: null });
    s.stories.save(story({ text: 'We waited at the surgery.', serviceIds: [gp.id] }));
    s.stories.save(story({ text: 'We waited at the pharmacy.', channel: 'phone' }));
    s.stories.save(story({ text: 'Nobody listened to us.' }));
    const waited = s.search.facets({ query: 'waited', filters: {} });
    expect(waited).toMatchObject({ total: 2, countedAmongRecent: null, services: [{ value: gp.id, label: null, count: 1 }] });
    expect(waited.channels).toEqual(expect.arrayContaining([{ value: 'phone', label: null, count: 1 }]));
    expect(s.search.facets({ query: 'waited', filters: { channels: ['phone'] } })).toMatchObject({ total: 1, countedAmongRecent: null });
  });

  it('for a very broad search, counts values over its most recent matches and says so, with the total still exact', async () => {
    const s = await storeWithPeople();
    const db = s.store.requireDb();
    db.transaction(() => {
      for (let i = 0; i < 5_010; i++) s.stories.save(story({ text: `Story number ${i} about waiting.`, channel: i < 10 ? 'phone' : 'drop-in' }));
    })();
    const counts = s.search.facets({ query: 'waiting', filters: {} });
    expect(counts.total).toBe(5_010);
    expect(counts.countedAmongRecent).toBe(5_000);
    // The ten phone stories are the oldest: outside the most recent 5,000.
    expect(counts.channels).toEqual([{ value: 'drop-in', label: null, count: 5_000 }]);
    const filtered = s.search.facets({ query: '', filters: { channels: ['drop-in'] } });
    expect(filtered).toMatchObject({ total: 5_000, countedAmongRecent: null });
  }, 60_000);

  it('gives the exact total for a single filter over more stories than it samples, from the kept counts, for staff only', async () => {
    const s = await storeWithPeople();
    const gp = s.register.create({ name: 'Hill Surgery', type: 'gp', odsCode: null, cqcLocationId: null });
    const chemist = s.register.create({ name: 'High Street Pharmacy', type: 'pharmacy', odsCode: null, cqcLocationId: null });
    const codes = s.codebook.list(false);
    const theme = codes.find((c) => c.parentId === null && codes.some((sub) => sub.parentId === c.id))!;
    const subTheme = codes.find((c) => c.parentId === theme.id)!;
    const db = s.store.requireDb();
    db.transaction(() => {
      // Each filter below matches more than the 5,000 sampled, and misses some stories.
      for (let i = 0; i < 5_600; i++) {
        const flagged = i % 50 === 0;
        const id = s.stories.save(
          story({
            text: `Story ${i}.`,
            channel: i % 3 === 0 ? 'phone' : 'drop-in',
            language: i % 20 === 0 ? 'Bengali' : 'English',
            serviceIds: i % 5 === 0 ? [gp.id, chemist.id] : [gp.id],
            safeguarding: { flagged, action: flagged ? 'Called' : null, actionBy: flagged ? 'Ada' : null },
          }),
        ).id;
        if (i % 10 !== 0) s.tags.tag(id, subTheme.id, 'negative', null);
        if (i % 3 === 0) s.tags.tag(id, theme.id, null, null);
      }
    })();
    // Counted by reading the stories, as the list would find them.
    const read = (filters: StoryFilters) => {
      let total = 0;
      let after: string | undefined;
      do {
        const page = s.search.search({ query: '', filters, after, limit: 200 });
        total += page.items.length;
        after = page.nextCursor ?? undefined;
      } while (after);
      return total;
    };
    const cases: StoryFilters[] = [
      { languages: ['English'] },
      { channels: ['phone', 'drop-in'] },
      { serviceIds: [gp.id] },
      { serviceIds: [gp.id, chemist.id] },
      { serviceTypes: ['gp'] },
      { codeIds: [theme.id] },
      { codeIds: [subTheme.id] },
      { safeguarding: false },
      { consentShare: true },
      { statuses: ['submitted'] },
    ];
    for (const filters of cases) {
      const counts = s.search.facets({ query: '', filters });
      expect(counts.countedAmongRecent, JSON.stringify(filters)).toBe(5_000);
      expect(counts.total, JSON.stringify(filters)).toBe(read(filters));
    }
    // An outreach worker's total is of the stories they may see (none of these), never the store's.
    await s.users.signIn(s.outreachId, OUTREACH_PIN);
    expect(s.search.facets({ query: '', filters: { languages: ['English'] } }).total).toBe(0);
  }, 120_000);
});
