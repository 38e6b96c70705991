#!/usr/bin/env node
/* global window, document, performance, MutationObserver, setInterval, clearInterval -- used in page.evaluate callbacks */
/**
 * Time from "save" to a blank, focused capture form, in Chromium, through the web
 * harness and the real encrypted store (synchronous=FULL), as an outreach worker
 * at an event would see it.
 *
 *   node build.config.mjs web && node tests/bench/capture-ui.bench.mjs [--n 30]
 *
 * Builds nothing. Sets up a fresh store, its first user and an event through the
 * API, then N times: puts a ~150-word story in the words field, answers the
 * required questions, presses Ctrl+Enter and measures, in the page with
 * performance.now(), from that key press to the moment the words field is empty
 * and has the focus again (which happens only after the store said "saved").
 * Prints one JSON line: {"bench":"capture.save-to-blank-form","n":..,"p50":..,"p95":..,"max":..} in ms.
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
const nIndex = process.argv.indexOf('--n');
const N = nIndex >= 0 ? Number(process.argv[nIndex + 1]) : 30;

for (const path of Object.values(DIST)) {
  if (!existsSync(path)) {
    console.error(`capture-ui bench: ${path} is missing; run "node build.config.mjs web" first.`);
    process.exit(1);
  }
}

/** A deterministic story of about 150 words, different each time. */
function story(seed) {
  const words = [
    'the', 'receptionist', 'said', 'there', 'were', 'no', 'appointments', 'left', 'so', 'I', 'waited', 'on', 'the', 'phone', 'again',
    'and', 'my', 'mother', 'needed', 'her', 'prescription', 'before', 'the', 'weekend', 'nobody', 'explained', 'why', 'the', 'referral',
    'was', 'lost', 'we', 'went', 'to', 'A&E', 'instead', 'where', 'staff', 'were', 'kind', 'but', 'very', 'busy', 'interpreter', 'never',
    'came', 'letter', 'arrived', 'late', 'pharmacy', 'helped', 'us', 'in', 'the', 'end', 'ward', 'was', 'noisy', 'all', 'night',
  ];
  let x = seed * 2654435761;
  const out = [];
  for (let i = 0; i < 150; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(words[x % words.length]);
  }
  return `${out.join(' ')}.`;
}

const { chromium } = require('playwright-core');
const { startHarness } = require(DIST.harness);
const tmp = mkdtempSync(join(tmpdir(), 'verbatim-bench-ui-'));
const harness = await startHarness({ dbPath: join(tmp, 'store', 'verbatim.db'), rendererDir: DIST.renderer, bridgeFile: DIST.bridge, workerScript: DIST.worker });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(harness.url, { waitUntil: 'load' });
  // The store, its first user and an event, through the same bridge the app uses.
  await page.evaluate(async () => {
    const api = window.verbatim;
    const must = async (answer) => {
      const result = await answer;
      if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
      return result.value;
    };
    await must(api.createStore({ organisation: 'Benchmark Healthwatch', passphrase: 'benchmark passphrase 2026' }));
    await must(api.confirmRecoveryKey({}));
    await must(api.createFirstUser({ name: 'Bench Recorder', pin: '2468' }));
    const today = new Date().toISOString().slice(0, 10);
    const event = await must(api.createEvent({ name: 'Benchmark fair', heldOn: today, place: 'Benchmark hall', partner: null }));
    await must(api.setCurrentEvent({ eventId: event.id }));
  });
  await page.reload({ waitUntil: 'load' });
  const words = page.locator('#capture-words');
  await words.waitFor();

  const samples = [];
  for (let i = 0; i < N; i += 1) {
    await words.click();
    await page.keyboard.insertText(story(i + 1));
    await page.getByRole('group', { name: 'Whose words are these?' }).getByLabel("The person's own words").check();
    for (const [question, answer] of [
      [/keeping their story/, 'Yes'],
      [/being shared/, 'Yes'],
      [/being quoted/, 'No'],
      [/want to be contacted/, 'No'],
    ]) {
      await page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();
    }
    await words.focus();

    // Armed (and awaited) before the key press: from the keydown of Ctrl+Enter to
    // the first moment the words field is empty and focused.
    await page.evaluate(() => {
      window.__saveToBlank = new Promise((resolveMs, rejectMs) => {
        let started = null;
        const field = () => document.getElementById('capture-words');
        const done = () => {
          const el = field();
          if (started === null || !el || el.value !== '' || document.activeElement !== el) return;
          const ms = performance.now() - started;
          observer.disconnect();
          clearInterval(timer);
          document.removeEventListener('focusin', done, true);
          resolveMs(ms);
        };
        const onKey = (event) => {
          if (event.key !== 'Enter' || !event.ctrlKey) return; // the Control key itself comes first
          started = performance.now();
          document.removeEventListener('keydown', onKey, true);
        };
        document.addEventListener('keydown', onKey, true);
        const observer = new MutationObserver(done);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        document.addEventListener('focusin', done, true);
        const timer = setInterval(done, 1);
        setTimeout(() => rejectMs(new Error('the blank form did not come back within 10 s')), 10_000);
      });
    });
    await page.keyboard.press('Control+Enter');
    samples.push(await page.evaluate(() => window.__saveToBlank));
    await page.getByTestId('save-status').filter({ hasText: `${i + 1} ${i === 0 ? 'story' : 'stories'} saved at this event.` }).waitFor();
  }

  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const round = (x) => Math.round(x * 10) / 10;
  process.stdout.write(`${JSON.stringify({ bench: 'capture.save-to-blank-form', n: samples.length, p50: round(at(50)), p95: round(at(95)), max: round(sorted.at(-1)) })}\n`);
} finally {
  await browser.close();
  await harness.close();
  rmSync(tmp, { recursive: true, force: true });
}
