/* global window, document -- used inside page.evaluate callbacks, which run in the browser */
/**
 * The codebook through the real services: add a theme and a sub-theme, rename,
 * move, merge (the tags move with it), retire and restore; merging a code into
 * itself or into one of its own sub-themes is refused with the service's reason.
 */
import { assert, completeSetup, eventually, expectScreen } from '../lib/helpers.mjs';
import { call, mainNav, newStory, saveStories, shot } from './50-find-stories.e2e.mjs';

/** The Codebook page, from Stories. */
async function openCodebook(page) {
  await mainNav(page).getByRole('link', { name: 'Stories' }).click();
  await expectScreen(page, 'Stories');
  await page.getByRole('navigation', { name: 'Stories sections' }).getByRole('link', { name: 'Codebook' }).click();
  await expectScreen(page, 'Codebook');
  await page.getByTestId('code-row').first().waitFor();
}

/** The row of the code named `name` (exactly). */
const row = (page, name) => page.getByTestId('code-row').filter({ has: page.locator('.code-name', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });

/** Opens a code's Change panel. */
async function change(page, name) {
  await row(page, name).getByRole('button', { name: `Change ${name}` }).click();
  return row(page, name).getByRole('group', { name: `Change ${name}` });
}

const status = (page, text) => page.getByTestId('codebook-status').filter({ hasText: text }).waitFor();

export const tests = [
  {
    name: 'codebook: add, rename, move, merge (tags move), retire and restore; a merge into itself or its own sub-theme is refused',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      const [a, b] = await saveStories(page, [newStory('The bus to the hospital never came.'), newStory('There was nowhere to park at the clinic.')]);
      const codes = await call(page, 'listCodes', { includeRetired: false });
      const transport = codes.find((code) => code.name === 'Parking and transport');
      const [publicTransport, parking] = ['Public transport', 'Parking'].map((name) => codes.find((code) => code.name === name && code.parentId === transport.id));
      assert.ok(publicTransport && parking, 'the default codebook has these sub-themes');
      await call(page, 'tagStory', { storyId: a, codeId: publicTransport.id, sentiment: 'negative', passage: null });
      await call(page, 'tagStory', { storyId: b, codeId: parking.id, sentiment: 'negative', passage: null });

      await openCodebook(page);
      assert.equal(await row(page, 'Public transport').locator('.code-count').textContent(), '1 story');
      await shot(t, page, 'wb-20-codebook');

      // Add a theme, then a sub-theme under it.
      await page.getByLabel('Name', { exact: true }).fill('Interpreting');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await status(page, 'Added the theme “Interpreting”.');
      await page.getByLabel('Name', { exact: true }).fill('Interpreter did not come');
      await page.getByLabel('Where it goes').selectOption({ label: 'Under “Interpreting”' });
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await status(page, 'Added “Interpreter did not come” under “Interpreting”.');
      await row(page, 'Interpreter did not come').waitFor();
      // An empty name is stopped before it reaches the service.
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByText('Enter a name.').waitFor();

      // Rename.
      let editor = await change(page, 'Interpreting');
      await editor.getByLabel('New name').fill('Interpreting and translation');
      await editor.getByRole('button', { name: 'Rename' }).click();
      await status(page, 'Renamed “Interpreting” to “Interpreting and translation”.');
      await row(page, 'Interpreting and translation').waitFor();
      // The focus goes back once the codebook has been read again.
      await eventually(async () =>
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Change Interpreting and translation', 'the focus goes back to the renamed code'),
      );

      // Move the sub-theme to the top level, and back under its theme.
      editor = await change(page, 'Interpreter did not come');
      await editor.getByLabel('Move to').selectOption({ label: 'At the top level, as a theme' });
      await editor.getByRole('button', { name: 'Move', exact: true }).click();
      await status(page, 'Moved “Interpreter did not come” to the top level.');
      editor = await change(page, 'Interpreter did not come');
      await editor.getByLabel('Move to').selectOption({ label: 'Under “Interpreting and translation”' });
      await editor.getByRole('button', { name: 'Move', exact: true }).click();
      await status(page, 'Moved “Interpreter did not come” under “Interpreting and translation”.');

      // A theme cannot be merged into one of its own sub-themes: the service says why.
      editor = await change(page, 'Parking and transport');
      await editor.getByLabel('Merge into').selectOption({ label: 'Parking and transport › Parking' });
      await editor.getByRole('button', { name: 'Merge', exact: true }).click();
      await page.getByRole('alertdialog', { name: 'Merge “Parking and transport” into “Parking”?' }).getByRole('button', { name: 'Yes, merge them' }).click();
      const refusal = page.getByTestId('refusal');
      await refusal.waitFor();
      assert.equal(await refusal.locator('.alert-message').textContent(), 'A code cannot be merged into one of its own sub-themes.');
      await shot(t, page, 'wb-21-codebook-merge-refused');
      // Nor into itself (the list does not offer it; the service refuses it too).
      const itself = await page.evaluate((id) => window.verbatim.mergeCode({ fromId: id, intoId: id }), transport.id);
      assert.equal(itself.ok, false);
      assert.equal(itself.message, 'A code cannot be merged into itself.');
      assert.equal(await editor.getByLabel('Merge into').locator('option', { hasText: /^Parking and transport \(the theme\)$/ }).count(), 0);
      await editor.getByRole('button', { name: 'Close' }).click();

      // Merge "Public transport" into "Parking": its tag moves.
      editor = await change(page, 'Public transport');
      await editor.getByLabel('Merge into').selectOption({ label: 'Parking and transport › Parking' });
      await editor.getByRole('button', { name: 'Merge', exact: true }).click();
      await page.getByText('The 1 story tagged “Public transport” will be tagged “Parking” instead, and “Public transport” will be retired.').waitFor();
      await page.getByRole('button', { name: 'Yes, merge them' }).click();
      await status(page, 'Merged “Public transport” into “Parking”. Its tags moved there.');
      await row(page, 'Public transport').waitFor({ state: 'detached' }); // retired, so hidden
      await row(page, 'Parking').locator('.code-count').filter({ hasText: '2 stories' }).waitFor();
      const moved = await call(page, 'listTags', { storyId: a });
      assert.deepEqual(
        moved.map((tag) => [tag.codeName, tag.sentiment]),
        [['Parking', 'negative']],
        'the tag moved, sentiment and all',
      );
      await page.getByTestId('code-history-entry').filter({ hasText: 'Merged “Public transport” into “Parking” (1 tag moved)' }).waitFor();

      // Retire, see it among the retired codes, restore it.
      editor = await change(page, 'Interpreter did not come');
      await editor.getByRole('button', { name: 'Retire' }).click();
      await status(page, 'Retired “Interpreter did not come”.');
      await row(page, 'Interpreter did not come').waitFor({ state: 'detached' });
      await page.getByLabel('Show retired codes').check();
      await row(page, 'Interpreter did not come').getByText('Retired').waitFor();
      await row(page, 'Public transport').getByText('Merged').waitFor();
      editor = await change(page, 'Interpreter did not come');
      await editor.getByRole('button', { name: 'Restore' }).click();
      await status(page, 'Restored “Interpreter did not come”.');

      await page.getByTestId('code-history-entry').filter({ hasText: 'Restored “Interpreter did not come”' }).waitFor();
      const history = await page.getByTestId('code-history-entry').allTextContents();
      for (const line of [
        'Added “Interpreting”',
        'Added “Interpreter did not come” under “Interpreting',
        'Renamed “Interpreting” to “Interpreting and translation”',
        'Moved “Interpreter did not come” to the top level',
        'Moved “Interpreter did not come” under “Interpreting and translation”',
        'Retired “Interpreter did not come”',
        'Restored “Interpreter did not come”',
      ]) {
        assert.ok(history.some((entry) => entry.startsWith(line)), `the history holds: ${line}`);
      }
      await shot(t, page, 'wb-22-codebook-history');

      // The renamed theme is offered when tagging.
      const live = await call(page, 'listCodes', { includeRetired: false });
      assert.ok(live.some((code) => code.name === 'Interpreting and translation'));
      assert.ok(!live.some((code) => code.name === 'Public transport'));
    },
  },
];
