/**
 * Word forms in search (issue 15, migration 0016) on a COPY of a benchmark store at
 * schema 15 (it is upgraded, and the timed saves add stories): the migration's time,
 * what the alternatives cost, saving a story before and after, and the 12 searches as
 * they were (each word quoted: exactly the old query) and with word forms, interleaved,
 * for staff and for volunteers.
 * Run: node tests/bench/word-forms.bench.mjs --rows 1000000 --dir /work/bench/forms
 * (--fill makes, or tops up, a store of that many stories at schema 15 first.)
 */
import { parseArgs } from 'node:util';
import { MIGRATIONS } from '../../main/store/migrations';
import { searchWordFormsMigration } from '../../main/store/migrations/0016_search_word_forms';
import { wordForms } from '../../main/workbench/word-forms';
import { parseSearchQuery } from '../../shared/workbench/search-query';
import { ADMIN_PIN, giveAnonymisedWords, openBenchStore } from './fill-store';
import { QUERIES } from './search-queries';
import { report, summarise } from './stats';

const SAVES = 300;
const ROUNDS = 10;
/** The old query: every plain word quoted, which the search language matches exactly. */
const exactly = (query: string) => query.replace(/"[^"]*"|\S+/g, (token) => (token.startsWith('"') || token.endsWith('*') || /^(AND|OR|NOT)$/.test(token) ? token : `"${token}"`));

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, dir: { type: 'string', default: '/work/bench/forms' }, fill: { type: 'boolean', default: false } } });
  const earlier = MIGRATIONS.filter((m) => m.version < searchWordFormsMigration.version);
  const { services, next } = await openBenchStore(values.dir, Number(values.rows), { reuse: true, measureOnly: !values.fill, checkpointWhenIdle: true, migrations: earlier });
  const db = services.store.requireDb();
  giveAnonymisedWords(db);
  const stories = services.store.counts().stories ?? 0;
  const ms = (started: number) => Math.round(performance.now() - started);

  /** One story a transaction, durable, each with one word no story has yet (the costly case for the word list). */
  let saved = 0;
  const timeSaves = (name: string) => {
    services.store.checkpoint();
    const samples: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const input = next();
      saved += 1;
      const text = `${input.text} Zorblaxing${saved}.`;
      const started = performance.now();
      services.stories.save({ ...input, text });
      samples.push(performance.now() - started);
      services.store.checkpoint();
    }
    report(name, { stories, newWordEach: true, ...summarise(samples) });
  };

  if ((db.pragma('user_version', { simple: true }) as number) === searchWordFormsMigration.version - 1) {
    timeSaves('forms.save.before');

    // Alternatives. Reading the index's vocabulary (what 0016 starts from).
    db.exec('CREATE VIRTUAL TABLE temp.story_fts_words USING fts5vocab (main, story_fts, row)');
    let started = performance.now();
    const terms = db.prepare('SELECT count(*) FROM temp.story_fts_words').pluck().get() as number;
    report('forms.alternative.read-vocabulary', { stories, terms, ms: ms(started) });
    // No list at all: the vocabulary's words around the searched word's start, read at each search.
    const around = db.prepare('SELECT term FROM temp.story_fts_words WHERE term >= ? AND term < ?').pluck();
    for (const start of ['wai', 'dis', 'appoin']) {
      started = performance.now();
      const found = around.all(start, `${start.slice(0, -1)}${String.fromCharCode(start.charCodeAt(start.length - 1) + 1)}`).length;
      report('forms.alternative.vocabulary-at-search', { start, terms: found, ms: ms(started) });
    }
    db.exec('DROP TABLE temp.story_fts_words');
    // Re-indexing with a stemming tokenizer: the newest 100,000 stories, rolled back (scale by stories/100,000).
    db.exec('SAVEPOINT porter_trial');
    started = performance.now();
    db.exec(`CREATE VIRTUAL TABLE porter_trial USING fts5 (text, translation, content = '', tokenize = 'porter unicode61 remove_diacritics 2');
             INSERT INTO porter_trial (rowid, text, translation) SELECT seq, text, translation FROM story_search_source WHERE seq > (SELECT max(seq) - 100000 FROM stories);`);
    report('forms.alternative.porter-reindex', { stories: 100_000, ms: ms(started), note: 'one index; phrases would then match other forms too' });
    db.exec('ROLLBACK TO porter_trial; RELEASE porter_trial');

    started = performance.now();
    db.transaction(() => {
      searchWordFormsMigration.up(db);
      db.pragma(`user_version = ${searchWordFormsMigration.version}`);
    })();
    report('forms.migration', { stories, ms: ms(started), words: db.prepare('SELECT count(*) FROM search_terms').pluck().get() });
    timeSaves('forms.save.after');
  } else {
    report('forms.migration', { note: 'store already at schema 16: not timed' });
  }

  const forms = wordForms(db);
  report(
    'forms.queries',
    Object.fromEntries(QUERIES.map((q) => [q, (parseSearchQuery(q, forms) as { fts: string }).fts])),
  );
  // The synthetic text has few forms of a word (two at most); the six with the most are timed, and, for
  // real words with many common forms, an OR of six common words stands in for one word with six forms.
  const families = new Map<string, string>();
  for (const term of db.prepare('SELECT term FROM search_terms ORDER BY term').pluck().all() as string[]) {
    const family = forms(term).join(' ');
    if (!families.has(family)) families.set(family, term);
  }
  const mostForms = [...families].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || a[1].localeCompare(b[1])).slice(0, 6).map(([, term]) => term);
  report('forms.most-forms', Object.fromEntries(mostForms.map((term) => [term, forms(term).join(' ')])));
  const sixForms = `(${mostForms.join(' OR ')})`;
  const timeSearches = (name: string, queries: readonly string[]) => {
    const search = (query: string) => services.search.search({ query, filters: {}, limit: 50 });
    // Warm the cache once, as a session in use would be.
    for (const q of queries) {
      search(exactly(q));
      search(q);
    }
    const samples: Record<'exact' | 'forms', number[]> = { exact: [], forms: [] };
    const slowest: Record<string, [number, number]> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of queries) {
        const pair = ([exactly(q), q] as const).map((query) => {
          const started = performance.now();
          search(query);
          return performance.now() - started;
        }) as [number, number];
        samples.exact.push(pair[0]);
        samples.forms.push(pair[1]);
        slowest[q] = [Math.max(slowest[q]?.[0] ?? 0, pair[0]), Math.max(slowest[q]?.[1] ?? 0, pair[1])];
      }
    }
    report(`${name}.exact`, { stories, queries: queries.length, ...summarise(samples.exact) });
    report(`${name}.forms`, { stories, queries: queries.length, ...summarise(samples.forms) });
    report(`${name}.slowest-per-query`, Object.fromEntries(Object.entries(slowest).map(([q, [a, b]]) => [q, `${a.toFixed(1)} → ${b.toFixed(1)}`])));
  };
  timeSearches('forms.search', QUERIES);
  timeSearches('forms.search.most-forms', [...mostForms, sixForms]);
  const checked = db.prepare('SELECT count(*) FROM story_redactions').pluck().get() as number;
  const volunteer = services.users.list().find((u) => u.role === 'volunteer') ?? (await services.users.create('Bench Volunteer', 'volunteer', '9753'));
  const admin = services.users.signedIn!;
  await services.users.signIn(volunteer.id, '9753');
  report('forms.search.volunteer.stories', { checked });
  timeSearches('forms.search.volunteer', QUERIES);
  timeSearches('forms.search.volunteer.most-forms', [...mostForms, sixForms]);
  await services.users.signIn(admin.id, ADMIN_PIN);
  services.store.lock();
}

void main();
