/* global window, document */
/**
 * The register of interests through the real services and store: an administrator
 * records that a staff coder is employed by a hospital's A&E (shown before the work,
 * never refused); the coder tags a story about it and reads the declaration in a
 * dialog first (by keyboard: focus on its title, Escape does not go on, going on
 * acknowledges it); the coder's rule becomes "must not code", and the next tag is
 * refused in plain English naming the declaration; the administrator sees the refusal
 * in Settings → Register of interests and gives the work to someone else, who tags the
 * story. Last, the board pack is read on screen, and the published register is built
 * from Share and its page opened from file:// with every request recorded and none
 * allowed out: names and interests, no contact details, no scripts, a strict CSP.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ADMIN, addPerson, assert, completeSetup, eventually, expectFocus, expectScreen, openSection, signIn, switchUser } from '../lib/helpers.mjs';
import { call, newStory, openStories, saveStories, shot } from './50-find-stories.e2e.mjs';

const require = createRequire(import.meta.url);
const CODER = { name: 'Sam Patel', role: 'Staff', pin: '1357' };
const OTHER = { name: 'Priya Shah', role: 'Staff', pin: '9753' };
const STORY = 'I waited six hours in A&E and nobody told me why.';
const WORDS = 'I work nights on the A&E reception desk.  ';
const MANAGEMENT = 'Reads the declaration before coding A&E stories';
const CONTACT = { name: 'Pat Lee', role: 'Head of patient experience', email: 'pat.lee@example.nhs.uk', phone: '020 7946 0000' };

/** Opens the only story in the list and waits for the tagging panel's theme picker. */
async function openTheStory(page) {
  await openStories(page);
  await page.locator('.wb-row-open').first().click();
  await expectScreen(page, 'Story');
  await page.getByTestId('story-text').filter({ hasText: STORY }).waitFor();
}

/** T, a theme's name, Enter: what a coder does to tag the story. */
async function pickTheme(page, name) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('t');
  await expectFocus(page, 'wb-tag-code');
  await page.keyboard.type(name);
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
}

/** Switch user, then sign in as `person`: the screen stays in `area`, where the last person left it. */
async function signInAs(page, person, area) {
  await switchUser(page);
  await signIn(page, { name: person.name, pin: person.pin, expect: area });
  await page.getByRole('banner').getByText(person.name, { exact: true }).waitFor();
}

/** A section of the area already on screen. */
async function sectionOf(page, area, name) {
  const link = page.getByRole('navigation', { name: `${area} sections` }).getByRole('link', { name, exact: true });
  await link.click();
  await link.and(page.locator('[aria-current="page"]')).waitFor();
}

const themesOn = async (page, storyId) => (await call(page, 'listTags', { storyId })).map((tag) => tag.codeName);

export const tests = [
  {
    name: 'interests: a coder is shown their declaration before tagging (keyboard, Escape does not go on), then refused once the rule rules coding out; the administrator gives the work to someone else, who tags; the published register opens offline with names and interests only',
    async run(t) {
      const page = await t.open(await t.newPage());
      await completeSetup(page);
      await addPerson(page, CODER);
      await addPerson(page, OTHER);
      const services = await call(page, 'listServices', { includeRetired: false });
      const hospital = services.find((service) => service.type === 'a-and-e');
      const [storyId] = await saveStories(page, [newStory(STORY, { serviceIds: [hospital.id] })]);
      const trust = await call(page, 'createStakeholder', { name: 'Central London NHS Trust', kind: 'nhs-trust', contacts: [CONTACT] });

      // The administrator records Sam's interest, from a paper form: shown before coding, not refused.
      await openSection(page, 'Settings', 'Register of interests');
      const register = page.getByTestId('register');
      await register.getByTestId('register-person').filter({ hasText: CODER.name }).waitFor();
      await page.getByTestId('refusals').getByText('No refusal is waiting.').waitFor();
      await shot(t, page, 'interests-01-register');
      await register.getByRole('button', { name: `Open ${CODER.name}’s entry` }).click();
      await page.getByRole('heading', { level: 2, name: new RegExp(CODER.name) }).waitFor();
      await expectFocus(page, 'register-entry-title');
      const form = page.getByTestId('interest-new-form');
      await form.getByRole('radio', { name: 'Employment' }).check();
      await form.getByRole('radio', { name: 'A service in the services register' }).check();
      await form.getByRole('combobox', { name: 'Service' }).selectOption({ label: hospital.name });
      await form.getByRole('textbox', { name: /The interest, in your own words/ }).fill(WORDS);
      await form.getByLabel('From', { exact: true }).fill('2025-09-01');
      await form.getByRole('textbox', { name: /How it is managed/ }).fill(MANAGEMENT);
      await form.getByRole('button', { name: 'Declare the interest' }).click();
      await page.getByText('The interest is on the register, as a declaration made today.').waitFor();
      const declared = page.getByTestId('entry-interests').getByTestId('interest');
      await declared.getByRole('heading', { name: `Employment with ${hospital.name}` }).waitFor();
      assert.equal(await declared.getByTestId('declaration-words').textContent(), WORDS, 'the words as typed, spaces and all');
      await declared.getByText('Nothing: the declaration is shown before the work').waitFor();
      await shot(t, page, 'interests-02-entry');

      // Sam signs in and tags the story: the declaration comes first.
      await signInAs(page, CODER, 'Settings');
      await openTheStory(page);
      await pickTheme(page, 'Waiting times');
      const dialog = page.getByRole('dialog', { name: 'Before you code this story' });
      await dialog.waitFor();
      await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Before you code this story'), { timeout: 5_000 });
      await dialog.getByTestId('declaration-words').filter({ hasText: 'I work nights' }).waitFor();
      await dialog.getByText(MANAGEMENT).waitFor();
      // The dialog as it is seen (a whole-page picture would stretch the fixed backdrop).
      await t.axe(page, 'interests-04-declaration-dialog');
      await t.screenshot(page, 'interests-04-declaration-dialog', { fullPage: false });
      // Escape: not going on; nothing is tagged, the focus is back on the picker.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expectFocus(page, 'wb-tag-code');
      assert.deepEqual(await themesOn(page, storyId), []);
      // Again, and going on from the keyboard: Tab to "I have read it: go on", Enter.
      await pickTheme(page, 'Waiting times');
      await dialog.waitFor();
      await page.keyboard.press('Tab');
      await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'I have read it: go on'));
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('story-tag').filter({ hasText: 'Waiting times' }).waitFor();
      await eventually(async () => assert.deepEqual(await themesOn(page, storyId), ['Waiting times']));

      // Sam's rule changes: he must not code stories about the hospital.
      await openSection(page, 'Settings', 'My declarations');
      await page.getByTestId('entry-interests').getByRole('heading', { name: `Employment with ${hospital.name}` }).waitFor();
      await shot(t, page, 'interests-03-my-declarations');
      const mine = page.getByTestId('entry-interests').getByTestId('interest');
      await mine.getByRole('button', { name: `Change the interest with ${hospital.name}` }).click();
      await mine.getByRole('checkbox', { name: 'Coding (tagging) its stories' }).check();
      await mine.getByRole('button', { name: 'Save the change' }).click();
      await page.getByTestId('entry-interests').getByText('Must not').locator('..').getByText('Coding (tagging) its stories').waitFor();

      // His next tag is refused, naming the declaration; nothing is written.
      await openTheStory(page);
      await pickTheme(page, 'Communication');
      await page
        .getByRole('alert')
        .getByText(`You must not code this story: the register of interests records employment with ${hospital.name}, managed as “${MANAGEMENT}”.`, { exact: false })
        .waitFor();
      assert.equal(await page.getByRole('dialog').count(), 0, 'a refusal asks nothing');
      assert.deepEqual(await themesOn(page, storyId), ['Waiting times']);
      await shot(t, page, 'interests-05-refused');

      // The administrator sees the refusal and gives the work to Priya.
      await signInAs(page, ADMIN, 'Story');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Capture', exact: true }).click();
      await expectScreen(page, 'Capture');
      await page.getByTestId('owing-notice').getByText('1 refusal waits for you.').waitFor();
      await page.getByTestId('owing-notice').getByRole('link', { name: 'Open the register of interests' }).click();
      const refusal = page.getByTestId('refusals').getByTestId('refusal');
      await refusal.getByRole('heading', { name: `${CODER.name} was refused: code this story` }).waitFor();
      await refusal.getByText(`Story: “${STORY.slice(0, 20)}`, { exact: false }).waitFor();
      await shot(t, page, 'interests-06-refusal');
      await refusal.getByRole('button', { name: 'Give it to someone else' }).click();
      const to = refusal.getByRole('combobox', { name: 'Give the work to' });
      await to.waitFor();
      await expectFocus(page, await to.getAttribute('id'));
      await to.selectOption({ label: OTHER.name });
      await refusal.getByRole('textbox', { name: 'Reason (optional)' }).fill('Sam works on that desk.');
      await shot(t, page, 'interests-07-reassign');
      await refusal.getByRole('button', { name: 'Give the work' }).click();
      await page.getByTestId('refusals').getByText(`The work went to ${OTHER.name}.`).waitFor();
      await page.getByTestId('refusals').getByText('No refusal is waiting.').waitFor();

      // Priya sees the work given to her, and tags the story with nothing to read.
      await signInAs(page, OTHER, 'Settings');
      await sectionOf(page, 'Settings', 'My declarations');
      const given = page.getByTestId('given-to-me');
      await given.getByText(`Coding: “${STORY.slice(0, 20)}`, { exact: false }).waitFor();
      await given.getByText('Reason: Sam works on that desk.').waitFor();
      await shot(t, page, 'interests-08-given-to-me');
      const priya = await call(page, 'getMyRegister', {});
      await call(page, 'declareInterest', {
        personId: priya.personId,
        interest: { kind: 'family', concerns: { type: 'organisation', stakeholderId: trust.id }, description: 'My brother is a consultant at the trust.', fromOn: '2024-04-01', toOn: null, management: 'Does not write reports about the trust', refuses: ['recommend'] },
      });
      await openTheStory(page);
      await pickTheme(page, 'Communication');
      await page.getByTestId('story-tag').filter({ hasText: 'Communication' }).waitFor();
      assert.equal(await page.getByRole('dialog').count(), 0);
      await eventually(async () => assert.deepEqual((await themesOn(page, storyId)).sort(), ['Communication', 'Waiting times']));
      // Started, it is no longer waiting for her.
      await openSection(page, 'Settings', 'My declarations');
      await page.getByTestId('entry-interests').getByRole('heading', { name: 'Family interest with Central London NHS Trust' }).waitFor();
      assert.equal(await page.getByTestId('given-to-me').count(), 0);

      // The administrator: the board pack on screen, then the register published.
      await signInAs(page, ADMIN, 'Settings');
      await openSection(page, 'Share', 'Board pack and register');
      const today = new Date().toISOString().slice(0, 10);
      const pack = page.getByTestId('board-pack');
      await pack.getByLabel('From', { exact: true }).fill(`${today.slice(0, 4)}-01-01`);
      await pack.getByLabel('To', { exact: true }).fill(today);
      await pack.getByRole('button', { name: 'Show the pack' }).click();
      await pack.getByRole('heading', { name: 'Declarations and conflicts' }).waitFor();
      await shot(t, page, 'interests-09-board-pack');
      const publish = page.getByTestId('publish-register');
      const path = await publish.getByRole('textbox', { name: /Save the register as/ }).inputValue();
      await publish.getByRole('button', { name: 'Publish the register' }).click();
      await page.getByTestId('publish-register-done').waitFor({ timeout: 30_000 });
      await shot(t, page, 'interests-10-published');

      // The page anyone can open: from file://, every request recorded, none let out.
      const html = join(t.tmp, 'register.html');
      writeFileSync(html, execFileSync('unzip', ['-p', path, 'register.html']));
      const source = readFileSync(html, 'utf8');
      assert.match(source, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'[^"]*">/);
      const reader = await page.context().browser().newContext({ viewport: { width: 900, height: 900 }, offline: true });
      try {
        const view = await reader.newPage();
        const requests = [];
        const violations = [];
        view.on('request', (request) => requests.push(request.url()));
        view.on('console', (message) => /Content Security Policy/i.test(message.text()) && violations.push(message.text()));
        // The page itself may load; anything else it asked for would be recorded and refused.
        await reader.route('**/*', (route) => (route.request().url() === pathToFileURL(html).href ? route.continue() : route.abort()));
        await view.goto(pathToFileURL(html).href);
        await view.getByRole('heading', { level: 1, name: 'Register of interests: Healthwatch Westminster' }).waitFor();
        for (const name of [ADMIN.name, CODER.name, OTHER.name]) await view.getByRole('heading', { level: 2, name }).waitFor();
        await view.getByText(`Employment with ${hospital.name}`).waitFor();
        await view.getByText('Family interest with Central London NHS Trust').waitFor();
        const text = await view.locator('body').innerText();
        for (const detail of [CONTACT.name, CONTACT.email, CONTACT.phone, CODER.pin, OTHER.pin]) assert.ok(!text.includes(detail) && !source.includes(detail), `no ${detail}`);
        assert.equal(await view.locator('script').count(), 0, 'no scripts');
        assert.deepEqual(requests, [pathToFileURL(html).href], 'the page itself, and nothing else');
        // axe, evaluated through the debugger (the page's CSP would refuse a script tag).
        await view.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
        const found = await view.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id));
        assert.deepEqual(found, []);
        assert.deepEqual(violations, []);
        assert.deepEqual(requests, [pathToFileURL(html).href], 'still nothing else');
        await t.screenshot(view, 'interests-11-published-register-html');
      } finally {
        await reader.close();
      }
    },
  },
];
