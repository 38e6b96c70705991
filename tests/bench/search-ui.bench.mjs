#!/usr/bin/env node
/* global window, document, performance, MutationObserver, setInterval, clearInterval -- used in page.evaluate callbacks */
/**
 * Time from the last key press of a search to the results shown, in Chromium,
 * through the web harness and the real encrypted store, as a member of staff on
 * Find stories would see it.
 *
 *   node build.config.mjs web && node tests/bench/search-ui.bench.mjs [--n 30] [--stories 5000]
 *   node tests/bench/search-ui.bench.mjs --db PATH --passphrase P --pin N [--n 30]
 *
 * Builds nothing. With --db, opens an existing store (for example the 1,000,000-story
 * store that tests/bench/workbench.bench.ts leaves in .tmp/bench) and signs in the
 * first administrator or member of staff whose PIN is --pin, and waits for the page
 * check that follows an unlock to finish. Without it, makes a
 * fresh store with --stories stories (5,000 by default) through the API.
 *
 * Then N times: clears the search box (and waits for the full list and its counts), types all but
 * the last character of a query, and measures, in the page with performance.now(),
 * from the keydown of the last character to the moment the list answers that query
 * and its first row's snippet holds a <mark> (a highlighted match). The time
 * includes the search box's debounce (the pause it waits for after the last key
 * before searching), which the line reports as debounceMs.
 *
 * --verbose prints each query's time on stderr. Prints one JSON line:
 *   {"bench":"search.type-to-results","n":..,"p50":..,"p95":..,"max":..,"debounceMs":200,"stories":..}
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.VERBATIM_CHROMIUM ?? '/usr/bin/chromium';
const DIST = {
  harness: join(ROOT, 'dist/web/harness.cjs'),
  bridge: join(ROOT, 'dist/web/bridge.js'),
  worker: join(ROOT, 'dist/web/db-worker.cjs'),
  renderer: join(ROOT, 'dist/renderer'),
};
/** The search box's debounce (renderer/src/workbench/search/search-store.ts, DEBOUNCE_MS). */
const DEBOUNCE_MS = 200;

const argument = (name, fallback = null) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const N = Number(argument('n', '30'));
const STORIES = Number(argument('stories', '5000'));
const DB = argument('db');
const PASSPHRASE = argument('passphrase');
const PIN = argument('pin');

for (const path of Object.values(DIST)) {
  if (!existsSync(path)) {
    console.error(`search-ui bench: ${path} is missing; run "node build.config.mjs web" first.`);
    process.exit(1);
  }
}
if (DB && (!PASSPHRASE || !PIN)) {
  console.error('search-ui bench: --db needs --passphrase and --pin.');
  process.exit(2);
}

// Words people use about services (the vocabulary of tests/bench/story-text.ts), so
// that the same queries find stories in a fresh store and in the generated big one.
const SERVICES = ['GP surgery', 'health centre', 'A&E', 'maternity ward', 'dentist', 'pharmacy', 'optician', 'care home', 'mental health team', 'district nurses', 'physiotherapy', 'eye clinic', 'outpatients', 'hospice', 'NHS 111'];
const STAFF = ['receptionist', 'GP', 'doctor', 'nurse', 'midwife', 'pharmacist', 'consultant', 'paramedic', 'carer', 'social worker', 'physio', 'interpreter', 'locum'];
const EVENTS = [
  'I waited over four hours to be seen', 'nobody explained what the medication was for', 'the staff were kind and patient',
  'we had to chase the referral three times', 'the parking cost more than the prescription', 'the interpreter never arrived',
  'the letter came after the appointment date', 'the nurse listened properly for once', 'the online booking kept crashing',
  'there was no ramp for the wheelchair', 'the discharge was delayed because of transport', 'they were short of staff again',
  'my repeat prescription went missing', 'the results took six weeks to come back', 'they cancelled the operation the night before',
  'I could not get through on the phone at eight', 'the toilets were filthy', 'the ward was noisy all night',
  'the carers only stayed ten minutes', 'they treated me with dignity', 'I was sent home without a care plan', 'the hearing loop was broken',
];
const RARE = ['asthma', 'inhaler', 'insulin', 'dialysis', 'dementia', 'arthritis', 'wheelchair', 'catheter', 'bereavement', 'pregnancy', 'antibiotics', 'warfarin', 'nebuliser'];

/** A deterministic story of about 120 words. */
function storyText(seed) {
  let x = seed >>> 0;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 4294967296;
  };
  const pick = (items) => items[Math.floor(next() * items.length)];
  const parts = [];
  let words = 0;
  while (words < 120) {
    const sentence =
      next() < 0.5
        ? `The ${pick(STAFF)} at the ${pick(SERVICES)} said ${pick(EVENTS)}, about my ${pick(RARE)}.`
        : `I went to the ${pick(SERVICES)} last month and ${pick(EVENTS)}.`;
    parts.push(sentence);
    words += sentence.split(' ').length;
  }
  return parts.join(' ');
}

/** Queries of every kind the search box takes; each finds stories in either store. */
const QUERIES = [
  'receptionist', 'interpreter', 'referral', 'prescription', 'wheelchair', 'dialysis', 'physio*', 'pharm*', 'dent*', 'hosp*',
  '"online booking"', '"short of staff"', '"hearing loop"', '"care plan"', 'nurse AND dignity', 'parking OR transport',
  'midwife OR maternity', 'GP NOT receptionist', '(asthma OR inhaler) AND nurse', 'toilets filthy', 'waited hours', 'discharge delayed',
  'letter appointment', 'insulin', 'dementia carer', 'locum', 'bereavement', 'warfarin OR antibiotics', '"noisy all night"', 'operation cancelled',
];

const { chromium } = require('playwright-core');
const { startHarness } = require(DIST.harness);
const tmp = DB ? null : mkdtempSync(join(tmpdir(), 'verbatim-bench-search-ui-'));
const dbPath = DB ? resolve(DB) : join(tmp, 'store', 'verbatim.db');
const harness = await startHarness({ dbPath, rendererDir: DIST.renderer, bridgeFile: DIST.bridge, workerScript: DIST.worker });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(harness.url, { waitUntil: 'load' });
  const stories = await page.evaluate(
    async ({ existing, passphrase, pin, count, texts }) => {
      const api = window.verbatim;
      const must = async (answer) => {
        const result = await answer;
        if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
        return result.value;
      };
      if (existing) {
        await must(api.unlockStore({ passphrase }));
        const people = (await must(api.listUsers({}))).filter((user) => !user.retired && (user.role === 'admin' || user.role === 'staff'));
        let signedIn = false;
        for (const person of people) {
          const answer = await api.signIn({ userId: person.id, pin });
          if (answer.ok) {
            signedIn = true;
            break;
          }
        }
        if (!signedIn) throw new Error('no administrator or member of staff has that PIN');
        // The page check after unlock reads the whole file on another thread (about a minute at a
        // million stories); on two cores it would be timed too, so it is waited out.
        while ((await must(api.getStoreStatus({}))).integrity === 'checking') await new Promise((done) => setTimeout(done, 1000));
        return (await must(api.countStories({ query: '', filters: {} }))).total;
      }
      await must(api.createStore({ organisation: 'Benchmark Healthwatch', passphrase: 'benchmark passphrase 2026' }));
      await must(api.confirmRecoveryKey({}));
      await must(api.createFirstUser({ name: 'Bench Admin', pin: '2468' }));
      const today = new Date().toISOString().slice(0, 10);
      const story = (i) => ({
        text: texts[i % texts.length],
        wordsKind: 'own-words',
        language: 'English',
        interpreter: false,
        translation: null,
        channel: i % 2 === 0 ? 'phone' : 'drop-in',
        eventId: null,
        heardOn: today,
        serviceIds: [],
        consent: { keep: true, share: true, quote: false, contact: false },
        contact: null,
        equality: {},
        safeguarding: { flagged: i % 97 === 0, action: null, actionBy: null },
        status: 'submitted',
        draftId: null,
      });
      // A few saves in flight at once; the store still writes them one by one, durably.
      const inFlight = 16;
      for (let start = 0; start < count; start += inFlight) {
        await Promise.all(Array.from({ length: Math.min(inFlight, count - start) }, (_, k) => must(api.saveStory(story(start + k)))));
      }
      return count;
    },
    { existing: Boolean(DB), passphrase: PASSPHRASE, pin: PIN, count: STORIES, texts: Array.from({ length: 2000 }, (_, i) => storyText(i + 1)) },
  );

  await page.reload({ waitUntil: 'load' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }).click();
  const box = page.getByLabel('Search the words');
  await box.waitFor();

  /** Waits until the list answers `query` and its counts are in (nothing on its way). */
  const answered = (query) =>
    page.waitForFunction(
      (words) => {
        const results = document.querySelector('.wb-results');
        const filters = document.querySelector('.wb-filters');
        return results?.getAttribute('data-shown-query') === words && results.getAttribute('aria-busy') === null && filters?.getAttribute('aria-busy') === null;
      },
      query,
      { timeout: 60_000 },
    );
  await answered('');

  const samples = [];
  for (let i = 0; i < N; i += 1) {
    const query = QUERIES[i % QUERIES.length];
    await box.fill('');
    await answered('');
    await box.focus();
    await page.keyboard.type(query.slice(0, -1));
    const last = query.slice(-1);
    // Armed (and awaited) before the key press: from the keydown of the last
    // character to the first moment the list shows this query's results with a
    // highlighted match in its first row.
    await page.evaluate(
      ({ words, key }) => {
        window.__typeToResults = new Promise((resolveMs, rejectMs) => {
          let started = null;
          const done = () => {
            if (started === null) return;
            const results = document.querySelector('.wb-results');
            if (results?.getAttribute('data-shown-query') !== words) return;
            if (!document.querySelector('.vlist-row[data-index="0"] .story-excerpt mark')) return;
            const ms = performance.now() - started;
            observer.disconnect();
            clearInterval(timer);
            resolveMs(ms);
          };
          const onKey = (event) => {
            if (event.key !== key) return;
            started = performance.now();
            document.removeEventListener('keydown', onKey, true);
          };
          document.addEventListener('keydown', onKey, true);
          const observer = new MutationObserver(done);
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          const timer = setInterval(done, 1);
          setTimeout(() => rejectMs(new Error(`no highlighted results for ${words} within 60 s`)), 60_000);
        });
      },
      { words: query, key: last },
    );
    await page.keyboard.press(last);
    samples.push(await page.evaluate(() => window.__typeToResults));
    if (process.argv.includes('--verbose')) console.error(`${query}: ${samples.at(-1).toFixed(1)} ms`);
  }

  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const round = (x) => Math.round(x * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({ bench: 'search.type-to-results', n: samples.length, p50: round(at(50)), p95: round(at(95)), max: round(sorted.at(-1)), debounceMs: DEBOUNCE_MS, stories })}\n`,
  );
} finally {
  await browser.close();
  await harness.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
