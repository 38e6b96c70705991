/**
 * Search words with filters have two plans (main/workbench/search-service.ts): each
 * match joined to its story, or the stories passing the filters gathered first and
 * each match looked up among them (common words, narrow filters). Whichever runs, the
 * same stories come back in the same order, page by page, for staff and volunteers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoryFilters } from '../../../shared/workbench/schemas';
import { RANKED_CANDIDATES, SearchService } from '../../../main/workbench/search-service';
import { passingEstimate } from '../../../main/workbench/search-plan';
import { filterConditions } from '../../../main/workbench/story-filters';
import { OUTREACH_PIN, storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';

type Plan = 'joined' | 'gathered';

/** Watches (and can override) the service's private choice of plan for the full index. */
function watchPlans() {
  const spy = vi.spyOn(SearchService.prototype as unknown as { filtersNarrowerThanWords: () => Plan }, 'filtersNarrowerThanWords');
  return {
    /** The plans chosen since the last call, the service's own choice again. */
    chosen: (): Plan[] => {
      const plans = spy.mock.results.map((result) => result.value as Plan);
      spy.mockReset();
      return plans;
    },
    force: (plan: Plan) => spy.mockReturnValue(plan),
  };
}

afterEach(() => vi.restoreAllMocks());

/** More stories with a common word than the ranking window; narrow filters (a language, a fair, safeguarding) on few of them. */
async function storeWithCommonWord() {
  const s = await storeWithPeople();
  const db = s.store.requireDb();
  const fair = s.events.create({ name: 'Health fair', heldOn: '2026-03-01', place: 'Library', partner: null }).id;
  const count = RANKED_CANDIDATES + 300;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const flagged = i % 40 === 0;
      const id = s.stories.save(
        story({
          text: `Story ${i}: Bernadette Okonkwo waited ${'and waited '.repeat(i % 5)}at the clinic${i % 9 === 0 ? ' for her nebuliser' : ''}.`,
          language: i % 30 === 0 ? 'Bengali' : 'English',
          eventId: i % 17 === 0 ? fair : null,
          channel: i % 4 === 0 ? 'phone' : 'drop-in',
          heardOn: `2026-0${1 + (i % 6)}-10`,
          safeguarding: { flagged, action: flagged ? 'Called' : null, actionBy: flagged ? 'Ada' : null },
        }),
      ).id;
      // Volunteers search two stories in three: the others have no checked words yet.
      if (i % 3 !== 0) s.masks.saveCheck(id, 1, s.masks.review(id).proposed);
      if (i % 2 === 0) db.prepare("UPDATE stories SET status = 'approved' WHERE id = ?").run(id);
    }
  })();
  return { s, fair };
}

function everyPage(s: Awaited<ReturnType<typeof storeWithPeople>>, query: string, filters: StoryFilters): string[] {
  const seen: string[] = [];
  let after: string | undefined;
  do {
    const page = s.search.search({ query, filters, after, limit: 400 });
    seen.push(...page.items.map((item) => item.id));
    after = page.nextCursor ?? undefined;
  } while (after);
  return seen;
}

describe('search words with filters, whichever plan runs', () => {
  it('finds the same stories in the same order joined or gathered, for staff, outreach and volunteers', async () => {
    const { s, fair } = await storeWithCommonWord();
    const plans = watchPlans();
    const filterSets: StoryFilters[] = [
      { safeguarding: true },
      { languages: ['Bengali'] },
      { eventIds: [fair] },
      { languages: ['Bengali'], statuses: ['approved'] },
      { heardFrom: '2026-03-01', heardTo: '2026-03-31' },
      { channels: ['phone'], heardFrom: '2026-02-01' },
      { statuses: ['approved'] },
    ];
    const queries = ['waited', '"and waited"', 'nebuliser', 'clinic OR nebuliser', 'Bernadette'];
    const viewers = [
      ['admin', s.adminId, '2468'],
      ['outreach', s.outreachId, OUTREACH_PIN],
      ['volunteer', s.volunteerId, '9753'],
    ] as const;
    for (const [role, id, pin] of viewers) {
      await s.users.signIn(id, pin);
      for (const query of queries) {
        for (const filters of filterSets) {
          const label = `${role}: ${query} ${JSON.stringify(filters)}`;
          plans.chosen();
          const found = everyPage(s, query, filters);
          const chosen = plans.chosen();
          for (const plan of ['joined', 'gathered'] as const) {
            plans.force(plan);
            expect(everyPage(s, query, filters), `${label}, ${plan}`).toEqual(found);
            plans.chosen();
          }
          // Every story holds the word: a filter narrow enough for the full index is narrower than it
          // (volunteers' index holds too few stories to need the choice).
          if (query === 'waited' && role !== 'volunteer') expect(chosen.every((plan) => plan === 'gathered'), label).toBe(true);
          if (query === 'Bernadette' && role === 'volunteer') expect(found, label).toEqual([]);
        }
      }
    }
  }, 240_000);

  it('gathers the stories of a narrow filter for a common word, and finds each of them once', async () => {
    const { s, fair } = await storeWithCommonWord();
    const db = s.store.requireDb();
    const expected = db.prepare('SELECT id FROM stories WHERE event_id = ?').pluck().all(fair) as string[];
    const plans = watchPlans();
    const found = everyPage(s, 'waited', { eventIds: [fair] });
    expect(plans.chosen()).toEqual(['gathered']);
    expect(new Set(found)).toEqual(new Set(expected));
    expect(found).toHaveLength(expected.length);
  }, 120_000);

  it('judges how many stories pass the filters from stories spread over the store', async () => {
    const { s, fair } = await storeWithCommonWord();
    const db = s.store.requireDb();
    const admin = s.users.list().find((u) => u.role === 'admin')!;
    const filterSets: StoryFilters[] = [{ languages: ['Bengali'] }, { eventIds: [fair] }, { heardFrom: '2026-03-01', heardTo: '2026-03-31' }, { statuses: ['approved'], channels: ['phone'] }, { languages: ['Italian'] }];
    for (const filters of filterSets) {
      const { where, params } = filterConditions(filters, admin, null);
      const actual = db.prepare(`SELECT count(*) FROM stories s WHERE ${where.join(' AND ')}`).pluck().get(params) as number;
      const estimate = passingEstimate(db, where, params);
      // A thousand of 2,300 stories judged: close, not exact.
      expect(Math.abs(estimate - actual), `${JSON.stringify(filters)}: ${estimate} for ${actual}`).toBeLessThanOrEqual(Math.max(10, actual * 0.25));
    }
  }, 120_000);
});
