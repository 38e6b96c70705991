/* global window -- used inside page.evaluate callbacks, which run in the browser */
import { addPerson, assert, completeSetup, eventually, expectScreen, signIn, switchUser } from '../lib/helpers.mjs';
import { createStory, openReview, reviewScreen, reviewSection } from './49-review-steps.e2e.mjs';

const PRIYA = { name: 'Priya Shah', role: 'Staff', pin: '8642' };
const ADMIN = { name: 'Amira Khan', pin: '2468' };
const STORIES = [
  'Waited three weeks for a GP appointment and nobody explained why.',
  'The pharmacist explained my new tablets clearly and kindly.',
  'Four hours on the day in A&E, and the staff never told us what was happening.',
  'The car park at the hospital is always full, and the bus stop is far away.',
];
// What each reviewer ticks for each story (theme or sub-theme names, as shown).
const AMIRA = [['Waiting for an appointment', 'Communication'], ['Advice about medicines', 'Kindness and compassion'], ['Waiting on the day', 'Information given'], ['Parking']];
const PRIYA_CODES = [['Waiting times'], ['Medication', 'Communication'], ['Waiting on the day', 'Communication'], ['Parking and transport']];

/** Codes the sample's stories in order, from "Start coding" to the last "Save and finish". */
async function codeSample(page, t, codes, screenshot) {
  await page.getByRole('link', { name: 'Start coding' }).click();
  for (const [index, names] of codes.entries()) {
    await expectScreen(page, `Code story ${index + 1} of ${codes.length}`);
    const checklist = page.getByRole('group', { name: 'Themes and sub-themes' });
    for (const name of names) await checklist.getByLabel(name, { exact: true }).check();
    if (index === 0 && screenshot) await reviewScreen(t, page, screenshot);
    await page.getByRole('button', { name: index === codes.length - 1 ? 'Save and finish' : 'Save and go to the next story' }).click();
  }
  await page.getByText('Saved. That was the last story of the sample.').waitFor();
}

export const tests = [
  {
    name: 'review (d): two reviewers code a 4-story sample independently and the agreement report shows kappa per theme, with its band in words',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await addPerson(page, PRIYA);
      for (const [index, text] of STORIES.entries()) await createStory(page, { text, heardOn: `2026-03-1${index}` });

      // A new sample: name, reviewers, four stories picked from a search.
      await openReview(page);
      await reviewSection(page, 'Double coding');
      await page.getByText('There are no samples yet.').waitFor();
      await reviewScreen(t, page, 'review-coding-empty');
      await page.getByRole('link', { name: 'New sample' }).click();
      await expectScreen(page, 'New double-coding sample');
      await page.getByRole('button', { name: 'Create the sample' }).click();
      await page.getByRole('link', { name: 'Give the sample a name.' }).waitFor();
      await page.getByRole('link', { name: 'Choose reviewer B.' }).waitFor();
      await page.getByRole('link', { name: 'Choose at least two stories.' }).waitFor();
      await page.getByLabel('Name of the sample').fill('Access and waiting, March');
      const me = (await page.evaluate(() => window.verbatim.getSession({}))).value.user.id;
      // The reviewers to choose from arrive after the form.
      await eventually(async () => assert.equal(await page.getByLabel('Reviewer A').inputValue(), me, 'the person making it is reviewer A'));
      await page.getByLabel('Reviewer B').selectOption({ label: PRIYA.name });
      const picks = page.locator('.review-pick-item input[type="checkbox"]');
      await picks.first().waitFor();
      assert.equal(await picks.count(), 4);
      for (const pick of await picks.all()) await pick.check();
      await page.getByTestId('sample-chosen-count').filter({ hasText: '4 stories chosen.' }).waitFor();
      await reviewScreen(t, page, 'review-coding-new-sample');
      await page.getByRole('button', { name: 'Create the sample' }).click();
      await expectScreen(page, 'Sample: Access and waiting, March');
      await page.getByText('The sample “Access and waiting, March” has been created.').waitFor();
      await page.getByTestId('sample-story').nth(3).waitFor();
      await reviewScreen(t, page, 'review-coding-sample');

      // Amira codes the four stories.
      await codeSample(page, t, AMIRA, 'review-coding-story');
      await reviewScreen(t, page, 'review-coding-sample-done');

      // Priya codes them on her own: she cannot see Amira's coding.
      await switchUser(page);
      await signIn(page, { name: PRIYA.name, pin: PRIYA.pin, expect: '' });
      await openReview(page);
      await reviewSection(page, 'Double coding');
      const row = page.getByTestId('sample-row').first();
      await row.waitFor();
      assert.match(await row.textContent(), /4 of 4 coded.*0 of 4 coded/);
      await reviewScreen(t, page, 'review-coding-list');
      await row.getByRole('link', { name: 'Access and waiting, March' }).click();
      await expectScreen(page, 'Sample: Access and waiting, March');
      await codeSample(page, t, PRIYA_CODES, null);

      // The report: kappa per theme, in an accessible table, bands in words.
      await page.getByRole('link', { name: 'Agreement report' }).click();
      await expectScreen(page, 'Agreement report');
      const table = page.getByRole('table', { name: `Agreement between ${ADMIN.name} and ${PRIYA.name}, theme by theme` });
      await table.waitFor();
      assert.match(await page.getByTestId('report-summary').textContent(), /^4 of the 4 stories have been coded by both/);
      const rows = {};
      for (const line of await table.getByTestId('report-row').all()) {
        const cells = await line.locator('th, td').allTextContents();
        rows[cells[0]] = cells.slice(1);
      }
      // Waiting times: both on stories 1 and 3 -> perfect. Communication: A on 1, 3; B on 2, 3 -> kappa 0.
      assert.deepEqual(rows['Waiting times'], ['1.00', 'Almost perfect', '100%', '2', '2']);
      assert.deepEqual(rows['Communication'], ['0.00', 'Slight', '50%', '2', '2']);
      assert.deepEqual(rows['Parking and transport'], ['1.00', 'Almost perfect', '100%', '1', '1']);
      assert.deepEqual(rows['Medication'], ['1.00', 'Almost perfect', '100%', '1', '1']);
      assert.deepEqual(rows['Caring, kindness, respect and dignity'], ['0.00', 'Slight', '75%', '1', '0']);
      assert.equal(await table.getByRole('rowheader').count(), 5);
      await page.locator('details.review-report-help summary').click();
      await reviewScreen(t, page, 'review-coding-report');
    },
  },
];
