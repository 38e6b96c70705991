#!/usr/bin/env node
/* global window, document -- used inside page.evaluate callbacks, which run in the browser */
/**
 * End-to-end tests: Debian's Chromium, driven by playwright-core, against the web
 * harness serving the built renderer with the REAL services and a real encrypted
 * store (a fresh one in a temporary folder for every test).
 *
 *   node build.config.mjs web && node tests/e2e/run.mjs [--grep TEXT]
 *
 * Scenarios live in tests/e2e/scenarios/*.e2e.mjs; each exports `tests`, an array
 * of { name, run(t) } where `t` is the per-test kit made by makeKit below.
 * Every screen a test visits is checked with axe-core (serious and critical
 * violations fail) and photographed into tests/e2e/artifacts/. Any Content
 * Security Policy violation, console error or uncaught page error fails the test.
 *
 * Prints one line per test and, last, "N passed, N failed" alone on a line; exits 1
 * if any test failed or if Chromium is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const CHROMIUM = process.env.VERBATIM_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(HERE, 'artifacts');
const TEST_TIMEOUT_MS = Number(process.env.VERBATIM_E2E_TIMEOUT_MS ?? 90_000);
/**
 * VERBATIM_E2E_IPC_DELAY_MS=N holds every call from the page to the services back by
 * N ms (in Playwright, between the page and the harness: nothing in the app or the
 * harness changes). Stress runs use it to expose a test that reads a screen once
 * instead of waiting for what an answer brings.
 */
const IPC_DELAY_MS = Number(process.env.VERBATIM_E2E_IPC_DELAY_MS ?? 0);
const AXE_URL_PATH = '/__e2e__/axe.min.js';

const DIST = {
  harness: join(ROOT, 'dist/web/harness.cjs'),
  bridge: join(ROOT, 'dist/web/bridge.js'),
  worker: join(ROOT, 'dist/web/db-worker.cjs'),
  renderer: join(ROOT, 'dist/renderer'),
  fixture: join(ROOT, 'dist/e2e/store-fixture.cjs'),
};

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

function fatal(message) {
  console.error(`e2e: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// ---------------------------------------------------------------- preflight
if (!existsSync(CHROMIUM)) {
  fatal(`Chromium was not found at ${CHROMIUM}. Install it with "apt-get update && apt-get install -y chromium" (CI does this in .ci/run).`);
}
for (const [what, path] of Object.entries(DIST)) {
  if (what !== 'fixture' && !existsSync(path)) fatal(`${path} is missing: build first with "node build.config.mjs web".`);
}

const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex >= 0 ? (process.argv[grepIndex + 1] ?? '').toLowerCase() : '';

const { chromium } = require('playwright-core');
const { startHarness } = require(DIST.harness);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Bundles the test-only store helper (same StoreService as the app) on first use. */
let fixtureBuilt = false;
async function storeFixture(args, passphrase) {
  if (!fixtureBuilt) {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(HERE, 'lib/store-fixture.ts')],
      outfile: DIST.fixture,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3-multiple-ciphers'],
      logLevel: 'warning',
    });
    fixtureBuilt = true;
  }
  execFileSync(process.execPath, [DIST.fixture, ...args], {
    env: { ...process.env, VERBATIM_PASSPHRASE: passphrase },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

// ---------------------------------------------------------------- per-test kit
function makeKit(browser, testName) {
  const tmp = mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
  const dbPath = join(tmp, 'store', 'verbatim.db');
  const contexts = [];
  const problems = [];
  const axeReport = [];
  let harness = null;

  const kit = {
    dbPath,
    tmp,
    axeReport,
    get harness() {
      return harness;
    },

    /**
     * Starts the harness (with the real services) on this test's store. Give the
     * port of an earlier run to restart "the app" at the same origin, so that the
     * page's IndexedDB (where drafts live) is the same.
     */
    async startHarness({ port } = {}) {
      if (harness) throw new Error('the harness is already running');
      harness = await startHarness({
        dbPath,
        rendererDir: DIST.renderer,
        bridgeFile: DIST.bridge,
        workerScript: DIST.worker,
        ...(port ? { port } : {}),
      });
      return harness;
    },

    /** The port the harness is listening on. */
    get harnessPort() {
      return harness ? Number(new URL(harness.url).port) : null;
    },

    /** Stops the harness; its database worker closes the store. */
    async stopHarness() {
      if (!harness) return;
      const running = harness;
      harness = null;
      await running.close();
    },

    /**
     * A page in a fresh browser context (or in `context`). `clock: true` installs
     * Playwright's fake clock before the app loads, so a test can fast-forward idle time.
     */
    async newPage({ clock = false, viewport = { width: 1280, height: 860 }, context: reuse = null } = {}) {
      // A page in an existing context shares its storage (IndexedDB), as a new
      // window of the same app would.
      let context = reuse;
      if (!context) {
        context = await browser.newContext({ viewport, locale: 'en-GB', reducedMotion: 'reduce' });
        contexts.push(context);
        // axe-core is served as a same-origin file by Playwright itself, so the app's
        // strict CSP (script-src 'self', no inline scripts) stays fully in force.
        await context.route(`**${AXE_URL_PATH}`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: axeSource }),
        );
        if (IPC_DELAY_MS > 0) {
          await context.route('**/ipc/**', async (route) => {
            await new Promise((done) => setTimeout(done, IPC_DELAY_MS));
            await route.fallback();
          });
        }
      }
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
        else if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      if (clock) await page.clock.install();
      return page;
    },

    /** Opens the app in `page` through the harness's token link. */
    async open(page) {
      if (!harness) await kit.startHarness();
      await page.goto(harness.url, { waitUntil: 'load' });
      await page.evaluate(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
        ),
      );
      return page;
    },

    /** Runs axe-core on the page; serious or critical violations fail the test. */
    async axe(page, screen) {
      const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
      if (!hasAxe) await page.addScriptTag({ url: AXE_URL_PATH });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
        }));
      });
      const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      axeReport.push({ screen, violations: violations.length, blocking: blocking.length });
      for (const v of violations.filter((v) => !blocking.includes(v))) {
        console.log(`    axe (${screen}): ${v.impact} ${v.id}: ${v.help} [${v.targets.join(', ')}]`);
      }
      if (blocking.length > 0) {
        const lines = blocking.map((v) => `${v.impact} ${v.id}: ${v.help} [${v.targets.join(', ')}]`);
        throw new Error(`axe found ${blocking.length} serious or critical violation(s) on "${screen}":\n      ${lines.join('\n      ')}`);
      }
    },

    /** Saves a screenshot (the full page unless `fullPage: false`) to tests/e2e/artifacts/<name>.png. */
    async screenshot(page, name, { fullPage = true } = {}) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path, fullPage });
      return path;
    },

    /** Checks a screen: axe, then a screenshot. */
    async screen(page, name) {
      await kit.axe(page, name);
      await kit.screenshot(page, name);
    },

    /** Makes a real backup of the (closed) store beside it, as Verbatim keeps them. */
    async makeBackup(passphrase, name = 'made-by-test.vbak') {
      const folder = `${dbPath}.backups`;
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      await storeFixture(['backup', dbPath, join(folder, name)], passphrase);
      return join(folder, name);
    },

    /** Marks the (closed) store as written by a newer Verbatim. */
    async makeTooNew(passphrase) {
      await storeFixture(['too-new', dbPath], passphrase);
    },

    problems,

    async dispose(failed) {
      if (failed) {
        for (const context of contexts) {
          for (const [index, page] of context.pages().entries()) {
            await kit.screenshot(page, `FAILED-${slug(testName)}-${index}`).catch(() => {});
          }
        }
      }
      for (const context of contexts) await context.close().catch(() => {});
      await kit.stopHarness().catch(() => {});
      rmSync(tmp, { recursive: true, force: true });
    },
  };
  return kit;
}

// ---------------------------------------------------------------- runner
async function loadScenarios() {
  const folder = join(HERE, 'scenarios');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.e2e.mjs'))
    .sort();
  const tests = [];
  for (const file of files) {
    const module = await import(pathToFileURL(join(folder, file)).href);
    for (const test of module.tests ?? []) tests.push({ file, ...test });
  }
  return tests;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const allTests = await loadScenarios();
const selected = allTests.filter((test) => !grep || `${test.file} ${test.name}`.toLowerCase().includes(grep));
if (selected.length === 0) fatal(grep ? `no test matches "${grep}"` : 'no scenarios found in tests/e2e/scenarios');

let browser;
try {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
} catch (error) {
  fatal(`Chromium at ${CHROMIUM} did not start: ${error instanceof Error ? error.message : String(error)}`);
}

console.log(`e2e: ${selected.length} test(s) in Chromium ${browser.version()}${IPC_DELAY_MS > 0 ? `, every call to the services held back ${IPC_DELAY_MS} ms` : ''}`);
let passed = 0;
let failed = 0;
const started = Date.now();
for (const test of selected) {
  const kit = makeKit(browser, test.name);
  const t0 = Date.now();
  let error = null;
  try {
    await withTimeout(test.run(kit), TEST_TIMEOUT_MS, `"${test.name}"`);
    if (kit.problems.length > 0) throw new Error(`the page reported problems:\n      ${kit.problems.join('\n      ')}`);
  } catch (caught) {
    error = caught;
  }
  await kit.dispose(error !== null);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const screens = kit.axeReport.length ? `, axe on ${kit.axeReport.length} screen(s)` : '';
  if (error) {
    failed += 1;
    console.log(`  FAIL ${test.file} › ${test.name} (${seconds} s${screens})`);
    console.log(`    ${(error instanceof Error ? (error.stack ?? error.message) : String(error)).split('\n').join('\n    ')}`);
  } else {
    passed += 1;
    console.log(`  ok   ${test.file} › ${test.name} (${seconds} s${screens})`);
  }
}
await browser.close();
console.log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${ARTIFACTS}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
