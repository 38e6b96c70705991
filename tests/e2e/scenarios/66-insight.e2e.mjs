/* global document */
/**
 * Insight end to end, through the real services and store: stories captured and
 * tagged, the dashboard's counts checked against the Stories list, a click on a bar
 * (and Enter on a table's count) opening exactly those stories in Stories, a period
 * with no stories, Reach against Westminster's census tables and an area with no
 * table for most topics, then the quarterly PDF built as a job, its text holding the
 * figures the screen shows as they will be shared.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { assert, completeSetup, expectScreen, openSection } from '../lib/helpers.mjs';
import { call, newStory, saveStories, shot, waitForResults } from './50-find-stories.e2e.mjs';

/** Saves stories, tags them with a theme and an overall sentiment; some approved with masks checked (quotable). */
async function storiesToldAndTagged(page) {
  const codes = await call(page, 'listCodes', { includeRetired: false });
  const waiting = codes.find((code) => code.name === 'Waiting times');
  const parking = codes.find((code) => code.name === 'Parking and transport');
  const plan = [
    ...Array.from({ length: 9 }, (_, i) => ({ text: `I waited ${i + 3} weeks for an appointment at the surgery.`, theme: waiting, sentiment: i < 7 ? 'negative' : 'positive', quotable: i === 0 })),
    ...Array.from({ length: 3 }, (_, i) => ({ text: `Parking at the hospital cost me £${i + 5} again.`, theme: parking, sentiment: 'negative', quotable: false })),
  ];
  const ids = await saveStories(
    page,
    plan.map((p) => newStory(p.text, { consent: { keep: true, share: true, quote: p.quotable, contact: false }, equality: p.quotable ? { sex: 'female', ageBand: '35-44' } : { sex: 'prefer-not-to-say' } })),
  );
  for (const [index, id] of ids.entries()) {
    await call(page, 'tagStory', { storyId: id, codeId: plan[index].theme.id, sentiment: null, passage: null });
    await call(page, 'setStorySentiment', { storyId: id, sentiment: plan[index].sentiment });
    if (plan[index].quotable) {
      await call(page, 'setStoryStatus', { id, status: 'in-review', reason: null });
      await call(page, 'setStoryStatus', { id, status: 'approved', reason: null });
      const review = await call(page, 'getMaskReview', { id });
      await call(page, 'saveMaskCheck', { id, revision: review.revision, masks: review.proposed });
    }
  }
  return { waiting, parking };
}

const dashboardLoaded = (page) => page.getByTestId('insight-total').waitFor();

/** Moves to another section of Insight, from inside it. */
async function insightSection(page, name) {
  const link = page.getByRole('navigation', { name: 'Insight sections' }).getByRole('link', { name, exact: true });
  await link.click();
  await link.and(page.locator('[aria-current="page"]')).waitFor();
}

export const tests = [
  {
    name: 'insight: dashboard counts equal the Stories list, a bar opens its stories, an empty period, reach with and without census tables, the quarterly PDF holds the figures shared',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await storiesToldAndTagged(page);

      await openSection(page, 'Insight', 'Dashboard');
      await dashboardLoaded(page);
      assert.equal((await page.getByTestId('insight-total').textContent()).trim(), '12');
      const themes = page.getByTestId('insight-themes');
      await themes.locator('svg a').first().waitFor();
      await themes.getByRole('button', { name: 'Show as a table' }).click();
      const row = themes.getByRole('row', { name: /Waiting times/ });
      assert.equal((await row.getByRole('cell').nth(0).textContent()).trim(), '9');
      await shot(t, page, 'insight-01-dashboard');

      // A click on the "Waiting times, negative" segment of the bar opens exactly those stories.
      const segment = themes.locator('svg a').filter({ has: page.locator('[aria-label="Waiting times, Negative: 7 stories"]') });
      await segment.click();
      await expectScreen(page, 'Stories');
      await waitForResults(page);
      assert.equal((await page.getByTestId('results-summary').textContent()).trim().split(' ')[0], '7');
      assert.equal(await page.getByRole('checkbox', { name: /^Negative/ }).isChecked(), true);
      assert.equal(await page.getByRole('checkbox', { name: /^Waiting times/ }).isChecked(), true);

      // Back in Insight, Enter on a count in the table opens those stories too (keyboard only).
      await openSection(page, 'Insight', 'Dashboard');
      await dashboardLoaded(page);
      await themes.getByRole('button', { name: 'Show as a table' }).click();
      await themes.getByRole('link', { name: 'Parking and transport: 3 stories. Open these stories' }).focus();
      await page.keyboard.press('Enter');
      await expectScreen(page, 'Stories');
      await waitForResults(page);
      assert.equal((await page.getByTestId('results-summary').textContent()).trim().split(' ')[0], '3');

      // The chart's marks are links the keyboard reaches: Enter on the first opens its stories.
      await openSection(page, 'Insight', 'Dashboard');
      await dashboardLoaded(page);
      const firstMark = themes.locator('svg a').first();
      await firstMark.waitFor();
      const markName = await firstMark.locator('[aria-label]').first().getAttribute('aria-label');
      await firstMark.focus();
      await page.keyboard.press('Enter');
      await expectScreen(page, 'Stories');
      await waitForResults(page);
      assert.equal((await page.getByTestId('results-summary').textContent()).trim().split(' ')[0], /: (\d+) stories$/.exec(markName)[1]);

      // The figures as they will be shared: small numbers hidden, others rounded to 5.
      await openSection(page, 'Insight', 'Dashboard');
      await dashboardLoaded(page);
      await page.getByLabel('Show as it will be shared (small numbers hidden)').check();
      const sharedTotal = (await page.getByTestId('insight-total').textContent()).trim();
      assert.equal(sharedTotal, '10');

      // A period with no stories: a clear empty state and no charts.
      await page.getByLabel('From month').fill('2019-01');
      await page.getByLabel('To month').fill('2019-03');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page.getByTestId('insight-empty').waitFor();
      assert.equal(await page.locator('.insight-figure').count(), 0);
      await shot(t, page, 'insight-02-empty-period');

      // Reach: Westminster has every table; Manchester only ages.
      await insightSection(page, 'Reach');
      await page.getByLabel('From month').fill(new Date().toISOString().slice(0, 7));
      await page.getByLabel('To month').fill(new Date().toISOString().slice(0, 7));
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page.getByLabel('Area (local authority)').selectOption({ label: 'Westminster' });
      await page.getByTestId('reach-result').waitFor();
      await page.getByTestId('reach-sex').getByText('Prefer not to say: 11.').waitFor();
      await shot(t, page, 'insight-03-reach');
      await page.getByLabel('Area (local authority)').selectOption({ label: 'Manchester' });
      await page.getByText('No census table for Ethnic group in Manchester').waitFor();
      await shot(t, page, 'insight-04-reach-missing');

      // The quarterly report, as a job, then its text.
      await insightSection(page, 'Quarterly report');
      await page.getByLabel('Compare who was heard with').selectOption({ label: 'Westminster' });
      await shot(t, page, 'insight-05-report-form');
      await page.getByRole('button', { name: 'Build the report' }).click();
      const done = page.getByTestId('report-done');
      await done.waitFor({ timeout: 60_000 });
      const pdf = (await page.getByTestId('report-pdf').textContent()).trim();
      assert.ok(existsSync(pdf), `the PDF is at ${pdf}`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      assert.match(text, new RegExp(`${sharedTotal}\\s+stories heard in the period`));
      assert.match(text, /Waiting times/);
      assert.match(text, /Westminster/);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
      assert.ok(pages >= 3, `${pages} pages`);
      await shot(t, page, 'insight-06-report-done');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'report-done');
    },
  },
];
