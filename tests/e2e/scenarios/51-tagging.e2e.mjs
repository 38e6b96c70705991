/* global document, NodeFilter, PointerEvent -- used inside page.evaluate callbacks, which run in the browser */
/**
 * Tagging a story from the keyboard through the real services: a theme with its
 * sentiment, a passage, the overall sentiment, next and previous story; and a
 * 100,000-character story whose very last words are tagged as a passage.
 */
import { assert, completeSetup, eventually, expectFocus, expectScreen } from '../lib/helpers.mjs';
import { call, newStory, openStories, saveStories, search, shot } from './50-find-stories.e2e.mjs';

const STORIES = [
  'I waited three weeks for a call back.\r\nWhen it came, the receptionist was rude 😠 and hung up on me.',
  'The nurse explained everything clearly and I felt listened to.',
  'Getting to the clinic by bus took two hours each way.',
];

/** The story's words as shown, and the highlighted passages in them. */
const shownWords = (page) =>
  page.getByTestId('story-text').evaluate((element) => ({
    text: element.textContent,
    marks: [...element.querySelectorAll('mark.passage')].map((mark) => mark.textContent),
  }));

/** Selects characters [start, end) of the words with a DOM range, as a mouse would, and lets go. */
const selectWords = (page, start, end) =>
  page.evaluate(
    ([from, to]) => {
      const root = document.querySelector('[data-testid="story-text"]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.data.length;
        if (from >= seen && from <= seen + length) range.setStart(node, from - seen);
        if (to >= seen && to <= seen + length) {
          range.setEnd(node, to - seen);
          break;
        }
        seen += length;
      }
      root.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    },
    [start, end],
  );

const focused = (page) => page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id, text: document.activeElement?.textContent ?? '' }));
/** The index of the list row that holds the focus (the list moves the focus in an effect). */
const focusedRow = (page) => page.evaluate(() => document.activeElement?.closest('[data-index]')?.getAttribute('data-index') ?? null);

export const tests = [
  {
    name: 'tagging by keyboard: a theme with its sentiment, a passage found by typing and one selected with the mouse, the overall sentiment, next and previous story',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      const ids = await saveStories(page, STORIES.map((text) => newStory(text)));
      await openStories(page);

      // The list from the keyboard: Down, then Enter opens the second story (newest first).
      await page.locator('.wb-row-open').first().focus();
      await page.keyboard.press('ArrowDown');
      await eventually(async () => assert.equal(await focusedRow(page), '1'));
      await page.keyboard.press('End');
      await eventually(async () => assert.equal(await focusedRow(page), '2'));
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await expectScreen(page, 'Story');
      await eventually(async () => assert.equal(await page.getByTestId('story-position').textContent(), 'Story 1 of 3 in your search'));
      const first = ids[2];
      assert.equal((await shownWords(page)).text, STORIES[2]);

      // T: the theme picker; type, Down, Enter adds; the new tag has the focus; 2 = negative.
      await page.keyboard.press('t');
      await expectFocus(page, 'wb-tag-code');
      await page.keyboard.type('transport');
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      await shot(t, page, 'wb-10-code-picker');
      await page.keyboard.press('Enter');
      await page.getByTestId('story-tag').first().waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'story-tag');
      await page.keyboard.press('2');
      await page.getByTestId('tag-status').filter({ hasText: 'Negative' }).waitFor();
      let tags = await call(page, 'listTags', { storyId: first });
      assert.equal(tags.length, 1);
      assert.equal(tags[0].sentiment, 'negative');
      assert.equal(tags[0].passage, null);
      // P on the focused tag: positive; 0 clears it.
      await page.keyboard.press('p');
      await page.getByTestId('tag-status').filter({ hasText: 'Positive' }).waitFor();
      assert.equal((await call(page, 'listTags', { storyId: first }))[0].sentiment, 'positive');

      // The overall sentiment, from the keyboard.
      await page.getByRole('group', { name: 'Overall sentiment of the story' }).getByLabel('Mixed').focus();
      await page.keyboard.press('Space');
      await page.getByTestId('tag-status').filter({ hasText: 'Overall sentiment set to Mixed.' }).waitFor();

      // J: the next story (the first in the list was the newest; the next is the second story).
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press('j');
      await expectScreen(page, 'Story');
      await page.getByTestId('story-position').filter({ hasText: 'Story 2 of 3' }).waitFor();
      assert.equal((await shownWords(page)).text, STORIES[1]);
      await page.keyboard.press('Alt+ArrowDown');
      await page.getByTestId('story-position').filter({ hasText: 'Story 3 of 3' }).waitFor();
      const story = STORIES[0];
      assert.equal((await shownWords(page)).text, story, 'the words, CRLF and emoji and all, are shown exactly');

      // A passage found by typing: words across the CRLF line break, after the emoji.
      const phrase = 'rude 😠 and hung up';
      await page.getByLabel('Find words to tag as a passage').fill(phrase);
      await page.keyboard.press('Enter');
      await page.getByText('Found 1 of 1: the passage is chosen.').waitFor();
      const start = story.indexOf(phrase);
      await page.getByText(`Passage chosen (characters ${start} to ${start + phrase.length}):`).waitFor();
      assert.deepEqual((await shownWords(page)).marks, [phrase], 'the chosen passage is highlighted over the words');
      await page.keyboard.press('Tab'); // Find
      await page.keyboard.press('Tab'); // the theme picker
      assert.equal((await focused(page)).id, 'wb-tag-code');
      assert.equal(await page.getByLabel('Add a theme to the chosen passage').count(), 1);
      await page.keyboard.type('kindness');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'story-tag');
      await page.keyboard.press('2');
      await page.getByTestId('tag-status').filter({ hasText: 'Negative' }).waitFor();
      tags = await call(page, 'listTags', { storyId: ids[0] });
      assert.equal(tags.length, 1);
      assert.deepEqual(tags[0].passage, { start, end: start + phrase.length, revision: 1 }, 'UTF-16 offsets of the current revision');
      assert.equal(tags[0].sentiment, 'negative');
      let shown = await shownWords(page);
      assert.equal(shown.text, story, 'highlights never change the words');
      assert.deepEqual(shown.marks, [phrase]);

      // A passage selected with the mouse, across the line break.
      const across = story.indexOf('call back.');
      const acrossEnd = story.indexOf('When it came') + 'When it came'.length;
      await selectWords(page, across, acrossEnd);
      await page.getByText(`Passage chosen (characters ${across} to ${acrossEnd}):`).waitFor();
      await shot(t, page, 'wb-11-passage-chosen');
      await page.keyboard.press('t');
      await page.keyboard.type('waiting');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'story-tag');
      await page.keyboard.press('4');
      await page.getByTestId('tag-status').filter({ hasText: 'Mixed' }).waitFor();
      tags = await call(page, 'listTags', { storyId: ids[0] });
      const mouse = tags.find((tag) => tag.passage?.start === across);
      assert.ok(mouse, 'the selected passage was tagged');
      assert.deepEqual(mouse.passage, { start: across, end: acrossEnd, revision: 1 });
      shown = await shownWords(page);
      assert.equal(shown.text, story);
      assert.deepEqual(shown.marks.join(''), story.slice(across, acrossEnd) + phrase);
      await shot(t, page, 'wb-12-story-tagged');

      // Correcting the words: the passages now refer to an earlier version.
      await page.getByRole('button', { name: 'Correct the words' }).click();
      await page.getByLabel('Corrected words').fill(`${story} I complained.`);
      await page.getByLabel('Reason for the correction').fill('The person added a sentence.');
      await page.getByRole('button', { name: 'Save the correction' }).click();
      await page.getByText('The correction has been saved as revision 2.').waitFor();
      await eventually(async () => {
        assert.equal(await page.getByText('Refers to an earlier version of the words (revision 1).').count(), 2);
        assert.deepEqual((await shownWords(page)).marks, [], 'passages of an earlier version are not drawn over the new words');
      });

      // K: back to the previous story; Back to stories puts the focus on its row.
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press('k');
      await page.getByTestId('story-position').filter({ hasText: 'Story 2 of 3' }).waitFor();
      await page.getByRole('link', { name: 'Back to stories' }).click();
      await page.getByRole('heading', { level: 1, name: 'Stories' }).waitFor();
      await eventually(async () => assert.equal(await focusedRow(page), '1', 'Back to stories puts the focus on the row of the story shown last'));
      await eventually(async () => {
        const themes = await page.getByTestId('story-themes').allTextContents();
        assert.ok(themes[0]?.includes('Parking and transport') || themes[0]?.includes('transport'), `the list shows the new theme: ${themes[0]}`);
      });
      await shot(t, page, 'wb-13-back-to-list');

      // The sentiment filter finds the story whose overall sentiment was set.
      await page.getByRole('checkbox', { name: /^Mixed/ }).check();
      await page.waitForFunction(() => document.querySelector('[data-testid="results-summary"]')?.textContent === '1 story matches.');
      assert.deepEqual(await page.locator('.wb-results .story-excerpt').allTextContents(), [STORIES[2]]);
    },
  },
  {
    name: 'a 100,000-character story: a passage at its very end is selected, tagged and highlighted exactly',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      const tail = ' The last words 🙂 of a very long story.';
      const line = 'We waited and waited at the surgery, and nobody told us why.\r\n';
      let text = '';
      while (text.length + line.length <= 100_000 - tail.length) text += line;
      text = `${text}${'x'.repeat(100_000 - tail.length - text.length)}${tail}`;
      assert.equal(text.length, 100_000);
      const [id] = await saveStories(page, [newStory(text)]);
      await openStories(page);
      await search(page, 'very long story');
      await page.locator('.wb-row-open').first().click();
      await expectScreen(page, 'Story');
      assert.equal((await page.getByTestId('story-text').evaluate((element) => element.textContent)).length, 100_000);

      const started = Date.now();
      const phrase = '🙂 of a very long story.';
      const start = text.length - phrase.length;
      await selectWords(page, start, text.length);
      await page.getByText(`Passage chosen (characters ${start} to ${text.length}):`).waitFor();
      await page.getByLabel('Add a theme to the chosen passage').focus();
      await page.keyboard.type('waiting times');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'story-tag');
      const ms = Date.now() - started;
      const tags = await call(page, 'listTags', { storyId: id });
      assert.deepEqual(tags[0].passage, { start, end: 100_000, revision: 1 });
      const shown = await page.getByTestId('story-text').evaluate((element) => ({
        length: element.textContent.length,
        marks: [...element.querySelectorAll('mark.passage')].map((mark) => mark.textContent),
      }));
      assert.equal(shown.length, 100_000);
      assert.deepEqual(shown.marks, [phrase], 'the highlight covers exactly the last words, emoji included');
      console.log(`    select, tag and highlight the end of a 100,000-character story: ${ms} ms`);
      // The very end of the words, highlighted (a full-page picture would be tens of thousands of pixels).
      await page.locator('mark.passage').scrollIntoViewIfNeeded();
      await t.axe(page, 'wb-14-long-story-tagged');
      await t.screenshot(page, 'wb-14-long-story-tagged', { fullPage: false });
    },
  },
];
