import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../shared/result';
import { openDatabase } from '../../../main/store/database';
import { checkIntegrityInProcess } from '../../../main/store/integrity-check';
import { StoreService } from '../../../main/store/store-service';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrations';
import { ORGANISATION, PASSPHRASE, readOnlyFolder, sha256File, tempFolder } from '../../helpers/temp-store';

async function expectCode(promise: Promise<unknown> | (() => unknown), code: string) {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe(code);
    return error as ServiceError;
  }
  throw new Error(`expected ${code}, but it succeeded`);
}

async function newStore() {
  const dbPath = join(tempFolder(), 'verbatim.db');
  const store = new StoreService(dbPath);
  const { recoveryKey } = await store.create(ORGANISATION, PASSPHRASE);
  return { store, dbPath, recoveryKey };
}

describe('creating, locking and unlocking a store', () => {
  it('creates an encrypted store that is unlocked, and readable again only with the passphrase', async () => {
    const { store, dbPath, recoveryKey } = await newStore();
    expect(store.status()).toMatchObject({ state: 'unlocked', organisation: ORGANISATION, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{6}-){7}[0-9A-HJKMNP-TV-Z]{6}$/);
    store.lock();
    expect(store.status().state).toBe('locked');
    // Encrypted at rest: neither the SQLite header nor the organisation name is in the file.
    const bytes = readFileSync(dbPath);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from(ORGANISATION))).toBe(false);
    await expectCode(() => store.requireDb(), 'STORE_LOCKED');
    await store.unlock(PASSPHRASE);
    expect(store.status()).toMatchObject({ state: 'unlocked', organisation: ORGANISATION });
  });

  it('refuses to create a store over an existing one and leaves it untouched', async () => {
    const { store, dbPath } = await newStore();
    store.lock();
    const before = sha256File(dbPath);
    await expectCode(new StoreService(dbPath).create('Other', PASSPHRASE), 'STORE_EXISTS');
    expect(sha256File(dbPath)).toBe(before);
  });

  it('reports a missing folder', async () => {
    const dbPath = join(tempFolder(), 'no', 'such', 'folder', 'verbatim.db');
    await expectCode(new StoreService(dbPath).create(ORGANISATION, PASSPHRASE), 'FOLDER_MISSING');
  });

  it('reports a read-only folder without creating anything', async () => {
    const folder = readOnlyFolder();
    try {
      await expectCode(new StoreService(join(folder.path, 'verbatim.db')).create(ORGANISATION, PASSPHRASE), 'FOLDER_READ_ONLY');
    } finally {
      folder.release();
    }
  });

  it('reports that there is no store to unlock', async () => {
    await expectCode(new StoreService(join(tempFolder(), 'verbatim.db')).unlock(PASSPHRASE), 'STORE_NOT_FOUND');
  });
});

describe('a wrong passphrase', () => {
  it('is refused with a clear message and the store file is untouched', async () => {
    const { store, dbPath } = await newStore();
    store.lock();
    const before = sha256File(dbPath);
    const keysBefore = sha256File(`${dbPath}.keys.json`);
    const error = await expectCode(store.unlock('not the passphrase'), 'WRONG_PASSPHRASE');
    expect(error.message).toMatch(/passphrase/i);
    expect(store.status().state).toBe('locked');
    expect(sha256File(dbPath)).toBe(before);
    expect(sha256File(`${dbPath}.keys.json`)).toBe(keysBefore);
  });

  it('makes the user wait, for longer each time, after 5 failures', async () => {
    const { dbPath } = await newStore();
    let now = 1_000_000;
    const store = new StoreService(dbPath, { now: () => now });
    for (let i = 0; i < 5; i++) await expectCode(store.unlock(`wrong ${i}`), 'WRONG_PASSPHRASE');
    // The fifth failure starts the delay; even the right passphrase must wait.
    const first = await expectCode(store.unlock(PASSPHRASE), 'TOO_MANY_ATTEMPTS');
    expect(first.retryAfterMs).toBe(2000);
    now += 2000;
    await expectCode(store.unlock('wrong again'), 'WRONG_PASSPHRASE');
    const second = await expectCode(store.unlock(PASSPHRASE), 'TOO_MANY_ATTEMPTS');
    expect(second.retryAfterMs).toBe(4000);
    // Restarting the app does not reset the count.
    const restarted = new StoreService(dbPath, { now: () => now });
    await expectCode(restarted.unlock(PASSPHRASE), 'TOO_MANY_ATTEMPTS');
    now += 4000;
    await restarted.unlock(PASSPHRASE);
    expect(restarted.status().state).toBe('unlocked');
    expect(existsSync(`${dbPath}.attempts.json`)).toBe(false);
  });

  it('checks the passphrase even when the store is already unlocked', async () => {
    const { store } = await newStore();
    await expectCode(store.unlock('not the passphrase'), 'WRONG_PASSPHRASE');
    expect((await store.unlock(PASSPHRASE)).state).toBe('unlocked');
  });
});

describe('damaged, missing or newer stores', () => {
  it('reports a truncated database clearly and never writes to it', async () => {
    const { store, dbPath } = await newStore();
    store.lock();
    writeFileSync(dbPath, readFileSync(dbPath).subarray(0, 1500));
    const before = sha256File(dbPath);
    const error = await expectCode(store.unlock(PASSPHRASE), 'STORE_CORRUPT');
    expect(error.message).toMatch(/damaged/);
    expect(sha256File(dbPath)).toBe(before);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  });

  it('reports random bytes in place of the database as damaged', async () => {
    const { store, dbPath } = await newStore();
    store.lock();
    const size = readFileSync(dbPath).length;
    writeFileSync(dbPath, Buffer.alloc(size, 0x5a));
    const before = sha256File(dbPath);
    await expectCode(store.unlock(PASSPHRASE), 'STORE_CORRUPT');
    expect(sha256File(dbPath)).toBe(before);
  });

  it('refuses a database written by a newer version, without changing it', async () => {
    const { store, dbPath } = await newStore();
    // Pretend a future Verbatim has migrated the store to schema 99.
    const dbKey = await (await import('../../../main/store/keys')).unwrapWithPassphrase(
      JSON.parse(readFileSync(`${dbPath}.keys.json`, 'utf8')),
      PASSPHRASE,
    );
    store.lock();
    const raw = openDatabase(dbPath, dbKey);
    raw.pragma('user_version = 99');
    raw.close();
    const before = sha256File(dbPath);
    const error = await expectCode(store.unlock(PASSPHRASE), 'STORE_TOO_NEW');
    expect(error.message).toMatch(/newer version/);
    expect(sha256File(dbPath)).toBe(before);
  });

  it('explains that the key file is missing', async () => {
    const { store, dbPath } = await newStore();
    store.lock();
    const { rmSync } = await import('node:fs');
    rmSync(`${dbPath}.keys.json`);
    await expectCode(store.unlock(PASSPHRASE), 'STORE_KEYS_MISSING');
  });

  it('explains that the key file is damaged', async () => {
    const { store, dbPath } = await newStore();
    store.lock();
    writeFileSync(`${dbPath}.keys.json`, '{"format":"verbatim-keys"');
    await expectCode(store.unlock(PASSPHRASE), 'STORE_KEYS_CORRUPT');
  });
});

describe('recovery key and passphrase changes', () => {
  it('unlocks with the recovery key and sets a new passphrase', async () => {
    const { store, recoveryKey } = await newStore();
    store.lock();
    // Typed loosely: lower case, spaces instead of dashes.
    await store.recover(recoveryKey.toLowerCase().replace(/-/g, ' '), 'a brand new passphrase');
    expect(store.status().state).toBe('unlocked');
    store.lock();
    await expectCode(store.unlock(PASSPHRASE), 'WRONG_PASSPHRASE');
    await store.unlock('a brand new passphrase');
    expect(store.status().state).toBe('unlocked');
  });

  it('refuses a wrong recovery key', async () => {
    const { store, recoveryKey } = await newStore();
    store.lock();
    const wrong = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    await expectCode(store.recover(wrong, 'a brand new passphrase'), 'WRONG_RECOVERY_KEY');
    await expectCode(store.recover('too-short', 'a brand new passphrase'), 'WRONG_RECOVERY_KEY');
  });

  it('changes the passphrase without rewriting the database', async () => {
    const { store, dbPath } = await newStore();
    store.lock();
    const before = sha256File(dbPath);
    await store.changePassphrase(PASSPHRASE, 'another long passphrase');
    expect(sha256File(dbPath)).toBe(before);
    await expectCode(store.unlock(PASSPHRASE), 'WRONG_PASSPHRASE');
    await store.unlock('another long passphrase');
    expect(store.status().state).toBe('unlocked');
  });

  it('refuses to change the passphrase when the current one is wrong', async () => {
    const { store, dbPath } = await newStore();
    store.lock();
    const keysBefore = sha256File(`${dbPath}.keys.json`);
    await expectCode(store.changePassphrase('wrong', 'another long passphrase'), 'WRONG_PASSPHRASE');
    expect(sha256File(`${dbPath}.keys.json`)).toBe(keysBefore);
  });
});

describe('the integrity check after unlocking', () => {
  it('finds a page damaged in the middle of the file, without changing the file', async () => {
    const dbPath = join(tempFolder(), 'verbatim.db');
    const store = new StoreService(dbPath, { integrityChecker: checkIntegrityInProcess });
    await store.create(ORGANISATION, PASSPHRASE);
    const db = store.requireDb();
    db.exec('CREATE TABLE notes (words TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO notes VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`story number ${i} `.repeat(40));
    })();
    expect((await store.integrityChecked()).integrity).toBe('ok');
    store.lock();
    const bytes = readFileSync(dbPath);
    const middle = Math.floor(bytes.length / 2);
    for (let i = middle; i < middle + 64; i++) bytes.writeUInt8(bytes.readUInt8(i) ^ 0xff, i);
    writeFileSync(dbPath, bytes);
    const before = sha256File(dbPath);
    await store.unlock(PASSPHRASE);
    const status = await store.integrityChecked();
    expect(status.integrity).toBe('damaged');
    expect(status.integrityProblem).toBeTruthy();
    store.lock();
    expect(sha256File(dbPath)).toBe(before);
  });
});

describe('replacing the recovery key', () => {
  it('issues a new key that works, stops the old one, and asks for confirmation again', async () => {
    const { store, recoveryKey } = await newStore();
    expect(store.status().recoveryKeyConfirmed).toBe(false);
    expect(store.confirmRecoveryKey().recoveryKeyConfirmed).toBe(true);
    await expectCode(store.replaceRecoveryKey('wrong passphrase'), 'WRONG_PASSPHRASE');
    const { recoveryKey: fresh } = await store.replaceRecoveryKey(PASSPHRASE);
    expect(fresh).not.toBe(recoveryKey);
    expect(store.status().recoveryKeyConfirmed).toBe(false);
    store.lock();
    await expectCode(store.recover(recoveryKey, 'yet another passphrase'), 'WRONG_RECOVERY_KEY');
    await store.recover(fresh, 'yet another passphrase');
    expect(store.status().state).toBe('unlocked');
  });
});
