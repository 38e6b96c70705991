#!/usr/bin/env node
/* global window, document, performance, MutationObserver -- used in page.evaluate callbacks */
/**
 * Time to open the Due list and the action plan in Chromium, through the web harness
 * and the real encrypted store, as a member of staff would: from the click on the
 * section's link to its first page of items in the page (the list no longer busy).
 *
 *   node build.config.mjs web && node tests/bench/recommendations-ui.bench.mjs --db PATH --passphrase P --pin N [--n 30]
 *
 * Opens the store tests/bench/recommendations.bench.ts leaves in .tmp/bench (5,000
 * recommendations linked to 50,000 stories; made by running it first when missing), or --db. Signs in the first
 * administrator whose PIN is --pin and waits out the page check that follows an
 * unlock. Between timings it goes to Reports, so each opening starts from no list.
 * Prints one JSON line per list: {"bench":"recommendations.ui","list":..,"n":..,"p50":..,"p95":..,"max":..}
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
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
const argument = (name, fallback = null) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const N = Number(argument('n', '30'));
const DEFAULT_DB = join(ROOT, '.tmp/bench/bench-50000.db');
const DB = argument('db', DEFAULT_DB);
const PASSPHRASE = argument('passphrase', 'benchmark passphrase, long enough');
const PIN = argument('pin', '2468');

// The store the service benchmark makes, made first when it is not there yet.
if (DB === DEFAULT_DB && !existsSync(DB)) spawnSync('npx', ['tsx', join(ROOT, 'tests/bench/recommendations.bench.ts'), '--rows', '50000'], { stdio: 'inherit', cwd: ROOT });
for (const path of [...Object.values(DIST), DB]) {
  if (!existsSync(path)) {
    console.error(`recommendations-ui bench: ${path} is missing (build with "node build.config.mjs web"; make the store with tests/bench/recommendations.bench.ts).`);
    process.exit(1);
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const { chromium } = require('playwright-core');
const { startHarness } = require(DIST.harness);
const harness = await startHarness({ dbPath: resolve(DB), rendererDir: DIST.renderer, bridgeFile: DIST.bridge, workerScript: DIST.worker });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(harness.url, { waitUntil: 'load' });
  await page.evaluate(
    async ({ passphrase, pin }) => {
      const api = window.verbatim;
      const must = async (answer) => {
        const result = await answer;
        if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
        return result.value;
      };
      await must(api.unlockStore({ passphrase }));
      const admins = (await must(api.listUsers({}))).filter((user) => !user.retired && user.role === 'admin');
      let signedIn = false;
      for (const person of admins) signedIn ||= (await api.signIn({ userId: person.id, pin })).ok;
      if (!signedIn) throw new Error('no administrator has that PIN');
      while ((await must(api.getStoreStatus({}))).integrity === 'checking') await new Promise((done) => setTimeout(done, 1000));
    },
    { passphrase: PASSPHRASE, pin: PIN },
  );
  await page.reload({ waitUntil: 'load' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action plan' }).click();
  await page.getByRole('navigation', { name: 'Parts of the action plan' }).waitFor();

  /** Clicks the section's link and resolves with the ms until its list holds items and is not busy. */
  const open = (linkName, testId) =>
    page.evaluate(
      ({ linkName, testId }) =>
        new Promise((resolve) => {
          const link = [...document.querySelectorAll('.subnav-link')].find((a) => a.textContent === linkName);
          const ready = () => {
            const list = document.querySelector(`[data-testid="${testId}"]`);
            return list !== null && list.getAttribute('aria-busy') === null && list.querySelectorAll('.plan-item').length > 0;
          };
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (ready()) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          link.click();
        }),
      { linkName, testId },
    );
  const toReports = async () => {
    await page.getByRole('navigation', { name: 'Parts of the action plan' }).getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByTestId('report-item').first().waitFor({ timeout: 60_000 });
  };

  for (const [linkName, testId] of [
    ['Due', 'due-list'],
    ['Action plan', 'action-plan-list'],
  ]) {
    await toReports();
    await open(linkName, testId); // once untimed, as a session in use would have it
    const samples = [];
    for (let i = 0; i < N; i += 1) {
      await toReports();
      samples.push(await open(linkName, testId));
    }
    samples.sort((a, b) => a - b);
    const round = (x) => Math.round(x * 10) / 10;
    console.log(JSON.stringify({ bench: 'recommendations.ui', list: linkName, n: N, p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), max: round(samples.at(-1)) }));
  }
} finally {
  await browser.close();
  await harness.close();
}
