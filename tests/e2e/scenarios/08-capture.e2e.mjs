/* global getComputedStyle -- used inside page.evaluate callbacks, which run in the browser */
import {
  answerConsent,
  assert,
  completeSetup,
  eventually,
  expectFocus,
  expectScreen,
  getStory,
  listStories,
  question,
  startEvent,
  waitForBlankFocusedForm,
  wordsField,
} from '../lib/helpers.mjs';

// Leading and trailing spaces, a blank line, right-to-left Arabic and an emoji:
// everything must come back exactly as typed.
const STORY =
  '  The receptionist said come back tomorrow.\n\nقال لي الطبيب أن أنتظر أسبوعين 😟 and then nobody rang.   ';
const SECOND = 'Second person: the pharmacy was very helpful.';

export const tests = [
  {
    name: 'capture at an event: exact words saved, "Saved at" and the count after the save, a blank focused form, story detail and a correction',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await startEvent(page, { partner: 'Westminster Carers Network' });
      await expectFocus(page, 'capture-words', 'the words field is ready for typing');
      const words = wordsField(page);
      for (const [attribute, value] of [
        ['spellcheck', 'false'],
        ['autocorrect', 'off'],
        ['autocapitalize', 'off'],
        ['autocomplete', 'off'],
        ['dir', 'auto'],
      ]) {
        assert.equal(await words.getAttribute(attribute), value, `the words field has ${attribute}="${value}"`);
      }
      assert.equal(await page.getByTestId('capture-count').textContent(), '0 stories saved at this event');
      await t.screen(page, '20-capture-form');
      // As it looks in the window: the save bar stays in reach at the bottom.
      await t.screenshot(page, '27-capture-viewport', { fullPage: false });

      // Refused before anything is sent: nothing typed, nothing answered.
      await page.keyboard.press('Control+Enter');
      const summary = page.locator('#capture-problems');
      await summary.waitFor();
      await expectFocus(page, 'capture-problems', 'the summary of problems takes focus');
      for (const message of [
        'Type what the person said. The story is empty.',
        "Choose whether these are the person's own words or your summary.",
        'Ask whether they agree to Healthwatch keeping their story.',
      ]) {
        await summary.getByRole('link', { name: message }).waitFor();
      }
      await t.screen(page, '21-capture-problems');
      await summary.getByRole('link', { name: 'Type what the person said. The story is empty.' }).click();
      await expectFocus(page, 'capture-words', 'each problem links to its field');

      await words.pressSequentially(STORY);
      assert.equal(await words.inputValue(), STORY, 'the field holds exactly what was typed');
      await question(page, 'Whose words are these?').getByLabel("The person's own words").check();
      await page.getByLabel('Language it was said in').fill('Arabic');
      await question(page, 'Was an interpreter involved?').getByLabel('Yes').check();
      await page.getByLabel('English translation (optional)').fill('The doctor told me to wait two weeks.');
      // Services: found by typing, chosen with Enter.
      await page.getByLabel('Find a service').fill('pharm');
      // The register of services arrives after the form: Enter chooses once a match is listed.
      await page.locator('.service-options li').first().waitFor();
      await page.getByLabel('Find a service').press('Enter');
      const chosen = page.getByRole('list', { name: 'Chosen services' }).getByRole('button');
      await eventually(async () => assert.equal((await chosen.allTextContents()).length, 1, 'Enter chose the first match'));
      await answerConsent(page, { keep: 'No' });
      await page.getByRole('button', { name: /^Save story/ }).click();
      await summary.getByRole('link', { name: 'The story cannot be saved: the person has not agreed to it being kept.' }).waitFor();
      assert.equal((await listStories(page, { scope: 'all', limit: 50 })).value.items.length, 0, 'nothing was saved');

      await question(page, /keeping their story/).getByLabel('Yes').check();
      await question(page, /want to be contacted/).getByLabel('Yes').check();
      await page.getByLabel('Phone number').fill('020 7946 0000');
      // Equality monitoring: a full postcode is cut to its district.
      await page.getByText('About the person (optional)').click();
      await page.getByLabel('Age', { exact: true }).selectOption('35-44');
      await page.getByLabel('Ethnic group').selectOption('other-arab');
      await page.getByLabel('Postcode district', { exact: true }).fill('W9 4AB');
      await page.getByText('A full postcode was typed. Only the district, W9, is kept.').waitFor();
      assert.equal(await page.getByLabel('Postcode district', { exact: true }).inputValue(), 'W9');
      await page.getByLabel('There is a safeguarding concern').check();
      await page.getByLabel('What action was taken').fill('Referred to the duty social worker.');
      await page.getByLabel('Who took the action').fill('Amira Khan');
      await t.screenshot(page, '22-capture-filled');

      await words.focus();
      await page.keyboard.press('Control+Enter');
      const status = page.getByTestId('save-status');
      await status.filter({ hasText: /^Story saved at \d\d:\d\d:\d\d\. 1 story saved at this event\.$/ }).waitFor();
      assert.equal(await status.getAttribute('role'), 'status');
      await waitForBlankFocusedForm(page);
      assert.equal(await page.getByTestId('capture-count').textContent(), '1 story saved at this event');
      // The next story starts blank, but at the same event, in the same language and on the same day.
      assert.equal(await page.getByLabel('Language it was said in').inputValue(), 'Arabic');
      assert.equal(await question(page, /keeping their story/).getByLabel('Yes').isChecked(), false, 'consent is never carried over');
      await t.screen(page, '23-capture-saved');

      await words.pressSequentially(SECOND);
      await question(page, 'Whose words are these?').getByLabel('My summary of what they said').check();
      await answerConsent(page, { share: 'No', quote: 'Yes' });
      await page.keyboard.press('Control+s');
      await status.filter({ hasText: '2 stories saved at this event.' }).waitFor();
      await waitForBlankFocusedForm(page);

      // Changing event goes back to the picker (and stays there), with the count on the event.
      await page.getByRole('button', { name: 'Change event' }).click();
      await page.getByRole('heading', { level: 2, name: 'Events' }).waitFor();
      await page.getByText('2 stories', { exact: true }).waitFor();
      await page.waitForTimeout(300);
      assert.equal(await wordsField(page).count(), 0, 'the picker stays until an event is chosen');

      // The services hold the words byte for byte.
      const page1 = (await listStories(page, { scope: 'all', limit: 50 })).value;
      assert.equal(page1.items.length, 2);
      const first = page1.items.find((item) => item.excerpt.startsWith('  The receptionist'));
      assert.ok(first, 'the first story is listed');
      const stored = (await getStory(page, first.id)).value;
      assert.equal(stored.text, STORY, 'getStory answers exactly what was typed');
      assert.equal(stored.translation, 'The doctor told me to wait two weeks.');
      assert.deepEqual(stored.consent, { keep: true, share: true, quote: false, contact: true });
      assert.equal(stored.equality.postcodeDistrict, 'W9');
      assert.equal(stored.safeguarding.flagged, true);

      // The Stories list and the detail view.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }).click();
      await expectScreen(page, 'Stories');
      const items = page.getByTestId('story-item');
      await items.first().waitFor();
      assert.equal(await items.count(), 2);
      assert.equal(await page.getByTestId('safeguarding-flag').count(), 1, 'the safeguarding concern is flagged in the list');
      await t.screen(page, '24-stories-list');
      await items.filter({ hasText: 'receptionist' }).getByRole('link', { name: /^Open story/ }).click();
      await expectScreen(page, 'Story');
      const shown = await page.getByTestId('story-text').evaluate((element) => element.textContent);
      assert.equal(shown, STORY, 'the detail shows exactly what was typed');
      assert.equal(await page.getByTestId('story-text').evaluate((element) => getComputedStyle(element).whiteSpace), 'pre-wrap');
      assert.equal(await page.getByTestId('story-sha256').textContent(), stored.sha256);
      await t.screen(page, '25-story-detail');

      // A correction is a new revision, with its reason; both stay readable.
      await page.getByRole('button', { name: 'Correct the words' }).click();
      const corrected = STORY.replace('tomorrow', 'on Monday');
      await page.getByLabel('Corrected words').fill(corrected);
      await page.getByRole('button', { name: 'Save the correction' }).click();
      await page.getByText('Give a reason for the correction.').waitFor();
      await page.getByLabel('Reason for the correction').fill('Typing mistake: the person said Monday.');
      await page.getByRole('button', { name: 'Save the correction' }).click();
      await page.getByText('The correction has been saved as revision 2.').waitFor();
      assert.equal(await page.getByTestId('revision').count(), 2);
      const texts = await page.getByTestId('revision-text').evaluateAll((elements) => elements.map((element) => element.textContent));
      assert.deepEqual(texts, [corrected, STORY], 'both revisions are shown, newest first');
      assert.equal(await page.getByTestId('story-text').evaluate((element) => element.textContent), corrected);
      const history = await page.getByTestId('history-entry').allTextContents();
      assert.ok(history.some((entry) => entry.startsWith('Story recorded')));
      assert.ok(history.some((entry) => entry.startsWith('Words corrected')));
      const after = (await getStory(page, first.id)).value;
      assert.equal(after.revisions.length, 2);
      assert.equal(after.revisions[0].text, STORY, 'the original is kept');
      assert.equal(after.revisions[1].reason, 'Typing mistake: the person said Monday.');
      await t.screen(page, '26-story-revised');
    },
  },
];
