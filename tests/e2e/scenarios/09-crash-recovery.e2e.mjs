/* global indexedDB -- used inside page.evaluate callbacks, which run in the browser */
import {
  ADMIN,
  answerConsent,
  assert,
  completeSetup,
  containsBytes,
  draftRecords,
  eventually,
  expectFocus,
  expectScreen,
  getStory,
  openDraftRecord,
  listStories,
  PASSPHRASE,
  question,
  signIn,
  startEvent,
  unlockWith,
  waitForBlankFocusedForm,
  wordsField,
} from '../lib/helpers.mjs';

// Special characters, markup-like text, combining emoji, right-to-left words, a
// tab, a blank line and trailing spaces: all must come back byte for byte.
const TYPED_START = '  Ça m’a fait peur — “they said” <b>&amp;</b> 100% \\ 5 > 3 ½ 🧑🏽‍⚕️ زوجي مريض';
const TYPED_END = 'after the tab\n\nlast line with trailing spaces   ';
const STORY = `${TYPED_START}\t${TYPED_END}`;
/** Words that must never be found in IndexedDB as plain text. */
const SECRET_WORDS = ['they said', 'trailing spaces', 'زوجي', 'Ça m'];

/** Types the story as a person would (the tab is inserted, as Tab would move focus). */
async function typeStory(page) {
  const words = wordsField(page);
  await words.click();
  await page.keyboard.type(TYPED_START);
  await page.keyboard.insertText('\t');
  await page.keyboard.type(TYPED_END);
  assert.equal(await words.inputValue(), STORY, 'the field holds exactly what was typed');
}

/**
 * The drafts database holds one record, encrypted, with no words in it. It is written a
 * moment after each change: wait for the one that holds the last change (the words and
 * whose words they are), as the store's draft key opens it.
 */
async function expectEncryptedDraft(page) {
  const record = await eventually(async () => {
    const records = await draftRecords(page);
    assert.equal(records.length, 1, 'one draft is kept');
    const { values } = await openDraftRecord(page, records[0]);
    assert.equal(values.text, STORY, 'the draft holds the words as typed');
    assert.equal(values.wordsKind, 'own-words', 'and the last answer given');
    return records[0];
  });
  assert.deepEqual(record.fields, ['ciphertext', 'id', 'iv', 'updatedAt', 'userId'], 'a draft record holds only its id, owner, time, IV and ciphertext');
  assert.equal(record.iv.length, 12, 'a 12-byte AES-GCM IV');
  assert.ok(record.ciphertext.length > Buffer.byteLength(STORY, 'utf8'), 'the whole form is in the ciphertext');
  for (const words of SECRET_WORDS) {
    assert.ok(!containsBytes(record.ciphertext, words), `"${words}" is not in the ciphertext as plain text`);
    assert.ok(!record.json.includes(words), `"${words}" is nowhere in the stored record`);
  }
  return record;
}

/** Resumes the one offered draft and checks it is exactly as typed. */
async function resumeAndCheck(t, page, screenshot) {
  await expectScreen(page, 'Unsaved drafts');
  const card = page.getByTestId('draft-card');
  assert.equal(await card.count(), 1);
  const cardText = await card.textContent();
  assert.ok(cardText.includes(`Typed by ${ADMIN.name}`), `the draft says who typed it: ${cardText}`);
  assert.ok(cardText.includes('At Church Street community fair'), 'and where');
  assert.ok(cardText.includes('Ça m’a fait peur'), 'and its first words');
  if (screenshot) await t.screen(page, screenshot);
  await card.getByRole('button', { name: /^Resume/ }).click();
  const words = wordsField(page);
  await words.waitFor();
  assert.equal(await words.inputValue(), STORY, 'the IDENTICAL text is back');
  await expectFocus(page, 'capture-words', 'ready to carry on typing');
  assert.equal(await question(page, 'Whose words are these?').getByLabel("The person's own words").isChecked(), true, 'the other answers are back too');
  assert.equal(await page.getByTestId('capture-event-name').textContent(), 'Church Street community fair', 'at the same event');
}

/** Saves the resumed story and checks the store holds it exactly and the draft is gone. */
async function saveAndCheck(page) {
  await answerConsent(page);
  await wordsField(page).focus();
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('save-status').filter({ hasText: /^Story saved at/ }).waitFor();
  await waitForBlankFocusedForm(page);
  const { items } = (await listStories(page, { scope: 'all', limit: 10 })).value;
  assert.equal(items.length, 1);
  assert.equal((await getStory(page, items[0].id)).value.text, STORY, 'the store holds exactly what was typed');
  await page.waitForFunction(async () => {
    const dbs = await indexedDB.databases();
    return dbs.some((db) => db.name === 'verbatim-drafts');
  });
  // The draft is removed after "saved" shows, in the background.
  await eventually(async () => assert.equal((await draftRecords(page)).length, 0, 'the draft is deleted once its story is saved'));
}

/** Setup, an event, and a story typed but never saved. */
async function typeWithoutSaving(t) {
  const page = await t.open(await t.newPage());
  await completeSetup(page);
  await startEvent(page);
  await typeStory(page);
  await question(page, 'Whose words are these?').getByLabel("The person's own words").check();
  await expectEncryptedDraft(page);
  return page;
}

export const tests = [
  {
    name: 'crash recovery: the page crashes and the app restarts; after unlock and sign-in the draft comes back identical',
    async run(t) {
      const page = await typeWithoutSaving(t);
      const context = page.context();
      const port = t.harnessPort;

      // Kill the renderer outright (no unload handlers, nothing saved), then the app itself.
      const cdp = await context.newCDPSession(page);
      const crashed = page.waitForEvent('crash', { timeout: 10_000 });
      void cdp.send('Page.crash').catch(() => {});
      await crashed;
      await page.close().catch(() => {});
      await t.stopHarness();
      await t.startHarness({ port });

      const again = await t.open(await t.newPage({ context }));
      await expectScreen(again, 'Unlock Verbatim');
      await unlockWith(again, PASSPHRASE);
      await signIn(again, { expect: 'Unsaved drafts' });
      await resumeAndCheck(t, again, '30-unsaved-drafts');
      await saveAndCheck(again);
    },
  },
  {
    name: 'crash recovery: a reload without saving offers the draft, identical',
    async run(t) {
      const page = await typeWithoutSaving(t);
      await page.reload();
      await resumeAndCheck(t, page, null);
      await saveAndCheck(page);
    },
  },
  {
    name: 'crash recovery: the window is closed abruptly; a new window offers the draft, which can be discarded after a check',
    async run(t) {
      const page = await typeWithoutSaving(t);
      const context = page.context();
      await page.close({ runBeforeUnload: false });
      const again = await t.open(await t.newPage({ context }));
      await expectScreen(again, 'Unsaved drafts');
      const card = again.getByTestId('draft-card');
      await card.getByRole('button', { name: /^Discard/ }).click();
      await card.getByRole('alertdialog', { name: 'Discard this draft?' }).waitFor();
      await t.screen(again, '31-discard-draft-confirm');
      await card.getByRole('button', { name: 'Keep it' }).click();
      await card.getByRole('button', { name: /^Discard/ }).waitFor();
      assert.equal((await draftRecords(again)).length, 1, 'Keep it kept it');
      await card.getByRole('button', { name: /^Discard/ }).click();
      await card.getByRole('button', { name: 'Yes, discard it' }).click();
      // No drafts left: on to Capture, back at the event this person was capturing at.
      await again.getByRole('heading', { level: 1, name: 'Capture' }).waitFor();
      await again.getByTestId('capture-event-name').waitFor();
      assert.equal(await wordsField(again).inputValue(), '', 'the discarded words are gone');
      assert.equal((await draftRecords(again)).length, 0);
    },
  },
];
