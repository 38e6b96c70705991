/* global window, document -- used inside page.evaluate callbacks, which run in the browser */
/**
 * Recommendations through the real services and store, with the harness's clock moved
 * months ahead: an organisation added to the stakeholder register, a report with two
 * recommendations linked to stories (sending refused on screen while one has no
 * evidence), both sent, the Due list and the top bar's count when the responses fall
 * overdue (overdue first), one response recorded late, an update months later, the
 * action plan filtered and printed, and the plan exported in an intelligence bundle
 * that `verbatim verify` accepts, holding only that organisation's items.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, completeSetup, expectScreen, openSection } from '../lib/helpers.mjs';
import { call, mainNav, newStory, saveStories, shot } from './50-find-stories.e2e.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const TRUST = 'Central London NHS Trust';

/** Stories about a service, approved and with their proposed masks checked, so they can go out. */
async function approvedStories(page, texts, serviceId) {
  const ids = await saveStories(page, texts.map((text) => newStory(text, { serviceIds: [serviceId], consent: { keep: true, share: true, quote: true, contact: false } })));
  for (const id of ids) {
    await call(page, 'setStoryStatus', { id, status: 'in-review', reason: null });
    await call(page, 'setStoryStatus', { id, status: 'approved', reason: null });
    const review = await call(page, 'getMaskReview', { id });
    await call(page, 'saveMaskCheck', { id, revision: review.revision, masks: review.proposed });
  }
  return ids;
}

const section = async (page, name) => {
  const link = page.getByRole('navigation', { name: 'Parts of the action plan' }).getByRole('link', { name, exact: true });
  await link.click();
  await page.waitForFunction((text) => [...document.querySelectorAll('.subnav-link[aria-current="page"]')].some((a) => a.textContent === text), name);
};

/** The titles in the Due list or the plan, in order, once it has loaded. */
async function listed(page, testId) {
  const list = page.getByTestId(testId);
  await page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('aria-busy') === null, testId);
  return list.locator('.plan-item-title').allTextContents();
}

async function writeRecommendation(page, title, body) {
  const form = page.getByRole('region', { name: 'Write a recommendation' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: /The recommendation/ }).fill(body);
  await form.getByRole('combobox', { name: /Addressed to/ }).selectOption({ label: TRUST });
  await form.getByRole('button', { name: 'Save the draft' }).click();
  await expectScreen(page, title);
}

async function linkStories(page, words, count) {
  const picker = page.getByTestId('story-picker');
  await picker.getByRole('textbox', { name: /Find stories by their words/ }).fill(words);
  await picker.getByRole('textbox', { name: /Find stories by their words/ }).press('Enter');
  await picker.getByText(/(story|stories) found\./).waitFor();
  for (let i = 0; i < count; i++) {
    await picker.getByRole('button', { name: /^Link as evidence/ }).first().click();
    await page.getByTestId('evidence-story').nth(i).waitFor();
  }
}

async function send(page, sentOn, dueText) {
  await page.getByLabel('Sent on').fill(sentOn);
  await page.getByTestId('send-due').getByText(`The response will be due on ${dueText}.`).waitFor();
  await page.getByRole('button', { name: 'Record it as sent' }).click();
  await page.getByRole('button', { name: 'Yes, it has been sent' }).press('Enter');
  await page.getByTestId('recommendation-status').getByText('Awaiting response').waitFor();
}

export const tests = [
  {
    name: 'recommendations: a report with two recommendations on stories, sent, one response late (overdue first), an update months later, the action plan printed and exported in a bundle that verbatim verify accepts',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      t.harness.setToday('2026-03-02');
      const services = await call(page, 'listServices', { includeRetired: false });
      const hospital = services.find((service) => service.type === 'a-and-e');
      await approvedStories(
        page,
        Array.from({ length: 6 }, (_, i) => `I waited ${i + 3} hours in A&E and Dr Okafor apologised.`),
        hospital.id,
      );
      await approvedStories(page, ['Nobody at the desk told us why we were still waiting.'], hospital.id);

      // The stakeholder register.
      await mainNav(page).getByRole('link', { name: 'Action plan' }).click();
      await expectScreen(page, 'Action plan');
      await section(page, 'Stakeholders');
      const add = page.getByRole('region', { name: 'Add an organisation' });
      await add.getByRole('textbox', { name: 'Name', exact: true }).fill(TRUST);
      await add.getByRole('combobox', { name: 'Kind' }).selectOption('nhs-trust');
      await add.getByRole('textbox', { name: 'Contact 1: name' }).fill('Pat Lee');
      await add.getByRole('textbox', { name: 'Contact 1: role' }).fill('Head of patient experience');
      await add.getByRole('button', { name: 'Add the organisation' }).click();
      await page.getByText(`${TRUST} is in the register.`).waitFor();
      await call(page, 'createStakeholder', { name: 'Westminster City Council', kind: 'council', contacts: [] });
      await shot(t, page, 'recommendations-01-stakeholders');

      // A report covering the hospital, and a first recommendation: refused to send while it has no evidence.
      await section(page, 'Reports');
      const start = page.getByRole('region', { name: 'Start a report' });
      await start.getByRole('textbox', { name: 'Title' }).fill('Waiting in A&E');
      await start.getByRole('checkbox', { name: hospital.name }).check();
      await start.getByRole('button', { name: 'Create the report' }).click();
      await expectScreen(page, 'Waiting in A&E');
      await writeRecommendation(page, 'Show the expected wait', 'Put the expected waiting time on a screen in the waiting room.');
      await page.getByTestId('send-needs-evidence').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Record it as sent' }).count(), 0);
      await shot(t, page, 'recommendations-02-no-evidence');
      // Quoted, the word is matched as said: plain, it would also find the desk story's "waiting".
      await linkStories(page, '"waited"', 2);
      await page.getByRole('heading', { name: '2 stories', level: 3 }).waitFor();
      await shot(t, page, 'recommendations-03-evidence');
      await send(page, '2026-03-02', '30 March 2026');
      assert.equal((await page.getByTestId('response-due').textContent()).trim(), '30 March 2026');
      await shot(t, page, 'recommendations-04-sent');

      // The second, on other stories, sent the same day.
      await page.getByRole('link', { name: /Back to the report/ }).click();
      await expectScreen(page, 'Waiting in A&E');
      await writeRecommendation(page, 'Explain delays at the desk', 'Tell people at reception why they are waiting.');
      await linkStories(page, 'desk', 1);
      await send(page, '2026-03-02', '30 March 2026');

      // A month on, both responses are overdue: the top bar counts them, the Due list puts them first.
      t.harness.setToday('2026-04-01');
      await mainNav(page).getByRole('link', { name: 'Action plan' }).click();
      await section(page, 'Due');
      assert.deepEqual((await listed(page, 'due-list')).sort(), ['Explain delays at the desk', 'Show the expected wait']); // both due the same day
      await page.getByTestId('due-count').getByText('2 due').waitFor();
      assert.match(await page.getByTestId('due-count').textContent(), /2 due \(2 overdue\)/);
      assert.equal(await page.getByTestId('due-list').getByText('Response overdue since 30 March 2026').count(), 2);
      await shot(t, page, 'recommendations-05-due-overdue');

      // One response comes late, in their own words.
      await page.getByTestId('due-list').getByRole('link', { name: 'Show the expected wait' }).click();
      await expectScreen(page, 'Show the expected wait');
      const words = '  We accept this.\nA screen will go up by June — “in good time”.  ';
      const response = page.getByRole('region', { name: 'Record their response' });
      await response.getByRole('radio', { name: 'Accepted', exact: true }).check();
      await response.getByRole('textbox', { name: /Their response, word for word/ }).fill(words);
      await response.getByLabel('Received on').fill('2026-02-27');
      await response.getByRole('button', { name: 'Record the response' }).click();
      await page.getByRole('alert').getByText('The response cannot be dated before the day the recommendation was sent.', { exact: false }).waitFor();
      await response.getByLabel('Received on').fill('2026-04-01');
      await response.getByRole('button', { name: 'Record the response' }).click();
      await page.getByTestId('response-words').waitFor();
      assert.equal(await page.getByTestId('response-words').textContent(), words);
      await page.getByText('(after the due date, 30 March 2026)').waitFor();
      await shot(t, page, 'recommendations-06-response-late');

      // Months later, progress is recorded with a review in a week.
      t.harness.setToday('2026-08-03');
      await page.reload();
      await expectScreen(page, 'Show the expected wait');
      const update = page.getByTestId('update-form');
      await update.getByRole('radio', { name: 'In progress' }).check();
      await update.getByRole('textbox', { name: /What was said or seen/ }).fill('The screen is ordered; met the trust on 3 August.');
      await update.getByLabel('Date of the update').fill('2026-08-03');
      await update.getByLabel('Next review').fill('2026-08-10');
      await update.getByRole('button', { name: 'Record progress' }).click();
      await page.getByTestId('plan-update').getByText('3 August 2026: In progress').waitFor();
      await mainNav(page).getByRole('link', { name: 'Action plan' }).click();
      await section(page, 'Due');
      assert.deepEqual(await listed(page, 'due-list'), ['Explain delays at the desk', 'Show the expected wait']);
      await page.getByTestId('due-list').getByText('Review due 10 August 2026').waitFor();
      await page.getByTestId('due-count').getByText('(1 overdue)').waitFor();
      await shot(t, page, 'recommendations-07-due-months-later');

      // The action plan, filtered and printed (the browser's print; every item on the page first).
      await section(page, 'Action plan');
      assert.deepEqual(await listed(page, 'action-plan-list'), ['Explain delays at the desk', 'Show the expected wait']);
      await page.getByLabel('Only what is overdue').check();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="action-plan-list"] .plan-item').length === 1);
      assert.deepEqual(await listed(page, 'action-plan-list'), ['Explain delays at the desk']);
      await page.getByLabel('Only what is overdue').uncheck();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="action-plan-list"] .plan-item').length === 2);
      await page.evaluate(() => {
        window.__printed = 0;
        window.print = () => (window.__printed += 1);
      });
      await page.getByRole('button', { name: 'Print the action plan' }).press('Enter');
      await page.waitForFunction(() => window.__printed === 1);
      await page.getByText('All 2 items are shown, ready to print.').waitFor();
      await shot(t, page, 'recommendations-08-plan');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.sidebar').isVisible(), false);
      await t.screenshot(page, 'recommendations-09-plan-printed');
      await page.emulateMedia({ media: 'screen' });

      // The trust's bundle carries its action plan; the recipient's check passes.
      await openSection(page, 'Share', 'Intelligence bundle');
      await page.getByRole('combobox', { name: /Who is it for/ }).selectOption('nhs-trust');
      await page.getByRole('textbox', { name: /Recipient/ }).fill(TRUST);
      await page.getByRole('checkbox', { name: 'Include an organisation’s action plan' }).check();
      await page.getByRole('combobox', { name: 'Whose action plan' }).selectOption({ label: TRUST });
      await page.getByRole('button', { name: 'Preview what goes out' }).click();
      await page.getByTestId('preview-action-plan').getByText(`2 action-plan items for ${TRUST} go in (action-plan.csv).`).waitFor();
      await shot(t, page, 'recommendations-10-bundle-preview');
      const path = await page.getByRole('textbox', { name: /Save the bundle as/ }).inputValue();
      await page.getByRole('button', { name: 'Export the bundle' }).click();
      await page.getByTestId('intelligence-done').waitFor({ timeout: 30_000 });

      execFileSync(process.execPath, [join(ROOT, 'build.config.mjs'), 'cli'], { cwd: ROOT });
      const verified = execFileSync(process.execPath, [join(ROOT, 'dist/cli/verbatim.cjs'), 'verify', path], { encoding: 'utf8' });
      assert.match(verified, /^OK: .* is a complete, unaltered Verbatim intelligence bundle\./);
      assert.match(verified, /action-plan\.csv/);
      const csv = execFileSync('unzip', ['-p', path, 'action-plan.csv'], { encoding: 'utf8' });
      assert.ok(csv.startsWith('\uFEFFkind,title,report,organisation'), 'BOM and the header');
      assert.match(csv, /\r\n/);
      assert.match(csv, /Recommendation,Show the expected wait,Waiting in A&E,Central London NHS Trust/);
      assert.match(csv, /Recommendation,Explain delays at the desk/);
      assert.doesNotMatch(csv, /Westminster City Council/);
      assert.doesNotMatch(csv, /Okafor/);
      const stories = JSON.parse(execFileSync('unzip', ['-p', path, 'stories.json'], { encoding: 'utf8' }));
      const evidenceIds = csv.match(/S-[0-9a-f]{12}/g) ?? [];
      assert.equal(new Set(evidenceIds).size, 3, 'the three stories behind the two recommendations, by their bundle ids');
      for (const id of evidenceIds) assert.ok(stories.some((story) => story.id === id), `${id} is a story of this bundle`);
      const audit = await call(page, 'verifyAudit', {});
      assert.equal(audit.ok, true);
    },
  },
];
