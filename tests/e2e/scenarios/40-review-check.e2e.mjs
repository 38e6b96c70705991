/* global window, document -- used inside page.evaluate callbacks, which run in the browser */
import { assert, completeSetup, eventually, expectScreen } from '../lib/helpers.mjs';
import { createStory, openReview, reviewScreen, reviewSection } from './49-review-steps.e2e.mjs';

// "Amber" is on the always-mask list (a member of staff), so "Amber warning lights" is masked
// wrongly; "Wren" is on the never-mask list (the Wren Clinic), so "Wren on reception" is missed.
const TEXT = 'My mum Rose took me to the surgery. Amber warning lights flashed on the screen.\r\nWren on reception was rude to us 😞 and Dr Okafor said sorry.';

const maskWords = (page) => page.getByTestId('mask-item').locator('.mask-words').allTextContents();

export const tests = [
  {
    name: 'review (a): staff check a story\'s masks by keyboard: remove a wrong mask, add a missed name by selecting it, record the check; a correction makes it out of date',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      const id = await createStory(page, { text: TEXT });

      // Anonymiser lists, in the Review area (from Capture: the heading takes the focus).
      await openReview(page);
      await expectScreen(page, 'Review');
      await reviewSection(page, 'Anonymiser lists');
      const allow = page.getByLabel('Never mask as a name');
      await allow.waitFor();
      await reviewScreen(t, page, 'review-lists');
      await allow.fill(`${await allow.inputValue()}\nWren`);
      await page.getByLabel('Always mask').fill('  Amber  \n\nAmber\n');
      await page.getByRole('button', { name: 'Save the lists' }).click();
      await page.getByText('The lists have been saved.').waitFor();
      await eventually(async () => assert.equal(await page.getByLabel('Always mask').inputValue(), 'Amber', 'blank lines, spaces and repeats are left out'));
      const lists = await page.evaluate(() => window.verbatim.getAnonymiserLists({}));
      assert.deepEqual(lists.value.knownNames, ['Amber']);
      assert.ok(lists.value.allowList.includes('Wren'));

      // The queue, then the story.
      await reviewSection(page, 'Anonymisation check');
      const item = page.getByTestId('check-item');
      await item.first().waitFor();
      assert.equal(await item.count(), 1);
      assert.match(await item.first().getByTestId('check-badge').textContent(), /Not checked/);
      await reviewScreen(t, page, 'review-check-queue');
      await item.first().getByRole('link', { name: /Check this story/ }).click();
      await expectScreen(page, 'Check the anonymisation');
      const words = page.getByTestId('masked-text');
      await words.waitFor();
      assert.equal(await words.getAttribute('dir'), 'auto');
      assert.equal(await words.evaluate((element) => window.getComputedStyle(element).whiteSpace), 'pre-wrap');
      const proposed = await maskWords(page);
      assert.ok(proposed.includes('Amber'), `Amber is proposed (known name): ${proposed.join(', ')}`);
      assert.ok(proposed.includes('Rose'), `Rose is proposed: ${proposed.join(', ')}`);
      assert.ok(!proposed.some((w) => w.includes('Wren')), 'Wren is missed (allow-listed)');
      await reviewScreen(t, page, 'review-check-story');

      // Remove the wrong mask with Delete, from the list.
      await page.getByTestId('mask-item').filter({ hasText: 'Amber' }).locator('.mask-choice').focus();
      await page.keyboard.press('Delete');
      await page.getByTestId('removed-mask').filter({ hasText: 'Amber' }).waitFor();
      assert.ok(!(await maskWords(page)).includes('Amber'));

      // Add "Wren" with the keyboard: to the start, down a line, Shift+Ctrl+Right, Enter.
      await words.focus();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Shift+Control+ArrowRight');
      const panel = page.getByTestId('add-mask');
      await panel.waitFor();
      assert.equal(await panel.getByTestId('add-mask-words').textContent(), 'Wren');
      await reviewScreen(t, page, 'review-check-selection');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'add-mask-type');
      assert.equal(await page.locator('#add-mask-type').inputValue(), 'PERSON');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByTestId('mask-item').filter({ hasText: 'Wren' }).waitFor();

      // Anything less certain is looked at and kept (K).
      for (const pending of await page.locator('.mask-choice[aria-pressed="false"]').all()) {
        await pending.focus();
        await page.keyboard.press('k');
      }
      const preview = await page.getByTestId('preview-text').textContent();
      assert.ok(!preview.includes('Wren') && !preview.includes('Rose') && !preview.includes('Okafor'), preview);
      assert.ok(preview.includes('Amber warning lights'), 'the wrong mask is gone from the preview');
      await reviewScreen(t, page, 'review-check-edited');

      await page.getByRole('button', { name: 'Record check' }).click();
      await page.getByTestId('review-flash').filter({ hasText: 'Your check was recorded. No other story needs a check now.' }).waitFor();
      await page.getByTestId('check-badge').filter({ hasText: 'Checked' }).waitFor();
      assert.match(await page.getByTestId('check-meta').textContent(), /Checked by Amira Khan on/);
      await reviewScreen(t, page, 'review-check-recorded');

      // What the store holds: Wren exactly where it is in the words, Amber not masked.
      const review = (await page.evaluate((storyId) => window.verbatim.getMaskReview({ id: storyId }), id)).value;
      assert.equal(review.state, 'checked');
      const wren = review.accepted.find((m) => TEXT.slice(m.start, m.end) === 'Wren');
      assert.ok(wren, 'Wren is an accepted mask');
      assert.deepEqual([wren.start, wren.end, wren.type, wren.origin], [TEXT.indexOf('Wren'), TEXT.indexOf('Wren') + 4, 'PERSON', 'added']);
      assert.ok(!review.accepted.some((m) => TEXT.slice(m.start, m.end).includes('Amber')));

      // A correction to the words: the check no longer holds.
      const revised = await page.evaluate(
        ({ storyId, text }) => window.verbatim.reviseStory({ id: storyId, text, reason: 'Typing mistake' }),
        { storyId: id, text: TEXT.replace('rude', 'very rude') },
      );
      assert.equal(revised.ok, true);
      await page.reload();
      await expectScreen(page, 'Check the anonymisation');
      await page.getByTestId('check-badge').filter({ hasText: 'Out of date' }).waitFor();
      assert.match(await page.getByTestId('check-meta').textContent(), /Revision 2 of the words\. Checked by Amira Khan on .* for an earlier version/);
      await reviewScreen(t, page, 'review-check-stale');
      await page.getByRole('link', { name: 'Back to the stories needing a check' }).click();
      await expectScreen(page, 'Review');
      await page.getByTestId('check-item').first().getByTestId('check-badge').filter({ hasText: 'Out of date' }).waitFor();
    },
  },
];
