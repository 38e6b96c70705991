/* global window, document -- used inside page.evaluate callbacks, which run in the browser */
/**
 * An intelligence bundle through the real services and store: stories approved and
 * their masks checked through the bridge, a pre-election period added on the screen,
 * a preview job's progress and Cancel, the preview with its left-out reasons, the election banner, mentions and checklist
 * (refused until every item is ticked and a manager named), the export with its
 * progress, the done panel with the manifest hash; then `verbatim verify` on the file
 * in Node, and the stories checked to hold placeholders, never the original names.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assert, completeSetup, eventually, expectFocus, openSection } from '../lib/helpers.mjs';
import { call, newStory, saveStories, shot } from './50-find-stories.e2e.mjs';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Saves stories, approves them and records the masks the engine proposes as checked. */
async function approvedAndChecked(page, texts, change = {}) {
  const ids = await saveStories(page, texts.map((text) => newStory(text, { consent: { keep: true, share: true, quote: true, contact: false }, ...change })));
  for (const id of ids) {
    await call(page, 'setStoryStatus', { id, status: 'in-review', reason: null });
    await call(page, 'setStoryStatus', { id, status: 'approved', reason: null });
    const review = await call(page, 'getMaskReview', { id });
    await call(page, 'saveMaskCheck', { id, revision: review.revision, masks: review.proposed });
  }
  return ids;
}

export const tests = [
  {
    name: 'intelligence bundle: preview job with progress and cancel, preview with reasons left out, election checklist and mentions, export with progress, verified in Node with placeholders not names',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await approvedAndChecked(
        page,
        Array.from({ length: 6 }, (_, i) => `Dr Okafor at Church Street was kind, but the Labour council cut the clinic and I waited ${i + 2} weeks.`),
      );
      // Left out: no consent to share, and not yet approved.
      await saveStories(page, [newStory('I was not asked.', { consent: { keep: true, share: false, quote: false, contact: false } }), newStory('Still in review.')]);

      await openSection(page, 'Share', 'Intelligence bundle');
      await page.getByRole('heading', { name: 'Make an intelligence bundle', level: 2 }).waitFor();
      await shot(t, page, 'intelligence-01-form');

      // A pre-election period covering today, added on the screen.
      const periods = page.getByTestId('election-periods');
      await periods.getByRole('textbox', { name: 'Name' }).fill('Westminster City Council by-election');
      await periods.getByLabel('Notice of election').fill(localToday());
      await periods.getByLabel('Polling day').fill(localToday());
      await periods.getByRole('textbox', { name: 'Candidates' }).fill('Jane Marlow');
      await periods.getByRole('button', { name: 'Add the election period' }).click();
      await periods.getByText('In force today').waitFor();

      // The form starts afresh after a change of periods.
      await page.getByRole('textbox', { name: /Recipient/ }).fill('Central London NHS Trust');
      await page.getByRole('combobox', { name: /Who is it for/ }).selectOption('nhs-trust');

      // The preview is a job. Eight stories take milliseconds, so here the screen's status polls
      // are answered as if it were still selecting, until Cancel is sent (to the real worker).
      let cancelSent = false;
      const heldPreview = async (route) => {
        const { jobId } = route.request().postDataJSON();
        const progress = { done: 3, total: 8, phase: 'selecting' };
        await route.fulfill({ json: { ok: true, value: { id: jobId, kind: 'intelligence-preview', state: cancelSent ? 'cancelled' : 'running', progress } } });
      };
      await page.route('**/ipc/getJobStatus', heldPreview);
      page.on('request', (request) => {
        if (request.url().endsWith('/ipc/cancelJob')) cancelSent = true;
      });
      await page.getByRole('textbox', { name: /Recipient/ }).press('Enter');
      const progress = page.getByTestId('job-progress');
      await progress.getByText('Reading the stories and applying their checked masks').waitFor();
      assert.equal((await progress.getByRole('status').textContent()).trim(), '37% done (3 of 8)');
      await shot(t, page, 'intelligence-01b-preview-progress');
      await progress.getByRole('button', { name: 'Cancel' }).press('Enter');
      await page.getByText('The preview was cancelled. Nothing was changed.').waitFor();
      await expectFocus(page, 'intelligence-preview-button');
      assert.equal(await page.getByTestId('intelligence-preview').count(), 0);
      await page.unroute('**/ipc/getJobStatus', heldPreview);

      // Again, for real: the focus is on the preview button.
      await page.keyboard.press('Enter');
      const preview = page.getByTestId('intelligence-preview');
      await preview.waitFor();
      await expectFocus(page, 'intelligence-preview-title');
      assert.equal(await preview.getByText('6 stories will go out.').count(), 1);
      assert.equal((await page.getByTestId('left-out-noConsentToShare').locator('td').textContent()).trim(), '1');
      assert.equal((await page.getByTestId('left-out-notApproved').locator('td').textContent()).trim(), '1');
      const review = page.getByTestId('election-review');
      assert.match(await review.textContent(), /pre-election period “Westminster City Council by-election”/);
      assert.equal(await page.getByTestId('election-mentions').getByRole('cell', { name: 'Labour', exact: true }).count(), 6);
      await shot(t, page, 'intelligence-02-preview-election');

      // Refused until every item is ticked and the manager named; focus goes to the first problem.
      await page.getByRole('button', { name: 'Export the bundle' }).press('Enter');
      await page.getByText('Confirm every item of the checklist').waitFor();
      assert.equal(await page.getByText('Confirm every item of the checklist').count(), 1);
      await eventually(async () => assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /^election-item-/));
      await shot(t, page, 'intelligence-03-checklist-needed');
      for (const box of await review.getByRole('checkbox').all()) {
        await box.focus();
        await page.keyboard.press('Space');
      }
      await page.getByRole('textbox', { name: /Approved by/ }).fill('Cleo Chalk');
      // The path is offered for the chosen profile once the exports folder is known.
      const path = await eventually(async () => {
        const offered = await page.getByRole('textbox', { name: /Save the bundle as/ }).inputValue();
        assert.match(offered, /Verbatim exports\/nhs-trust-bundle-\d{4}-\d{2}-\d{2}\.zip$/);
        return offered;
      });
      await page.getByRole('textbox', { name: /Approved by/ }).press('Tab'); // to the save path
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Export the bundle');
      await page.keyboard.press('Enter');

      const done = page.getByTestId('intelligence-done');
      await done.waitFor({ timeout: 30_000 });
      const hash = (await done.getByTestId('manifest-hash').textContent()).trim();
      assert.match(hash, /^[0-9a-f]{64}$/);
      await shot(t, page, 'intelligence-04-done');

      // The recipient's check, in Node: the same file, verified by the command line.
      execFileSync(process.execPath, [join(ROOT, 'build.config.mjs'), 'cli'], { cwd: ROOT });
      const verified = execFileSync(process.execPath, [join(ROOT, 'dist/cli/verbatim.cjs'), 'verify', path], { encoding: 'utf8' });
      assert.match(verified, /^OK: .* is a complete, unaltered Verbatim intelligence bundle\./);
      assert.match(verified, new RegExp(`manifest hash: ${hash}`));
      assert.match(verified, /Westminster City Council by-election/);
      const stories = JSON.parse(execFileSync('unzip', ['-p', path, 'stories.json'], { encoding: 'utf8' }));
      assert.equal(stories.length, 6);
      for (const story of stories) {
        assert.doesNotMatch(story.text, /Okafor/);
        assert.match(story.text, /\[PERSON \d+\]/);
      }
      const audit = await call(page, 'verifyAudit', {});
      assert.equal(audit.ok, true);

      // report.html opens offline, runs nothing, passes axe, and reflows at 200% zoom (640 px wide).
      const report = join(t.tmp, 'report.html');
      writeFileSync(report, execFileSync('unzip', ['-p', path, 'report.html']));
      const reader = await page.context().browser().newContext({ viewport: { width: 640, height: 900 }, bypassCSP: true });
      try {
        const view = await reader.newPage();
        await view.goto(pathToFileURL(report).href);
        assert.equal(await view.locator('script').count(), 0);
        assert.equal(await view.getByRole('heading', { level: 1 }).textContent(), 'What people told Healthwatch Westminster');
        assert.equal(await view.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
        await view.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
        const violations = await view.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id));
        assert.deepEqual(violations, []);
        await t.screenshot(view, 'intelligence-05-report-at-200-percent');
      } finally {
        await reader.close();
      }
    },
  },
];
