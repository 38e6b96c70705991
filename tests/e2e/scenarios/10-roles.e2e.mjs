/* global window -- used inside page.evaluate callbacks, which run in the browser */
import {
  addPerson,
  assert,
  captureStory,
  completeSetup,
  eventually,
  expectScreen,
  getStory,
  listStories,
  signIn,
  startEvent,
  switchUser,
} from '../lib/helpers.mjs';

const TOMASZ = { name: 'Tomasz Nowak', role: 'Outreach worker', pin: '1357' };
const GRACE = { name: 'Grace Mensah', role: 'Volunteer', pin: '9753' };

export const tests = [
  {
    name: 'roles through the real services, and a wrong PIN: an outreach worker cannot list or open another event\'s story; a volunteer cannot capture or read stories',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await addPerson(page, TOMASZ);
      await addPerson(page, GRACE);
      await t.screen(page, '40-settings-people');

      // The administrator records a story at one event.
      await page.getByRole('link', { name: 'Capture', exact: true }).click();
      await startEvent(page, { name: 'Queen’s Park drop-in', place: 'Queen’s Park Community Centre' });
      await captureStory(page, 'Recorded by Amira at Queen’s Park.');
      const adminStory = (await listStories(page, { scope: 'mine', limit: 50 })).value.items[0];
      assert.ok(adminStory);

      // Tomasz, an outreach worker, records one at another event.
      await switchUser(page);
      await page.getByRole('radio', { name: TOMASZ.name }).check();
      await page.getByLabel('Your PIN').fill('0000');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      const wrongPin = page.getByRole('alert').filter({ hasText: 'That PIN is not right. Check it and try again.' });
      await wrongPin.waitFor();
      assert.equal(await page.getByLabel('Your PIN').inputValue(), '', 'the wrong PIN is cleared');
      await t.screen(page, '41-sign-in-wrong-pin');
      await page.getByLabel('Your PIN').fill(TOMASZ.pin);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expectScreen(page, 'Capture');
      assert.ok((await page.getByTestId('signed-in-person').textContent()).includes('Outreach worker'));
      await page.getByRole('button', { name: 'Capture at this event: Queen’s Park drop-in' }).waitFor();
      await t.screen(page, '44-capture-event-picker');
      await startEvent(page, { name: 'Lisson Grove health fair', place: 'Lisson Grove' });
      await captureStory(page, 'Recorded by Tomasz at Lisson Grove.');

      // Asked directly, the services hide the administrator's story from him.
      const all = (await listStories(page, { scope: 'all', limit: 50 })).value;
      assert.deepEqual(
        all.items.map((item) => item.excerpt),
        ['Recorded by Tomasz at Lisson Grove.'],
        'an outreach worker lists only his own stories and those of his current event',
      );
      const hidden = await getStory(page, adminStory.id);
      assert.equal(hidden.ok, false);
      assert.equal(hidden.code, 'NOT_FOUND', 'another event\'s story is not found, not even forbidden');
      const eventScope = await listStories(page, { scope: 'event', eventId: adminStory.eventId, limit: 50 });
      assert.deepEqual(eventScope.value.items, [], 'nor is it listed by asking for its event');
      const revise = await page.evaluate((id) => window.verbatim.reviseStory({ id, text: 'changed', reason: 'trying' }), adminStory.id);
      assert.equal(revise.code, 'NOT_FOUND');
      const remove = await page.evaluate((id) => window.verbatim.deleteStory({ id, reason: 'trying' }), adminStory.id);
      assert.equal(remove.code, 'FORBIDDEN', 'outreach workers cannot delete stories');

      // In the UI too: his list holds only what he may see.
      await page.getByRole('link', { name: 'Stories' }).click();
      await expectScreen(page, 'Stories');
      await page.getByTestId('story-item').first().waitFor();
      await eventually(async () => assert.deepEqual(await page.locator('.story-excerpt').allTextContents(), ['Recorded by Tomasz at Lisson Grove.']));
      await t.screen(page, '42-stories-outreach');

      // Grace, a volunteer: no Capture, no Stories, and the services refuse her.
      await switchUser(page);
      await signIn(page, { name: GRACE.name, pin: GRACE.pin, expect: 'Review' });
      const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
      await eventually(async () => assert.deepEqual(await nav.allTextContents(), ['Review', 'Action plan', 'Settings']));
      const listed = await listStories(page, { scope: 'all', limit: 50 });
      assert.equal(listed.ok, false);
      assert.equal(listed.code, 'FORBIDDEN', 'a volunteer may not list stories');
      assert.equal((await getStory(page, adminStory.id)).ok, false, 'nor read one');
      const saved = await page.evaluate(() =>
        window.verbatim.saveStory({
          text: 'A volunteer trying to capture',
          wordsKind: 'own-words',
          language: 'English',
          interpreter: false,
          translation: null,
          channel: 'phone',
          eventId: null,
          heardOn: '2026-01-01',
          serviceIds: [],
          consent: { keep: true, share: false, quote: false, contact: false },
          contact: null,
          equality: {},
          safeguarding: { flagged: false, action: null, actionBy: null },
          status: 'submitted',
          draftId: null,
        }),
      );
      assert.equal(saved.code, 'FORBIDDEN', 'nor capture one');
      // Asking for the Stories screen by its address lands elsewhere.
      await page.evaluate((id) => {
        window.location.hash = `#/stories/${id}`;
      }, adminStory.id);
      await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
      await t.screen(page, '43-volunteer-shell');
    },
  },
];
