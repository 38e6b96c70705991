import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../shared/result';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/store/migrations';
import type { Migration } from '../../../main/store/migrations/migration';
import { StoreService } from '../../../main/store/store-service';
import { ORGANISATION, PASSPHRASE, sha256File, tempFolder } from '../../helpers/temp-store';

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toSatisfy((error: unknown) => error instanceof ServiceError && error.code === code);
}

async function storeWithRows(folder = tempFolder()) {
  const dbPath = join(folder, 'verbatim.db');
  const store = new StoreService(dbPath);
  await store.create(ORGANISATION, PASSPHRASE);
  const db = store.requireDb();
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, words TEXT NOT NULL)');
  db.prepare('INSERT INTO notes (words) VALUES (?)').run('  said exactly so\n');
  return { store, dbPath, folder };
}

describe('backups', () => {
  it('backs up a store in use and restores it, keeping the store it replaces', async () => {
    const { store, dbPath, folder } = await storeWithRows();
    const out = join(folder, 'copy.vbak');
    store.backupTo(out);
    // The store keeps working after the backup, and later changes are not in it.
    store.requireDb().prepare('INSERT INTO notes (words) VALUES (?)').run('after the backup');
    expect(readFileSync(out).includes(Buffer.from('said exactly so'))).toBe(false);

    await store.restoreFrom(out, PASSPHRASE);
    const rows = store.requireDb().prepare('SELECT words FROM notes').pluck().all();
    expect(rows).toEqual(['  said exactly so\n']);
    const aside = readdirSync(folder).filter((name) => name.startsWith('verbatim.db.replaced-') && !name.endsWith('.json'));
    expect(aside).toHaveLength(1);
    expect(existsSync(dbPath)).toBe(true);
  });

  it('never overwrites an existing file with a backup', async () => {
    const { store, folder } = await storeWithRows();
    const out = join(folder, 'exists.vbak');
    writeFileSync(out, 'something precious');
    expect(() => store.backupTo(out)).toThrow(ServiceError);
    expect(readFileSync(out, 'utf8')).toBe('something precious');
  });

  it('refuses a tampered backup and leaves the store as it was', async () => {
    const { store, dbPath, folder } = await storeWithRows();
    const out = join(folder, 'copy.vbak');
    store.backupTo(out);
    const bytes = readFileSync(out);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100);
    writeFileSync(out, bytes);
    store.lock();
    const before = sha256File(dbPath);
    await expectCode(store.restoreFrom(out, PASSPHRASE), 'BACKUP_INVALID');
    expect(sha256File(dbPath)).toBe(before);
    expect(readdirSync(folder).some((name) => name.includes('restoring'))).toBe(false);
  });

  it('refuses a truncated backup and a file that is not a backup', async () => {
    const { store, folder } = await storeWithRows();
    const out = join(folder, 'copy.vbak');
    store.backupTo(out);
    writeFileSync(out, readFileSync(out).subarray(0, 5000));
    await expectCode(store.restoreFrom(out, PASSPHRASE), 'BACKUP_INVALID');
    const junk = join(folder, 'junk.vbak');
    writeFileSync(junk, 'hello');
    await expectCode(store.restoreFrom(junk, PASSPHRASE), 'BACKUP_INVALID');
  });

  it('refuses to restore with the wrong passphrase', async () => {
    const { store, dbPath, folder } = await storeWithRows();
    const out = join(folder, 'copy.vbak');
    store.backupTo(out);
    store.lock();
    const before = sha256File(dbPath);
    await expectCode(store.restoreFrom(out, 'not the passphrase'), 'WRONG_PASSPHRASE');
    expect(sha256File(dbPath)).toBe(before);
  });

  it('offers only backups in its own folder by name, never a path', async () => {
    const { store } = await storeWithRows();
    await expectCode(store.restoreNamedBackup('../verbatim.db', PASSPHRASE), 'NOT_FOUND');
    await expectCode(store.restoreNamedBackup('/etc/passwd', PASSPHRASE), 'NOT_FOUND');
  });
});

describe('migrations', () => {
  const addColumn: Migration = {
    version: LATEST_SCHEMA_VERSION + 1,
    name: 'test column',
    up: (db) => db.exec('ALTER TABLE notes ADD COLUMN language TEXT'),
  };
  const failing: Migration = {
    version: LATEST_SCHEMA_VERSION + 1,
    name: 'fails half way',
    up: (db) => {
      db.exec('CREATE TABLE half_done (x)');
      throw new Error('migration bug');
    },
  };

  it('backs up the store before upgrading it, and the backup restores the old version', async () => {
    const { store, dbPath } = await storeWithRows();
    store.lock();
    const upgraded = new StoreService(dbPath, { migrations: [...MIGRATIONS, addColumn] });
    await upgraded.unlock(PASSPHRASE);
    expect(upgraded.status().schemaVersion).toBe(addColumn.version);
    const backups = upgraded.listBackups();
    expect(backups).toHaveLength(1);
    expect(backups[0]!.reason).toMatch(new RegExp(`before upgrading from schema ${LATEST_SCHEMA_VERSION}`));
    upgraded.lock();
    // The pre-upgrade backup holds the old schema.
    const old = new StoreService(dbPath);
    await old.restoreNamedBackup(backups[0]!.name, PASSPHRASE);
    expect(old.status().schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  it('leaves the store exactly as it was when a migration fails', async () => {
    const { store, dbPath } = await storeWithRows();
    store.lock();
    const broken = new StoreService(dbPath, { migrations: [...MIGRATIONS, failing] });
    await expectCode(broken.unlock(PASSPHRASE), 'INTERNAL');
    expect(broken.status().state).toBe('locked');
    await store.unlock(PASSPHRASE);
    expect(store.status().schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const tables = store.requireDb().prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").all();
    expect(tables).toEqual([]);
  });
});
