/**
 * Laptops syncing through one real PostgreSQL server: the throw-away cluster that
 * tests/helpers/pg-cluster.sh starts (VERBATIM_TEST_PG_URL), with a fresh database
 * per test. Without the URL these tests fail, unless VERBATIM_NO_PG=1 says to skip
 * them (locally only; CI always has the server).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe } from 'vitest';
import { createJobContext } from '../../../main/jobs/job-context';
import type { SyncServer } from '../../../shared/sync/schemas';
import { storeWithPeople } from '../../helpers/capture';

export type Laptop = Awaited<ReturnType<typeof storeWithPeople>>;

const url = process.env.VERBATIM_TEST_PG_URL;
const skip = !url && process.env.VERBATIM_NO_PG === '1';
if (skip) console.log('sync tests skipped: VERBATIM_NO_PG=1 and no VERBATIM_TEST_PG_URL (start one with tests/helpers/pg-cluster.sh)');

/** describe() for tests that need the server: fails without it, skips only when told to. */
export const describeWithServer = (name: string, body: () => void) =>
  (skip ? describe.skip : describe)(name, () => {
    if (!url) throw new Error('VERBATIM_TEST_PG_URL is not set: start a server with: eval "$(tests/helpers/pg-cluster.sh start)" (or set VERBATIM_NO_PG=1 to skip)');
    body();
  });

const admin = () => new URL(url!);
export const serverPassword = () => decodeURIComponent(admin().password);

const made: string[] = [];

/** An administrator connection to the test server's `database` (default: its maintenance database). */
export async function adminClient(database?: string): Promise<pg.Client> {
  const where = admin();
  const client = new pg.Client({ host: where.hostname, port: Number(where.port), user: decodeURIComponent(where.username), password: serverPassword(), database: database ?? where.pathname.slice(1) });
  await client.connect();
  return client;
}

/** A new, empty database on the test server, and the settings a laptop uses to reach it over verified TLS. */
export async function freshServer(): Promise<SyncServer> {
  const database = `verbatim_test_${randomBytes(6).toString('hex')}`;
  const client = await adminClient();
  await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  made.push(database);
  const where = admin();
  return { host: where.hostname, port: Number(where.port), database, user: decodeURIComponent(where.username), tls: true, verifyCertificate: true, caFile: process.env.VERBATIM_TEST_PG_CA ?? null };
}

afterAll(async () => {
  if (!url || made.length === 0) return;
  const client = await adminClient();
  for (const database of made.splice(0)) await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await client.end();
});

export function configure(laptop: Laptop, server: SyncServer, password = serverPassword()): void {
  laptop.sync.saveSettings({ server, password, intervalMinutes: 0 });
}

/** An office laptop that makes the organisation key, and others enrolled from it. */
export async function organisation(server: SyncServer) {
  const officeA = await storeWithPeople();
  configure(officeA, server);
  const { words } = officeA.sync.createKey();
  const officeB = await storeWithPeople();
  configure(officeB, server);
  officeB.sync.enrol(words);
  return { officeA, officeB, words };
}

export async function enrolled(from: Laptop, server: SyncServer, profile: 'field' | 'volunteer' | 'office') {
  const laptop = await storeWithPeople();
  configure(laptop, server);
  laptop.sync.enrol(from.sync.issueWords(profile, `${profile} laptop`).words);
  return laptop;
}

export const syncOnce = (laptop: Laptop, context = createJobContext()) => laptop.sync.run(laptop.users.require(), context);
