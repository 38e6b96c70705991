/**
 * Sync through a real PostgreSQL server (the test cluster, VERBATIM_TEST_PG_URL):
 * an administrator makes the organisation's sync key, fills in the server from
 * the keyboard, tests the connection, saves, syncs a story and sees the result.
 * Without the URL the scenario fails, unless VERBATIM_NO_PG=1 says to skip it.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { assert, completeSetup, expectScreen } from '../lib/helpers.mjs';
import { call, mainNav, shot } from './50-find-stories.e2e.mjs';

const require = createRequire(import.meta.url);

async function freshDatabase() {
  const url = new URL(process.env.VERBATIM_TEST_PG_URL);
  const pg = require('pg');
  const client = new pg.Client({ host: url.hostname, port: Number(url.port), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password), database: url.pathname.slice(1) });
  await client.connect();
  const database = `verbatim_e2e_${randomBytes(5).toString('hex')}`;
  await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  return { host: url.hostname, port: url.port, user: decodeURIComponent(url.username), password: decodeURIComponent(url.password), database };
}

export const tests =
  !process.env.VERBATIM_TEST_PG_URL && process.env.VERBATIM_NO_PG === '1'
    ? []
    : [
        {
          name: 'sync: an administrator sets up the server and the key, tests the connection and syncs; every failure in plain English',
          async run(t) {
            if (!process.env.VERBATIM_TEST_PG_URL) throw new Error('VERBATIM_TEST_PG_URL is not set: start tests/helpers/pg-cluster.sh (or VERBATIM_NO_PG=1 to skip)');
            const server = await freshDatabase();
            const page = await t.open(await t.newPage());
            await completeSetup(page);
            await call(page, 'saveStory', {
              text: 'Told at the library: the bus to the clinic stopped running.',
              wordsKind: 'own-words',
              language: 'English',
              interpreter: false,
              translation: null,
              channel: 'community-event',
              eventId: null,
              heardOn: '2026-11-20',
              serviceIds: [],
              consent: { keep: true, share: true, quote: false, contact: false },
              contact: null,
              equality: {},
              safeguarding: { flagged: false, action: null, actionBy: null },
              status: 'submitted',
              draftId: null,
            });
            await mainNav(page).getByRole('link', { name: 'Settings' }).click();
            await expectScreen(page, 'Settings');
            await page.getByRole('link', { name: 'Sync', exact: true }).click();
            await page.getByTestId('sync-settings').waitFor();
            await shot(t, page, 'sync-01-section');

            const key = page.getByTestId('sync-key');
            await key.getByRole('button', { name: "Make the organisation's sync key (first office laptop only)" }).click();
            const words = await key.getByTestId('sync-words').locator('code').textContent();
            assert.match(words, /^[0-9A-Z]{6}(-[0-9A-Z]{6}){7}$/);
            await page.getByTestId('sync-profile').getByText(/Office laptop/).waitFor();

            const form = page.getByTestId('sync-server');
            await form.getByLabel('Server address').focus();
            await page.keyboard.type(server.host);
            await page.keyboard.press('Tab');
            await page.keyboard.press('Control+A');
            await page.keyboard.type(server.port);
            await page.keyboard.press('Tab');
            await page.keyboard.type(server.database);
            await page.keyboard.press('Tab');
            await page.keyboard.type(server.user);
            await page.keyboard.press('Tab');
            await page.keyboard.type('not the password');
            await form.getByLabel('Certificate authority file (optional)').fill(process.env.VERBATIM_TEST_PG_CA ?? '');
            await form.getByRole('button', { name: 'Test connection' }).click();
            await form.getByRole('alert').getByText(/refused the user name or password/).waitFor({ timeout: 20_000 });
            await shot(t, page, 'sync-02-wrong-password');

            await form.getByLabel('Password').fill(server.password);
            await form.getByRole('button', { name: 'Test connection' }).focus();
            await page.keyboard.press('Enter');
            await form.getByTestId('sync-server-result').getByText(/Connected to PostgreSQL 1\d.*\(encrypted\)/).waitFor({ timeout: 20_000 });
            await form.getByLabel('Server address').press('Enter');
            await form.getByTestId('sync-server-result').getByText('Saved.').waitFor();
            await shot(t, page, 'sync-03-saved');

            await page.getByRole('button', { name: 'Sync now' }).click();
            const done = page.getByTestId('sync-done');
            await done.waitFor({ timeout: 30_000 });
            assert.match(await done.textContent(), /Synced: sent [1-9]\d*, received 0, applied 0, conflicts 0\./);
            await page.getByTestId('sync-waiting').getByText('0 changes').waitFor();
            await page.getByTestId('sync-last').getByText(/sent [1-9]/).waitFor();
            await shot(t, page, 'sync-04-synced');
          },
        },
      ];
