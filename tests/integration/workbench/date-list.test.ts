/**
 * The Stories list filtered by dates heard is listed by date heard, latest first
 * (then newest first, then id), so that the index walks the range in order and
 * stops after one page (issue 5). Paging must give every story exactly once.
 */
import { describe, expect, it } from 'vitest';
import type { StoryFilters } from '../../../shared/workbench/schemas';
import type { Db } from '../../../main/store/database';
import { filterConditions } from '../../../main/workbench/story-filters';
import { storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';

const DAYS = ['2026-03-01', '2026-03-02', '2026-03-05', '2026-03-09', '2026-04-01'];
/** Few instants for many stories: ties on created_at within a day, and across days. */
const INSTANTS = ['2026-04-02T09:00:00.000Z', '2026-04-02T09:00:00.001Z', '2026-04-03T10:00:00.000Z'];

interface Row {
  id: string;
  heard_on: string;
  created_at: string;
  status: string;
  language: string;
  event_id: string | null;
}

/** 45 stories heard on five days, saved at three instants, a third of them approved, a quarter in Bengali, a fifth at a fair. */
async function datedStore() {
  const s = await storeWithPeople();
  const db = s.store.requireDb();
  const fair = s.events.create({ name: 'Health fair', heldOn: '2026-03-01', place: 'Library', partner: null }).id;
  for (let i = 0; i < 45; i++) {
    const id = s.stories.save(
      story({ text: `Story ${i} about the parking.`, heardOn: DAYS[i % DAYS.length]!, language: i % 4 === 0 ? 'Bengali' : 'English', eventId: i % 5 === 0 ? fair : null }),
    ).id;
    db.prepare('UPDATE stories SET created_at = ?, status = ? WHERE id = ?').run(INSTANTS[i % INSTANTS.length], i % 3 === 0 ? 'approved' : 'submitted', id);
  }
  return { s, db, fair };
}

/** The list's order, worked out here rather than by the store: by date heard, then newest, then id. */
function expected(db: Db, keep: (row: Row) => boolean): string[] {
  const rows = (db.prepare('SELECT id, heard_on, created_at, status, language, event_id FROM stories').all() as Row[]).filter(keep);
  const down = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  return rows.sort((a, b) => down(a.heard_on, b.heard_on) || down(a.created_at, b.created_at) || down(a.id, b.id)).map((row) => row.id);
}

function everyPage(s: Awaited<ReturnType<typeof storeWithPeople>>, filters: StoryFilters, limit: number): string[] {
  const seen: string[] = [];
  let after: string | undefined;
  do {
    const page = s.search.search({ query: '', filters, after, limit });
    seen.push(...page.items.map((item) => item.id));
    after = page.nextCursor ?? undefined;
  } while (after);
  return seen;
}

describe('the list filtered by dates heard', () => {
  it('pages through a range in date-heard order, every story once, ties included', async () => {
    const { s, db, fair } = await datedStore();
    const ranges: Array<[StoryFilters, (row: Row) => boolean]> = [
      [{ heardFrom: '2026-03-02', heardTo: '2026-03-09' }, (r) => r.heard_on >= '2026-03-02' && r.heard_on <= '2026-03-09'],
      [{ heardFrom: '2026-03-02', heardTo: '2026-03-02' }, (r) => r.heard_on === '2026-03-02'],
      [{ heardFrom: '2026-03-05' }, (r) => r.heard_on >= '2026-03-05'],
      [{ heardTo: '2026-03-05' }, (r) => r.heard_on <= '2026-03-05'],
      [{ heardFrom: '2026-03-01', heardTo: '2026-04-30', statuses: ['approved'] }, (r) => r.status === 'approved'],
      // Read through the index of one language, or gathered from the event's stories and sorted (list-order.ts).
      [{ heardFrom: '2000-01-01', languages: ['Bengali'] }, (r) => r.language === 'Bengali'],
      [{ heardFrom: '2026-03-02', languages: ['English'], statuses: ['submitted'] }, (r) => r.heard_on >= '2026-03-02' && r.language === 'English' && r.status === 'submitted'],
      [{ heardFrom: '2000-01-01', eventIds: [fair] }, (r) => r.event_id === fair],
      [{ heardTo: '2026-03-05', eventIds: [fair], languages: ['English'] }, (r) => r.heard_on <= '2026-03-05' && r.event_id === fair && r.language === 'English'],
    ];
    for (const [filters, keep] of ranges) {
      const want = expected(db, keep);
      expect(want.length).toBeGreaterThan(3);
      // A page of one puts a page boundary between every pair of tied stories.
      for (const limit of [1, 4, 7, 50]) expect(everyPage(s, filters, limit), `${JSON.stringify(filters)} in pages of ${limit}`).toEqual(want);
    }
  });

  it('still lists newest first without a date range', async () => {
    const { s, db } = await datedStore();
    const rows = db.prepare('SELECT id, created_at FROM stories').all() as Array<{ id: string; created_at: string }>;
    const newest = rows.sort((a, b) => (a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1)).map((row) => row.id);
    expect(everyPage(s, {}, 4)).toEqual(newest);
  });

  it('refuses a position from a list in another order', async () => {
    const { s } = await datedStore();
    const plain = s.search.search({ query: '', filters: {}, limit: 5 });
    expect(() => s.search.search({ query: '', filters: { heardFrom: '2026-03-01' }, after: plain.nextCursor!, limit: 5 })).toThrow(/list position is not valid/);
  });

  it('keeps search words in ranked order within a date range', async () => {
    const s = await storeWithPeople();
    const often = s.stories.save(story({ text: 'Parking, parking, parking: the parking is the problem.', heardOn: '2026-03-01' })).id;
    const once = s.stories.save(story({ text: `Parking was fine. ${'Lots of other things happened that day. '.repeat(20)}`, heardOn: '2026-03-09' })).id;
    s.stories.save(story({ text: 'Parking outside the range.', heardOn: '2026-05-01' }));
    const page = s.search.search({ query: 'parking', filters: { heardFrom: '2026-03-01', heardTo: '2026-03-31' }, limit: 5 });
    expect(page.items.map((item) => item.id)).toEqual([often, once]);
  });

  it('counts the stories in a range', async () => {
    const { s, db } = await datedStore();
    const filters = { heardFrom: '2026-03-02', heardTo: '2026-03-05' };
    const counts = s.search.facets({ query: '', filters });
    expect(counts.total).toBe(expected(db, (r) => r.heard_on >= '2026-03-02' && r.heard_on <= '2026-03-05').length);
    expect(counts.statuses).toEqual(expect.arrayContaining([{ value: 'approved', label: null, count: 6 }]));
  });
});

/** sqlite_stat1 for the stories indexes as ANALYZE left them on the million-story benchmark store. */
const MILLION_STATS: Array<[string, string]> = [
  ['stories_heard_order', '1000000 5953 1 1'],
  ['stories_heard_safeguarding', '10308 60 1 1'],
  ['stories_safeguarding', '10308 1 1'],
  ['stories_channel', '1000000 250000 1 1'],
  ['stories_status', '1000000 250000 2 1'],
  ['stories_event', '1000000 43479 2 1'],
  ['stories_recorder', '1000000 1000000 2 1'],
  ['stories_created', '1000000 2 1'],
];

describe('the query plans of a date range', () => {
  /** Every statement the searches prepare, with what they were run with. */
  function recordStatements(db: Db): Array<{ sql: string; args: unknown[] }> {
    const seen: Array<{ sql: string; args: unknown[] }> = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      const statement = prepare(sql);
      for (const method of ['all', 'run'] as const) {
        const run = statement[method].bind(statement) as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
          seen.push({ sql, args });
          return run(...args);
        };
      }
      return statement;
    }) as Db['prepare'];
    return seen;
  }

  it('walks the range in order and stops, with and without statistics, for every viewer and filter', async () => {
    const { s, db, fair } = await datedStore();
    const seen = recordStatements(db);
    const theme = s.codebook.list(false)[0]!.id;
    const service = s.register.list(false)[0]!;
    const month = { heardFrom: '2026-03-01', heardTo: '2026-03-31' };
    // Each with the index it is read through: in date order (a walk that stops), or an event's few stories, sorted.
    const filterSets: Array<[StoryFilters, string]> = (
      [
      month,
      { heardFrom: '2026-03-02', heardTo: '2026-03-02' },
      { heardFrom: '2000-01-01' },
      { heardTo: '2026-03-05' },
      { ...month, statuses: ['approved'] },
      { heardFrom: '2000-01-01', statuses: ['approved'] },
      { ...month, channels: ['phone'], sentiments: ['negative'] },
      { ...month, codeIds: [theme] },
      { ...month, serviceIds: [service.id], serviceTypes: [service.type] },
      { ...month, recorderIds: [s.adminId] },
      { heardFrom: '2000-01-01', safeguarding: false, consentShare: true },
      ] satisfies StoryFilters[]
    ).map((filters): [StoryFilters, string] => [filters, 'stories_heard_order']);
    filterSets.push(
      [{ ...month, safeguarding: true }, 'stories_heard_safeguarding'],
      [{ heardFrom: '2000-01-01', languages: ['Bengali'] }, 'stories_language_heard'],
      [{ ...month, languages: ['English'], safeguarding: true }, 'stories_heard_safeguarding'],
      [{ heardFrom: '2000-01-01', languages: ['Bengali', 'English'], statuses: ['approved'] }, 'stories_heard_order'],
      [{ heardFrom: '2000-01-01', eventIds: [fair] }, 'stories_event'],
      [{ ...month, languages: ['Bengali'], eventIds: ['no-such-event'], recorderIds: [s.adminId] }, 'stories_event'],
    );
    const plans = async () => {
      const found: string[] = [];
      for (const [role, pin] of [['admin', '2468'], ['outreach', '1357'], ['volunteer', '9753']] as const) {
        const user = s.users.list().find((u) => u.role === role)!;
        await s.users.signIn(user.id, pin);
        for (const [filters, index] of filterSets) {
          seen.length = 0;
          const first = s.search.search({ query: '', filters, limit: 2 });
          if (first.nextCursor) s.search.search({ query: '', filters, after: first.nextCursor, limit: 2 });
          for (const { sql, args } of seen.filter((x) => /ORDER BY s\.heard_on DESC/.test(x.sql))) {
            const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((row) => row.detail).join(' | ');
            found.push(plan);
            if (index === 'stories_event') {
              expect(plan, `${role} ${JSON.stringify(filters)}`).toMatch(/SEARCH s USING INDEX stories_event \(event_id=\?\)/);
              continue;
            }
            const walked = index === 'stories_language_heard' ? 'language=\\? AND heard_on[<>]' : 'heard_on[<>]';
            expect(plan, `${role} ${JSON.stringify(filters)}`).toMatch(new RegExp(`SEARCH s USING INDEX ${index} \\(${walked}`));
            expect(plan, `${role} ${JSON.stringify(filters)}`).not.toMatch(/TEMP B-TREE/);
          }
        }
      }
      return found;
    };
    expect((await plans()).length).toBeGreaterThanOrEqual(filterSets.length * 3);
    db.exec('ANALYZE');
    for (const [index, stat] of MILLION_STATS) db.prepare("UPDATE sqlite_stat1 SET stat = ? WHERE tbl = 'stories' AND idx = ?").run(stat, index);
    db.exec('ANALYZE sqlite_schema');
    expect((await plans()).length).toBeGreaterThanOrEqual(filterSets.length * 3);
  });

  it('gathers and counts a range with a filter on the story’s own columns from the index alone, with and without statistics', async () => {
    const { s, db } = await datedStore();
    const month = { heardFrom: '2026-03-01', heardTo: '2026-03-31' };
    const sameColumns: StoryFilters[] = [
      { ...month, statuses: ['approved'] },
      { ...month, channels: ['phone'] },
      { ...month, sentiments: ['negative'] },
      { ...month, consentShare: true },
      { ...month, statuses: ['approved'], channels: ['phone'], safeguarding: false },
      { heardTo: '2026-03-05', statuses: ['approved', 'submitted'] },
    ];
    const admin = s.users.list().find((u) => u.role === 'admin')!;
    const expectCovered = () => {
      for (const filters of sameColumns) {
        const { where, params } = filterConditions(filters, admin, null);
        // As a count beside the list and as the stories gathered for a search (search-plan.ts).
        for (const sql of [`SELECT count(*) FROM stories s WHERE ${where.join(' AND ')}`, `SELECT s.seq FROM stories s WHERE ${where.join(' AND ')}`]) {
          const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((row) => row.detail).join(' | ');
          expect(plan, sql).toMatch(/USING COVERING INDEX stories_heard_order \(heard_on[<>]/);
        }
      }
    };
    expectCovered();
    db.exec('ANALYZE');
    for (const [index, stat] of MILLION_STATS) db.prepare("UPDATE sqlite_stat1 SET stat = ? WHERE tbl = 'stories' AND idx = ?").run(stat, index);
    db.exec('ANALYZE sqlite_schema');
    expectCovered();
  });
});
