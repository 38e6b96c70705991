/**
 * Workbench benchmark (issue 5) over a store of N stories with tags, sentiment and
 * statuses: full-text search p50/p95, filtered list pages p95, search + filters,
 * counts per filter value, deep keyset paging, and tagging a story (p99).
 * Run: node tests/bench/bundled.mjs tests/bench/workbench.bench.ts [--rows 1000000] [--dir .tmp/bench] [--reuse]
 * (--reuse opens the store an earlier run, or the store benchmark, left behind;
 * --slow-paths times only issue 15's slow paths, after the untimed setup.)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countsOnThread } from '../../main/worker/counts-thread';
import type { StoryFilters } from '../../shared/workbench/schemas';
import type { Services } from '../../main/core/services';
import { ADMIN_PIN, giveAnonymisedWords, openBenchStore } from './fill-store';
import { QUERIES } from './search-queries';
import { makeRandom } from './story-text';
import { report, summarise } from './stats';

const WORKER_BUNDLE = resolve('dist/main/db-worker.cjs');
/**
 * Searches with fewer matches among the newest 100,000 stories than the ranking window
 * (pairs of the synthetic text's rarest words, and a word it never uses): these are
 * ranked from the full index (main/workbench/search-service.ts), so they are timed apart.
 */
const FEWER_MATCHES = ['nebuliser epipen', 'dialysis nebuliser', 'naloxone wheelchair', 'methadone codeine', 'sertraline Tigrinya', 'zebra'];

/** Wall-clock ms, the answer, and the CPU ms this process spent (on a shared machine, wall time also counts waiting for other processes). */
function time<T>(work: () => T): [number, T, number] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = work();
  const spent = process.cpuUsage(cpu);
  return [performance.now() - start, value, (spent.user + spent.system) / 1000];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rows: { type: 'string', default: '1000000' }, dir: { type: 'string', default: '.tmp/bench' }, reuse: { type: 'boolean', default: false }, 'measure-only': { type: 'boolean', default: false }, 'slow-paths': { type: 'boolean', default: false } },
  });
  const { services } = await openBenchStore(values.dir, Number(values.rows), { reuse: values.reuse, measureOnly: values['measure-only'] });
  const db = services.store.requireDb();
  const stories = services.store.counts().stories ?? 0;
  const codes = services.codebook.list(false).filter((c) => c.parentId !== null);

  // Tags, sentiment and review statuses, as a year of staff work would leave them (untimed),
  // on every story that has none yet (a store topped up since the last run included).
  const untagged = db.prepare('SELECT seq, id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_tags t WHERE t.story_id = s.id)').all() as Array<{ seq: number; id: string }>;
  if (untagged.length > 0) {
    const random = makeRandom(3);
    const sentiments = ['positive', 'negative', 'neutral', 'mixed'];
    const statuses = ['submitted', 'in-review', 'approved', 'approved', 'archived'];
    const admin = services.users.signedIn!.id;
    const tag = db.prepare("INSERT OR IGNORE INTO story_tags (story_id, code_id, sentiment, tagged_by, tagged_at) VALUES (?, ?, ?, ?, '2026-11-01')");
    const mark = db.prepare('UPDATE stories SET sentiment = ?, status = ? WHERE seq = ?');
    const started = performance.now();
    db.transaction(() => {
      for (const row of untagged) {
        const count = 1 + Math.floor(random() * 3);
        for (let i = 0; i < count; i++) tag.run(row.id, codes[Math.floor(random() ** 1.5 * codes.length)]!.id, sentiments[Math.floor(random() * 4)], admin);
        mark.run(sentiments[Math.floor(random() * 4)], statuses[Math.floor(random() * statuses.length)], row.seq);
      }
    })();
    db.pragma('optimize=0x10002');
    report('workbench.setup', { stories, seconds: Math.round((performance.now() - started) / 1000), note: 'tags, sentiment, statuses; ANALYZE' });
  }

  const search = (query: string, filters: StoryFilters = {}) => services.search.search({ query, filters, limit: 50 });
  const rounded = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).map(([q, ms]) => [q, Math.round(ms * 10) / 10]));
  /** Ten rounds of the queries in turn (so each finds the cache as the others left it), after one untimed round. */
  const timeSearches = (name: string, queries: string[]) => {
    for (const q of queries) search(q); // warm the page cache once, as a session in use would be
    const perQuery: Record<string, number> = {};
    const perQueryCpu: Record<string, number> = {};
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const q of queries) {
        const [ms, page, cpu] = time(() => search(q));
        samples.push(ms);
        cpuSamples.push(cpu);
        perQuery[q] = Math.max(perQuery[q] ?? 0, ms);
        perQueryCpu[q] = Math.max(perQueryCpu[q] ?? 0, cpu);
        if (round === 0 && page.items.length === 0) report(`${name}.empty`, { query: q });
      }
    }
    report(name, { stories, queries: queries.length, ...summarise(samples), cpu: summarise(cpuSamples) });
    report(`${name}.slowest-per-query`, rounded(perQuery));
    report(`${name}.slowest-per-query-cpu`, rounded(perQueryCpu));
  };
  if (!values['slow-paths']) {
    timeSearches('workbench.search', QUERIES);
    timeSearches('workbench.search.fewer-matches', FEWER_MATCHES);
  }

  giveAnonymisedWords(db);
  const VOLUNTEER_PIN = '9753';
  const volunteer = services.users.list().find((u) => u.role === 'volunteer') ?? (await services.users.create('Bench Volunteer', 'volunteer', VOLUNTEER_PIN));
  const admin = services.users.signedIn!;
  if (values['slow-paths']) {
    await slowPaths(services, async () => void (await services.users.signIn(volunteer.id, VOLUNTEER_PIN)));
    services.store.lock();
    return;
  }
  await services.users.signIn(volunteer.id, VOLUNTEER_PIN);
  timeSearches('workbench.search.volunteer', QUERIES);
  await services.users.signIn(admin.id, ADMIN_PIN);

  const theme = services.codebook.list(false).find((c) => c.name === 'Waiting times')!.id;
  const filterSets: StoryFilters[] = [
    {},
    { statuses: ['approved'] },
    { channels: ['phone'] },
    { codeIds: [theme] },
    { serviceTypes: ['gp'] },
    { heardFrom: '2025-03-01', heardTo: '2025-03-31' },
    { safeguarding: true },
    { consentShare: true, statuses: ['approved'] },
    { sentiments: ['negative'], channels: ['community-event'] },
    { languages: ['Bengali'] },
  ];
  const listSamples: number[] = [];
  const listCpu: number[] = [];
  const perFilter: Record<string, number> = {};
  const perFilterCpu: Record<string, number> = {};
  for (let round = 0; round < 10; round++) {
    for (const filters of filterSets) {
      const [ms, , cpu] = time(() => search('', filters));
      listSamples.push(ms);
      listCpu.push(cpu);
      const key = JSON.stringify(filters);
      perFilter[key] = Math.max(perFilter[key] ?? 0, ms);
      perFilterCpu[key] = Math.max(perFilterCpu[key] ?? 0, cpu);
    }
  }
  report('workbench.list-page', { stories, filterSets: filterSets.length, ...summarise(listSamples), cpu: summarise(listCpu) });
  report('workbench.list-page.slowest-per-filter', rounded(perFilter));
  report('workbench.list-page.slowest-per-filter-cpu', rounded(perFilterCpu));

  // A date range is listed by date heard: following "next page" through one day (ties on
  // heard_on throughout) and a whole month, from the top.
  for (const filters of [
    { heardFrom: '2025-03-15', heardTo: '2025-03-15' },
    { heardFrom: '2025-03-01', heardTo: '2025-03-31' },
  ] satisfies StoryFilters[]) {
    let next: string | undefined;
    const dated: number[] = [];
    const datedCpu: number[] = [];
    for (let i = 0; i < 20; i++) {
      const [ms, page, cpu] = time(() => services.search.search({ query: '', filters, after: next, limit: 50 }));
      dated.push(ms);
      datedCpu.push(cpu);
      next = page.nextCursor ?? undefined;
    }
    report('workbench.list-page.date-paging', { filters, pages: 20, ...summarise(dated), cpu: summarise(datedCpu) });
  }

  const combined: number[] = [];
  for (let round = 0; round < 5; round++) for (const q of QUERIES.slice(0, 6)) combined.push(time(() => search(q, { statuses: ['approved'], channels: ['phone'] }))[0]);
  report('workbench.search-with-filters', { stories, ...summarise(combined) });

  // Following "next page" 20 times from the top.
  let after: string | undefined;
  const paging: number[] = [];
  for (let i = 0; i < 20; i++) {
    const [ms, page] = time(() => services.search.search({ query: '', filters: {}, after, limit: 50 }));
    paging.push(ms);
    after = page.nextCursor ?? undefined;
  }
  report('workbench.list-page.deep-paging', { pages: 20, ...summarise(paging) });

  const countCases: Array<[string, StoryFilters]> = [
    ['', {}],
    ['', { channels: ['phone'] }],
    ['', { languages: ['Bengali'] }],
    ['waiting', {}],
    ['catheter', { statuses: ['approved'] }],
    ['Tigrinya', {}],
  ];
  for (const [query, filters] of countCases) {
    const [ms, counts, cpu] = time(() => services.search.facets({ query, filters }));
    report('workbench.counts', { query, filters, matched: counts.total, countedAmongRecent: counts.countedAmongRecent, ms: Math.round(ms), cpuMs: Math.round(cpu) });
  }
  // The app counts on a thread of its own, on a fresh connection (cold cache), from the
  // built worker bundle (node build.config.mjs); the wall time includes starting the thread.
  if (existsSync(WORKER_BUNDLE)) {
    const counter = countsOnThread(WORKER_BUNDLE, services.store);
    const viewer = services.users.require();
    for (const [query, filters] of countCases.slice(1)) {
      const started = performance.now();
      const counts = await counter(viewer, null, { query, filters });
      report('workbench.counts.on-thread', { query, filters, matched: counts.total, ms: Math.round(performance.now() - started) });
    }
    // What the thread is for: a search asked for while a slow count runs (on one connection they would queue).
    const slowCount = counter(viewer, null, { query: 'catheter', filters: { statuses: ['approved'] } });
    const searchedAt = performance.now();
    const [searchMs] = time(() => search('dentist NHS'));
    await slowCount;
    report('workbench.search.during-count', { searchMs: Math.round(searchMs * 10) / 10, countMs: Math.round(performance.now() - searchedAt) });
  }

  const ids = db.prepare('SELECT id FROM stories ORDER BY random() LIMIT 500').pluck().all() as string[];
  const tagging: number[] = [];
  ids.forEach((id, i) => tagging.push(time(() => services.tags.tag(id, codes[i % codes.length]!.id, 'negative', null))[0]));
  report('workbench.tag-story', { stories, ...summarise(tagging) });
  services.store.lock();
}

/** Words of each frequency in the synthetic text, for searches combined with narrow filters. */
const WORDS_BY_FREQUENCY = {
  common: ['waited', 'nurse', 'parking', '"referral to the specialist"', 'dent*'],
  medium: ['catheter', 'dialysis', 'Tigrinya'],
  rare: ['nebuliser', 'naloxone', 'epipen'],
};
const MONTH: StoryFilters = { heardFrom: '2025-03-01', heardTo: '2025-03-31' };
const SINCE_2000: StoryFilters = { heardFrom: '2000-01-01' };

/**
 * Issue 15's slow paths, through the services as the app calls them: search words
 * (common, medium, rare) with a narrow filter; counts beside a searched or dated list;
 * the first page of a wide date range with a rare filter. `asVolunteer` signs a volunteer in.
 */
async function slowPaths(services: Services, asVolunteer: () => Promise<void>): Promise<void> {
  const db = services.store.requireDb();
  const event = db.prepare("SELECT id FROM events WHERE name = 'Benchmark event 50'").pluck().get() as string;
  const narrow: StoryFilters[] = [
    MONTH,
    { statuses: ['approved'] },
    { ...MONTH, statuses: ['approved'] },
    { languages: ['Bengali'] },
    { eventIds: [event] },
    { safeguarding: true },
    { ...MONTH, languages: ['Bengali'] },
  ];
  const timeWordsAndFilters = (name: string) => {
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    const byFrequency: Record<string, number[]> = {};
    const slowest: Array<[string, number]> = [];
    for (const [frequency, words] of Object.entries(WORDS_BY_FREQUENCY)) {
      for (const query of words) {
        for (const filters of narrow) {
          const run = () => services.search.search({ query, filters, limit: 50 });
          run(); // warm, as a session in use would be
          let worst = 0;
          for (let round = 0; round < 3; round++) {
            const [ms, , cpu] = time(run);
            samples.push(ms);
            cpuSamples.push(cpu);
            (byFrequency[frequency] ??= []).push(ms);
            worst = Math.max(worst, ms);
          }
          slowest.push([`${query} ${JSON.stringify(filters)}`, Math.round(worst)]);
        }
      }
    }
    report(name, { cases: slowest.length, ...summarise(samples), cpu: summarise(cpuSamples), ...Object.fromEntries(Object.entries(byFrequency).map(([k, v]) => [k, summarise(v).p95])) });
    report(`${name}.slowest`, Object.fromEntries(slowest.sort((a, b) => b[1] - a[1]).slice(0, 6)));
  };
  timeWordsAndFilters('slow-paths.words-and-filter');

  const countCases: Array<[string, StoryFilters]> = [
    ['', MONTH],
    ['', { ...MONTH, statuses: ['approved'] }],
    ['', { ...SINCE_2000, languages: ['Bengali'] }],
    ['', { ...SINCE_2000, eventIds: [event] }],
    ['waited', {}],
    ['waited', MONTH],
    ['catheter', { statuses: ['approved'] }],
    ['nebuliser', { ...MONTH, statuses: ['approved'] }],
  ];
  for (const [query, filters] of countCases) {
    services.search.facets({ query, filters });
    const [ms, counts, cpu] = time(() => services.search.facets({ query, filters }));
    report('slow-paths.counts', { query, filters, total: counts.total, ms: Math.round(ms), cpu: Math.round(cpu) });
  }

  const wide: StoryFilters[] = [
    { ...SINCE_2000, languages: ['Bengali'] },
    { ...SINCE_2000, eventIds: [event] },
    { ...SINCE_2000, languages: ['Bengali'], statuses: ['approved'] },
    { ...SINCE_2000, languages: ['Italian'] },
    { ...SINCE_2000, safeguarding: true },
  ];
  for (const filters of wide) {
    const samples = Array.from({ length: 6 }, () => time(() => services.search.search({ query: '', filters, limit: 50 }))[0]);
    report('slow-paths.wide-date-range', { filters, first: Math.round(samples[0]!), ...summarise(samples.slice(1)) });
  }

  await asVolunteer();
  timeWordsAndFilters('slow-paths.words-and-filter.volunteer');
}

void main();
