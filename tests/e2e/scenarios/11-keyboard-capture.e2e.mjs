/* global document, getComputedStyle -- used inside page.evaluate callbacks, which run in the browser */
import { assert, completeSetup, expectScreen, getStory, listStories, waitForBlankFocusedForm } from '../lib/helpers.mjs';

const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const style = el ? getComputedStyle(el) : null;
    const group = el?.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
    return {
      tag: el?.tagName ?? '',
      id: el?.id ?? '',
      type: el?.getAttribute('type') ?? '',
      text: (el?.textContent ?? '').trim(),
      label: el?.labels?.[0]?.textContent ?? '',
      group,
      ring: style ? style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 : false,
    };
  });

/** Presses Tab until `match` holds; every stop on the way must show a focus ring. */
async function tabTo(page, match, what, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    assert.ok(now.ring, `the focused ${now.tag} "${now.label || now.text || now.id}" shows a visible focus ring`);
    if (match(now)) return now;
  }
  throw new Error(`Tab never reached ${what}`);
}

const STORY_LINES = ['  Typed with the keyboard only.', '', 'They said: “the 111 line kept me waiting”.  '];

export const tests = [
  {
    name: 'keyboard only: choose "no event", capture a story, answer every question and save with Ctrl+Enter',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await expectScreen(page, 'Capture');

      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Capture without an event', 'the "no event" button');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'capture-words');
      // The register of services arrives after the form; until then Tab has no list to stop at.
      await page.locator('.service-options li').first().waitFor();

      // The words, line by line (Enter makes a new line in the text area).
      for (const [index, line] of STORY_LINES.entries()) {
        if (index > 0) await page.keyboard.press('Enter');
        await page.keyboard.type(line);
      }
      const typed = STORY_LINES.join('\n');

      // Whose words: the first choice, with Space.
      const kind = await tabTo(page, (f) => f.type === 'radio', 'the first "whose words" choice');
      assert.equal(kind.label, "The person's own words");
      await page.keyboard.press('Space');

      // Without an event, how it was heard must be chosen: the arrow keys move through the list.
      await tabTo(page, (f) => f.id === 'capture-channel', 'the channel list');
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
      assert.equal(await page.locator('#capture-channel').inputValue(), 'phone');

      // A service, from the list: one tab stop, arrow keys inside, Space to choose.
      await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'checkbox' && f.id.startsWith('capture-service-'), 'the list of services');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      assert.equal(await page.getByRole('list', { name: 'Chosen services' }).getByRole('button').count(), 1);

      // Consent: Space answers Yes; the arrow key moves to No and answers it.
      for (const [question, answer] of [
        ['Do they agree to Healthwatch keeping their story?', 'Space'],
        ['being shared', 'Space'],
        ['being quoted', 'ArrowRight'],
        ['want to be contacted', 'ArrowRight'],
      ]) {
        await tabTo(page, (f) => f.type === 'radio' && f.group.includes(question), `the question "${question}"`);
        await page.keyboard.press(answer);
      }
      await t.screenshot(page, '50-keyboard-capture');

      await page.keyboard.press('Control+Enter');
      await page.getByTestId('save-status').filter({ hasText: /^Story saved at \d\d:\d\d:\d\d\. 1 story saved in this session\.$/ }).waitFor();
      await waitForBlankFocusedForm(page);

      const [item] = (await listStories(page, { scope: 'mine', limit: 5 })).value.items;
      const story = (await getStory(page, item.id)).value;
      assert.equal(story.text, typed, 'saved exactly as typed');
      assert.equal(story.channel, 'phone');
      assert.equal(story.event, null);
      assert.equal(story.services.length, 1);
      assert.deepEqual(story.consent, { keep: true, share: true, quote: false, contact: false });
    },
  },
];
