import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verbatim } from '../../helpers/cli';
import { PASSPHRASE, sha256File, tempFolder } from '../../helpers/temp-store';

async function initStore() {
  const folder = tempFolder();
  const db = join(folder, 'verbatim.db');
  const run = await verbatim(['init', '--db', db, '--organisation', 'Healthwatch Testshire']);
  expect(run.code).toBe(0);
  return { folder, db, recoveryKey: run.stdout.trim() };
}

describe('verbatim init and status', () => {
  it('creates a store, prints the recovery key once, and refuses to overwrite it', async () => {
    const { db, recoveryKey } = await initStore();
    expect(recoveryKey).toMatch(/^([0-9A-Z]{6}-){7}[0-9A-Z]{6}$/);
    const before = sha256File(db);
    const again = await verbatim(['init', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(sha256File(db)).toBe(before);
  });

  it('prints schema version, counts, size and integrity as JSON', async () => {
    const { db } = await initStore();
    const run = await verbatim(['status', '--db', db, '--json']);
    expect(run.code).toBe(0);
    const status = JSON.parse(run.stdout);
    expect(status).toMatchObject({ organisation: 'Healthwatch Testshire', integrity: 'ok', counts: { stories: 0 } });
    expect(status.schemaVersion).toBe(status.latestSchemaVersion);
    expect(status.sizeBytes).toBeGreaterThan(0);
  });

  it('exits 1 with one line for a wrong passphrase, 2 for wrong usage', async () => {
    const { db } = await initStore();
    const wrong = await verbatim(['status', '--db', db], { env: { VERBATIM_PASSPHRASE: 'not it at all' } });
    expect(wrong).toMatchObject({ code: 1 });
    expect(wrong.stderr).toMatch(/^verbatim status: That passphrase does not unlock this store\.\n$/);
    expect((await verbatim(['status'])).code).toBe(2);
    expect((await verbatim(['status', '--db', db, '--bogus'])).code).toBe(2);
    expect((await verbatim(['frobnicate'])).code).toBe(2);
    const none = await verbatim(['status', '--db', db], { env: {} });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/VERBATIM_PASSPHRASE/);
  });

  it('reads the passphrase from a file, ignoring one trailing newline', async () => {
    const { folder, db } = await initStore();
    const file = join(folder, 'pass.txt');
    writeFileSync(file, `${PASSPHRASE}\n`);
    expect((await verbatim(['status', '--db', db, '--passphrase-file', file], { env: {} })).code).toBe(0);
  });
});

describe('verbatim backup, restore and rekey', () => {
  it('backs up, restores over a store, and keeps the replaced one aside', async () => {
    const { folder, db } = await initStore();
    const out = join(folder, 'backup.vbak');
    expect((await verbatim(['backup', '--db', db, '--out', out])).code).toBe(0);
    expect((await verbatim(['backup', '--db', db, '--out', out])).code).toBe(1);
    const restored = await verbatim(['restore', '--from', out, '--db', db]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/kept beside it/);
    expect((await verbatim(['status', '--db', db])).code).toBe(0);
  });

  it('restores to a new place, and refuses a backup that is not one', async () => {
    const { folder, db } = await initStore();
    const out = join(folder, 'backup.vbak');
    await verbatim(['backup', '--db', db, '--out', out]);
    const elsewhere = join(folder, 'elsewhere.db');
    expect((await verbatim(['restore', '--from', out, '--db', elsewhere])).code).toBe(0);
    expect(existsSync(`${elsewhere}.keys.json`)).toBe(true);
    const junk = join(folder, 'junk.vbak');
    writeFileSync(junk, 'not a backup');
    const refused = await verbatim(['restore', '--from', junk, '--db', join(folder, 'third.db')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not a Verbatim backup/);
  });

  it('changes the passphrase without rewriting the store', async () => {
    const { db } = await initStore();
    const before = sha256File(db);
    const run = await verbatim(['rekey', '--db', db], { env: { VERBATIM_PASSPHRASE: PASSPHRASE, VERBATIM_NEW_PASSPHRASE: 'the new passphrase' } });
    expect(run.code).toBe(0);
    expect(sha256File(db)).toBe(before);
    expect((await verbatim(['status', '--db', db])).code).toBe(1);
    expect((await verbatim(['status', '--db', db], { env: { VERBATIM_PASSPHRASE: 'the new passphrase' } })).code).toBe(0);
  });
});
