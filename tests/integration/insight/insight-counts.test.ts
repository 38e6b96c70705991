import { describe, expect, it } from 'vitest';
import { readCounts } from '../../../main/insight/insight-counts';
import { shapeDashboard } from '../../../shared/insight/dashboard-shape';
import type { DashboardRequest, InsightFilter } from '../../../shared/insight/schemas';
import { storyFiltersFor } from '../../../shared/insight/story-links';
import type { StoryFilters } from '../../../shared/workbench/schemas';
import { storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';

type Store = Awaited<ReturnType<typeof storeWithPeople>>;

const year = (filter: InsightFilter = {}, granularity: DashboardRequest['granularity'] = 'month'): DashboardRequest => ({ period: { from: '2025-01', to: '2025-12' }, granularity, filter });

/** The dashboard as the kept counts make it, and as reading every story makes it. */
function bothWays(s: Store, request: DashboardRequest) {
  const kept = s.dashboard.dashboard(request);
  const viewer = s.users.session().user!;
  const read = readCounts(s.store.requireDb(), viewer, request);
  return { kept, read };
}

/** How many stories the Stories list finds for some filters, paging through it. */
function listed(s: Store, filters: StoryFilters): number {
  let total = 0;
  let after: string | undefined;
  do {
    const page = s.search.search({ query: '', filters, after, limit: 200 });
    total += page.items.length;
    after = page.nextCursor ?? undefined;
  } while (after);
  return total;
}

function expectKeptEqualsRead(s: Store, filter: InsightFilter = {}) {
  const request = year(filter);
  const { kept, read } = bothWays(s, request);
  expect(kept.source).toBe(filter.serviceId && filter.serviceType ? 'read' : 'kept');
  // Reading every story afresh builds the same dashboard.
  const shapedRead = shape(s, request, read);
  expect({ ...kept, source: 'x' }).toEqual({ ...shapedRead, source: 'x' });
  return kept;
}

function shape(s: Store, request: DashboardRequest, counts: ReturnType<typeof readCounts>) {
  const names = new Map(s.codebook.list(true).filter((c) => c.parentId === null).map((c) => [c.id, c.name]));
  return shapeDashboard(request, counts.rows, counts.services, names, counts.source);
}

describe('Insight counts kept per month', () => {
  it('stay equal to the stories read afresh through saves, tags, sentiment, moves, merges, corrections, a new service type and deletions', async () => {
    const s = await storeWithPeople();
    const gp = s.register.create({ name: 'Hill Surgery', type: 'gp', odsCode: null, cqcLocationId: null });
    const gp2 = s.register.create({ name: 'Vale Surgery', type: 'gp', odsCode: null, cqcLocationId: null });
    const chemist = s.register.create({ name: 'High Street Pharmacy', type: 'pharmacy', odsCode: null, cqcLocationId: null });
    const fair = s.events.create({ name: 'Health fair', heldOn: '2026-05-01', place: 'Library', partner: null });
    const save = (text: string, change = {}) => s.stories.save(story({ text, heardOn: '2025-03-14', ...change })).id;
    const a = save('We waited three weeks for a GP appointment.', { serviceIds: [gp.id, gp2.id, chemist.id], eventId: fair.id, heardOn: '2025-05-01' });
    const b = save('The pharmacy ran out of my tablets.', { serviceIds: [chemist.id], channel: 'phone' });
    const c = save('Parking at the hospital costs too much.', { heardOn: '2025-11-30' });
    const d = save('Heard the year before.', { heardOn: '2024-12-31', serviceIds: [gp.id] });
    const filters: InsightFilter[] = [{}, { channel: 'phone' }, { eventId: fair.id }, { serviceId: gp.id }, { serviceType: 'gp' }, { serviceType: 'pharmacy', channel: 'phone' }, { serviceId: chemist.id, serviceType: 'gp' }];
    const check = () => filters.map((filter) => expectKeptEqualsRead(s, filter));

    let [all] = check();
    expect(all!.total).toBe(3);
    const codes = s.codebook.list(false);
    const waiting = codes.find((code) => code.name === 'Waiting times')!;
    const [first, second] = codes.filter((code) => code.parentId === waiting.id);
    const parking = codes.find((code) => code.name === 'Parking and transport')!;
    s.tags.tag(a, first!.id, 'negative', null);
    s.tags.tag(a, second!.id, null, null);
    s.tags.tag(b, parking.id, null, null);
    s.tags.tag(c, parking.id, null, null);
    s.tags.tag(d, parking.id, null, null);
    s.tags.setOverallSentiment(a, 'negative');
    s.tags.setOverallSentiment(b, 'positive');
    [all] = check();
    expect(all!.themes.map((t) => [t.name, t.total])).toEqual([
      ['Parking and transport', 2],
      ['Waiting times', 1],
    ]);
    s.tags.untag(s.tags.list(a).find((tag) => tag.codeId === first!.id)!.id);
    check();
    s.codebook.move(second!.id, parking.id);
    check();
    s.codebook.merge(parking.id, waiting.id);
    check();
    s.tags.setOverallSentiment(a, null);
    s.stories.revise(c, 'Parking at the hospital costs far too much.', 'Added a word');
    check();
    s.register.update(chemist.id, { name: 'High Street Pharmacy', type: 'gp', odsCode: null, cqcLocationId: null });
    check();
    s.stories.delete(a, 'Consent withdrawn');
    [all] = check();
    expect(all!.total).toBe(2);
  });

  it('count what the Stories list finds for the same filters, bar by bar', async () => {
    const s = await storeWithPeople();
    const gp = s.register.create({ name: 'Hill Surgery', type: 'gp', odsCode: null, cqcLocationId: null });
    const codes = s.codebook.list(false);
    const themes = codes.filter((code) => code.parentId === null).slice(0, 3);
    const sentiments = ['positive', 'negative', null] as const;
    const db = s.store.requireDb();
    db.transaction(() => {
      for (let i = 0; i < 60; i++) {
        const id = s.stories.save(story({ text: `Story ${i}.`, heardOn: `2025-${String(1 + (i % 12)).padStart(2, '0')}-10`, channel: i % 2 ? 'phone' : 'drop-in', serviceIds: i % 3 ? [gp.id] : [] })).id;
        s.tags.tag(id, themes[i % 3]!.id, null, null);
        if (i % 4 === 0) s.tags.tag(id, themes[(i + 1) % 3]!.id, null, null);
        s.tags.setOverallSentiment(id, sentiments[i % 3]!);
      }
    })();
    for (const request of [year(), year({ channel: 'phone' }, 'quarter'), year({ serviceId: gp.id })]) {
      const dashboard = s.dashboard.dashboard(request);
      expect(dashboard.total).toBe(listed(s, storyFiltersFor(request)));
      for (const theme of dashboard.themes) {
        expect(theme.total).toBe(listed(s, storyFiltersFor(request, { codeId: theme.codeId })));
        for (const sentiment of ['positive', 'negative', 'unrated'] as const) {
          expect(theme.sentiments[sentiment]).toBe(listed(s, storyFiltersFor(request, { codeId: theme.codeId, sentiment })));
        }
      }
      const bucket = dashboard.balance[1]!;
      expect(bucket.total).toBe(listed(s, storyFiltersFor(request, { bucket: bucket.bucket })));
      expect(bucket.sentiments.unrated).toBe(listed(s, storyFiltersFor(request, { bucket: bucket.bucket, sentiment: 'unrated' })));
      for (const service of dashboard.services) expect(service.total).toBe(listed(s, storyFiltersFor(request, { serviceId: service.serviceId })));
    }
  });

  it('shows a period with no stories as empty, not broken', async () => {
    const s = await storeWithPeople();
    s.stories.save(story({ heardOn: '2023-02-02' }));
    const empty = s.dashboard.dashboard(year());
    expect(empty).toMatchObject({ total: 0, themes: [], services: [], trend: { themes: [] } });
    expect(empty.balance).toHaveLength(12);
    expect(empty.balance.every((b) => b.total === 0)).toBe(true);
  });

  it('is for staff and administrators only', async () => {
    const s = await storeWithPeople();
    await s.users.signIn(s.outreachId, '1357');
    expect(() => s.dashboard.dashboard(year())).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
