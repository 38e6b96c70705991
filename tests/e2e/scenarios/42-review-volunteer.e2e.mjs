/* global window -- used inside page.evaluate callbacks, which run in the browser */
import { addPerson, assert, completeSetup, eventually, expectScreen, signIn, switchUser } from '../lib/helpers.mjs';
import { checkAsProposed, createStory, openReview, reviewScreen, reviewSection } from './49-review-steps.e2e.mjs';

const GRACE = { name: 'Grace Mensah', role: 'Volunteer', pin: '9753' };
const ADMIN = { name: 'Amira Khan', pin: '2468' };
const CHECKED = 'My mum Rose waited four hours at the walk-in centre.\r\nDr Okafor was kind but the waiting room was freezing.';
const UNCHECKED = 'Nobody has checked this one yet: Dr Okafor rang me at home.';

const search = (page, query) => page.evaluate((q) => window.verbatim.searchStories({ query: q, filters: {}, limit: 50 }), query);

export const tests = [
  {
    name: 'review (c): a volunteer sees only the checked story, anonymised; a masked name is never found (UI, bridge and services); a theme suggested by the volunteer is accepted by staff',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await addPerson(page, GRACE);
      const checkedId = await createStory(page, { text: CHECKED });
      const uncheckedId = await createStory(page, { text: UNCHECKED });
      const check = await checkAsProposed(page, checkedId);
      const masked = check.accepted.map((m) => CHECKED.slice(m.start, m.end));
      assert.ok(masked.includes('Rose') && masked.some((words) => words.includes('Okafor')), `the names are masked: ${masked.join(', ')}`);

      // Grace, a volunteer.
      await switchUser(page);
      await signIn(page, { name: GRACE.name, pin: GRACE.pin, expect: '' });
      await openReview(page);
      const nav = page.getByRole('navigation', { name: 'Review sections' }).getByRole('link');
      await eventually(async () => assert.deepEqual(await nav.allTextContents(), ['Anonymised stories', 'My suggestions', 'Review packs']));
      const hits = page.getByTestId('anonymised-hit');
      await hits.first().waitFor();
      assert.equal(await hits.count(), 1, 'only the checked story is listed');
      const snippet = await hits.first().locator('.story-excerpt').textContent();
      assert.match(snippet, /\[PERSON \d+\]/);
      for (const name of ['Rose', 'Okafor']) assert.ok(!snippet.includes(name), `the list never shows ${name}`);
      await reviewScreen(t, page, 'review-volunteer-list');

      // Searching for a masked name finds nothing: in the UI...
      await page.getByLabel('Search the anonymised words').fill('Okafor');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText('No anonymised story matches that search.').waitFor();
      await reviewScreen(t, page, 'review-volunteer-search-masked-name');
      // ...and through the bridge and the real services, whatever is asked.
      assert.deepEqual((await search(page, 'Okafor')).value.items, []);
      assert.deepEqual((await search(page, 'Rose')).value.items, []);
      assert.deepEqual((await search(page, 'Okaf*')).value.items, []);
      const everything = (await search(page, '')).value.items;
      assert.deepEqual(everything.map((item) => item.id), [checkedId]);
      assert.equal(everything[0].recordedByName, null, 'nor who recorded it');
      assert.ok(!everything[0].snippet.includes('Okafor'));
      const freezing = (await search(page, 'freezing')).value.items;
      assert.deepEqual(freezing.map((item) => item.id), [checkedId], 'other words are found');
      assert.ok(!JSON.stringify(freezing).includes('Okafor'));
      for (const id of [checkedId, uncheckedId]) {
        const original = await page.evaluate((storyId) => window.verbatim.getStory({ id: storyId }), id);
        assert.equal(original.code, 'NOT_FOUND', 'the original words are never given to a volunteer');
      }
      assert.equal((await page.evaluate((storyId) => window.verbatim.getRedactedStory({ id: storyId }), uncheckedId)).code, 'NOT_FOUND');
      assert.equal((await page.evaluate((storyId) => window.verbatim.getMaskReview({ id: storyId }), checkedId)).code, 'FORBIDDEN');

      // The story, anonymised; a theme suggested.
      await page.getByLabel('Search the anonymised words').fill('');
      await page.getByRole('button', { name: 'Search' }).click();
      await hits.first().getByRole('link', { name: /Read this story/ }).click();
      await expectScreen(page, 'Anonymised story');
      const text = await page.getByTestId('anonymised-text').textContent();
      assert.match(text, /\[PERSON 1\]/);
      for (const name of ['Rose', 'Okafor']) assert.ok(!text.includes(name), `the story never shows ${name}`);
      assert.ok(text.includes('\r\n'), 'line breaks are kept exactly');
      const form = page.getByTestId('suggest-theme');
      await form.getByRole('button', { name: 'Suggest this theme' }).click();
      await form.getByText('Choose a theme to suggest.').waitFor();
      await form.getByLabel('Theme').selectOption({ label: 'Waiting on the day' });
      await form.getByRole('radio', { name: 'Negative' }).check();
      await reviewScreen(t, page, 'review-volunteer-story');
      await form.getByRole('button', { name: 'Suggest this theme' }).click();
      await form.getByText('Thank you. Your suggestion (Waiting on the day) has been sent to staff.').waitFor();
      await page.getByRole('link', { name: 'Back to anonymised stories' }).click();
      await expectScreen(page, 'Review');
      await reviewSection(page, 'My suggestions');
      const mine = page.getByTestId('my-suggestion');
      await mine.first().waitFor();
      assert.match(await mine.first().textContent(), /Waiting on the day.*Negative.*Waiting/);
      await reviewScreen(t, page, 'review-volunteer-my-suggestions');

      // Amira accepts it; the story is tagged.
      await switchUser(page);
      await signIn(page, { ...ADMIN, expect: '' });
      await openReview(page);
      await reviewSection(page, 'Suggestions');
      const suggestion = page.getByTestId('suggestion');
      await suggestion.first().waitFor();
      assert.match(await suggestion.first().textContent(), new RegExp(`Waiting on the day.*Negative.*${GRACE.name}`));
      await reviewScreen(t, page, 'review-suggestions');
      await suggestion.first().getByRole('button', { name: 'Accept Waiting on the day' }).click();
      await page.getByText('Accepted: the story is now tagged Waiting on the day.').waitFor();
      await page.getByText('No suggestions are waiting for a decision.').waitFor();
      const tags = (await page.evaluate((storyId) => window.verbatim.listTags({ storyId }), checkedId)).value;
      assert.deepEqual(
        tags.map((tag) => [tag.codeName, tag.sentiment]),
        [['Waiting on the day', 'negative']],
      );
      await reviewScreen(t, page, 'review-suggestions-done');

      // Grace sees it accepted, and the theme on the anonymised story.
      await switchUser(page);
      await signIn(page, { name: GRACE.name, pin: GRACE.pin, expect: '' });
      await openReview(page);
      await reviewSection(page, 'My suggestions');
      await page.getByTestId('my-suggestion').filter({ hasText: 'Accepted' }).waitFor();
      await page.getByTestId('my-suggestion').first().getByRole('link', { name: /Read/ }).click();
      await expectScreen(page, 'Anonymised story');
      await page.getByTestId('anonymised-themes').filter({ hasText: 'Waiting times: Waiting on the day (Negative)' }).waitFor();
    },
  },
];
