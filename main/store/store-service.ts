/**
 * The encrypted store's lifecycle: create, unlock, lock, recover, change passphrase,
 * back up and restore. Plain TypeScript over node:fs and SQLite; it never imports
 * electron and runs the same in the database worker, the CLI and tests.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ServiceError } from '../../shared/result';
import type { BackupInfo, StoreStatus } from '../../shared/store/schemas';
import { fsyncFolder } from '../files/durable-write';
import { toServiceError } from '../files/fs-errors';
import { extractBackup, readBackupHeader, writeBackup } from './backup';
import { openDatabase, quickCheck, schemaVersion, tableCounts, type Db } from './database';
import { IntegrityWatch, type IntegrityChecker } from './integrity-check';
import { createKeys, replaceRecoveryKey, rewrapPassphrase, unwrapWithPassphrase, unwrapWithRecoveryKey, type KeyFile } from './keys';
import { assertNotTooNew, runMigrations } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { storePaths, walCompanions, type StorePaths } from './paths';
import { readSetting, writeSetting } from './settings-table';
import {
  assertWritableFolder,
  BACKUP_EXTENSION,
  backupPathIn,
  damagedStore,
  ensurePrivateFolder,
  fileTimestamp,
  listBackupsIn,
  putRestoredInPlace,
  readKeyFile,
  writeKeyFile,
} from './store-files';
import { UnlockThrottle } from './unlock-throttle';

export interface StoreServiceOptions {
  now?: () => number;
  migrations?: readonly Migration[];
  /** Runs the page-by-page check after each unlock (the app); without one it is not run (the CLI). */
  integrityChecker?: IntegrityChecker;
  /**
   * Move WAL checkpoints out of saves and into the pauses between requests (the
   * app): a checkpoint inside a save would make that save wait for it.
   */
  checkpointWhenIdle?: boolean;
}

/** Quiet time after the last request before the WAL is checkpointed. */
const IDLE_CHECKPOINT_MS = 300;
/** Past this many pages (about 80 MB) SQLite checkpoints during a write anyway, as a safety valve. */
const MAX_WAL_FRAMES = 20_000;

export class StoreService {
  readonly paths: StorePaths;
  private db: Db | null = null;
  private keyFile: KeyFile | null = null;
  /** The open store's key, for a thread that reads it through a connection of its own. */
  private dbKey: Buffer | null = null;
  private readonly throttle: UnlockThrottle;

  private readonly migrations: readonly Migration[];
  private readonly integrity: IntegrityWatch;
  private readonly lockListeners: Array<() => void> = [];
  private readonly checkpointWhenIdle: boolean;
  private checkpointTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(dbPath: string, options: StoreServiceOptions = {}) {
    this.paths = storePaths(dbPath);
    this.throttle = new UnlockThrottle(options.now, `${this.paths.db}.attempts.json`);
    this.migrations = options.migrations ?? MIGRATIONS;
    this.integrity = new IntegrityWatch(options.integrityChecker ?? null);
    this.checkpointWhenIdle = options.checkpointWhenIdle ?? false;
  }

  private get latestVersion(): number {
    return this.migrations.at(-1)?.version ?? 0;
  }

  get isUnlocked(): boolean {
    return this.db !== null;
  }

  /** The open database; services call this and get STORE_LOCKED when it is not open. */
  requireDb(): Db {
    if (!this.db) throw new ServiceError('STORE_LOCKED', 'The store is locked. Unlock it to continue.');
    return this.db;
  }

  status(): StoreStatus {
    const state = this.db ? 'unlocked' : existsSync(this.paths.db) ? 'locked' : 'absent';
    return {
      state,
      path: this.paths.db,
      organisation: this.db ? readSetting(this.db, 'organisation') : null,
      recoveryKeyConfirmed: this.db ? readSetting(this.db, 'recovery_key_confirmed') !== 'false' : null,
      schemaVersion: this.db ? schemaVersion(this.db) : null,
      ...(this.db ? this.integrity.state : { integrity: 'unchecked', integrityProblem: null }),
    };
  }

  async create(organisation: string, passphrase: string): Promise<{ recoveryKey: string }> {
    const folder = dirname(this.paths.db);
    assertWritableFolder(folder);
    if (existsSync(this.paths.db)) {
      throw new ServiceError('STORE_EXISTS', `A store already exists at ${this.paths.db}; it has not been touched.`);
    }
    const { keyFile, dbKey, recoveryKey } = await createKeys(passphrase);
    const creating = `${this.paths.db}.creating.tmp`;
    for (const leftover of [creating, ...walCompanions(creating)]) rmSync(leftover, { force: true });
    try {
      const db = openDatabase(creating, dbKey, { create: true });
      try {
        runMigrations(db, this.migrations);
        db.transaction(() => {
          writeSetting(db, 'store_id', keyFile.storeId);
          writeSetting(db, 'organisation', organisation);
          writeSetting(db, 'created_at', new Date().toISOString());
          writeSetting(db, 'recovery_key_confirmed', 'false');
        })();
      } finally {
        db.close();
      }
      // The key file goes first: a database without its key file would be unreadable.
      writeKeyFile(this.paths, keyFile);
      renameSync(creating, this.paths.db);
      fsyncFolder(folder);
    } catch (error) {
      for (const leftover of [creating, ...walCompanions(creating)]) rmSync(leftover, { force: true });
      throw toServiceError(error, this.paths.db);
    }
    await this.openWithKey(dbKey, keyFile);
    return { recoveryKey };
  }

  async unlock(passphrase: string): Promise<StoreStatus> {
    const keyFile = readKeyFile(this.paths);
    // Checked even when another window has already unlocked the store.
    const dbKey = await this.throttled(() => unwrapWithPassphrase(keyFile, passphrase));
    if (!this.db) await this.openWithKey(dbKey, keyFile);
    return this.status();
  }

  /** Unlocks with the recovery key and sets a new passphrase. */
  async recover(recoveryKey: string, newPassphrase: string): Promise<StoreStatus> {
    const keyFile = readKeyFile(this.paths);
    const dbKey = await this.throttled(() => unwrapWithRecoveryKey(keyFile, recoveryKey));
    if (!this.db) await this.openWithKey(dbKey, keyFile);
    const rewrapped = await rewrapPassphrase(keyFile, dbKey, newPassphrase);
    writeKeyFile(this.paths, rewrapped);
    this.keyFile = rewrapped;
    return this.status();
  }

  /** Changes the passphrase by re-wrapping the database key; no story is rewritten. */
  async changePassphrase(current: string, next: string): Promise<void> {
    const keyFile = readKeyFile(this.paths);
    const dbKey = await this.throttled(() => unwrapWithPassphrase(keyFile, current));
    const rewrapped = await rewrapPassphrase(keyFile, dbKey, next);
    writeKeyFile(this.paths, rewrapped);
    this.keyFile = rewrapped;
  }

  /** Checks the passphrase (throttled like unlocking) and changes nothing: for actions that need it re-entered. */
  async verifyPassphrase(passphrase: string): Promise<void> {
    const keyFile = readKeyFile(this.paths);
    await this.throttled(() => unwrapWithPassphrase(keyFile, passphrase));
  }

  /** Records that the user has shown they wrote the recovery key down. */
  confirmRecoveryKey(): StoreStatus {
    writeSetting(this.requireDb(), 'recovery_key_confirmed', 'true');
    return this.status();
  }

  /**
   * Makes a new recovery key (after checking the passphrase); the old one stops
   * working for this store. Backups made earlier keep the key file of their time.
   */
  async replaceRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    const db = this.requireDb();
    const keyFile = readKeyFile(this.paths);
    const dbKey = await this.throttled(() => unwrapWithPassphrase(keyFile, passphrase));
    const replaced = await replaceRecoveryKey(keyFile, dbKey);
    writeKeyFile(this.paths, replaced.keyFile);
    this.keyFile = replaced.keyFile;
    writeSetting(db, 'recovery_key_confirmed', 'false');
    return { recoveryKey: replaced.recoveryKey };
  }

  /** Copies the WAL into the database file, without waiting for readers; returns frames left. */
  checkpoint(): number {
    if (!this.db) return 0;
    const [result] = this.db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number; checkpointed: number }>;
    return Math.max(0, (result?.log ?? 0) - (result?.checkpointed ?? 0));
  }

  /** Called after each request: schedules the checkpoint for when things are quiet. */
  requestFinished(): void {
    if (!this.checkpointWhenIdle || !this.db) return;
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      this.checkpoint();
    }, IDLE_CHECKPOINT_MS);
  }

  lock(): StoreStatus {
    this.integrity.forget();
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    if (this.db) {
      this.db.close();
      this.db = null;
      this.keyFile = null;
      this.dbKey = null;
      for (const listener of this.lockListeners) listener();
    }
    return this.status();
  }

  /** Where and how another thread opens the unlocked store read-only (its key never leaves this process). */
  readAccess(): { dbPath: string; dbKey: Buffer } {
    this.requireDb();
    return { dbPath: this.paths.db, dbKey: this.dbKey! };
  }

  /** Called whenever the store locks: sessions and caches tied to it forget everything. */
  onLock(listener: () => void): void {
    this.lockListeners.push(listener);
  }

  counts(): Record<string, number> {
    return tableCounts(this.requireDb());
  }

  integrityProblem(): string | null {
    return quickCheck(this.requireDb());
  }

  /** A consistent, still-encrypted copy of the open store, written while it stays in use. */
  backupTo(outPath: string, reason = 'Backup made by a user'): BackupInfo {
    const db = this.requireDb();
    if (existsSync(outPath)) throw new ServiceError('STORE_EXISTS', `${outPath} already exists; choose another name.`);
    assertWritableFolder(dirname(outPath));
    const header = writeBackup(db, this.keyFile!, outPath, reason, schemaVersion(db));
    return { name: basename(outPath), createdAt: header.createdAt, sizeBytes: statSync(outPath).size, reason };
  }

  /** Backups kept beside the store (made before each upgrade, or by the user). */
  listBackups(): BackupInfo[] {
    return listBackupsIn(this.paths.backups);
  }

  async restoreNamedBackup(name: string, passphrase: string): Promise<StoreStatus> {
    return this.restoreFrom(backupPathIn(this.paths.backups, name), passphrase);
  }

  /**
   * Restores a backup file over this store after checking that it opens with the
   * passphrase it was made under. The store it replaces is moved aside, never deleted.
   */
  async restoreFrom(backupPath: string, passphrase: string): Promise<StoreStatus> {
    const { header } = readBackupHeader(backupPath);
    const dbKey = await this.throttled(() => unwrapWithPassphrase(header.keyFile, passphrase));
    assertWritableFolder(dirname(this.paths.db));
    const restoring = `${this.paths.db}.restoring.tmp`;
    for (const leftover of [restoring, ...walCompanions(restoring)]) rmSync(leftover, { force: true });
    extractBackup(backupPath, restoring);
    try {
      this.verifyReadable(restoring, dbKey, header.keyFile);
      const problem = await this.integrity.checkFile(restoring, dbKey);
      if (problem) throw damagedStore(problem);
    } catch (error) {
      rmSync(restoring, { force: true });
      throw error;
    }
    this.lock();
    putRestoredInPlace(this.paths, restoring, header.keyFile);
    await this.openWithKey(dbKey, header.keyFile);
    return this.status();
  }

  private async throttled<T>(attempt: () => Promise<T>): Promise<T> {
    const wait = this.throttle.waitMs();
    if (wait > 0) {
      throw new ServiceError(
        'TOO_MANY_ATTEMPTS',
        `Too many wrong attempts. Wait ${Math.ceil(wait / 1000)} seconds before trying again.`,
        wait,
      );
    }
    try {
      const value = await attempt();
      this.throttle.recordSuccess();
      return value;
    } catch (error) {
      if (error instanceof ServiceError && (error.code === 'WRONG_PASSPHRASE' || error.code === 'WRONG_RECOVERY_KEY')) {
        this.throttle.recordFailure();
      }
      throw error;
    }
  }

  /**
   * Opens read-only first, so that a damaged header, a wrong key file or a store
   * from a newer version is reported without a single byte being written. The
   * full page-by-page check runs afterwards (see startIntegrityCheck).
   */
  private verifyReadable(path: string, dbKey: Buffer, keyFile: KeyFile): void {
    const db = openDatabase(path, dbKey, { readonly: true });
    try {
      assertNotTooNew(schemaVersion(db), this.latestVersion);
      const storeId = schemaVersion(db) > 0 ? readSetting(db, 'store_id') : null;
      if (storeId !== null && storeId !== keyFile.storeId) {
        throw new ServiceError('STORE_KEYS_CORRUPT', 'The key file beside the store belongs to a different store.');
      }
    } finally {
      db.close();
    }
  }

  private async openWithKey(dbKey: Buffer, keyFile: KeyFile): Promise<void> {
    this.verifyReadable(this.paths.db, dbKey, keyFile);
    const db = openDatabase(this.paths.db, dbKey);
    try {
      runMigrations(db, this.migrations, (fromVersion) => {
        if (fromVersion === 0) return;
        const out = join(this.paths.backups, `before-schema-${this.latestVersion}-${fileTimestamp()}${BACKUP_EXTENSION}`);
        ensurePrivateFolder(this.paths.backups);
        writeBackup(db, keyFile, out, `Automatic backup before upgrading from schema ${fromVersion}`, fromVersion);
      });
    } catch (error) {
      db.close();
      throw toServiceError(error, this.paths.db);
    }
    if (this.checkpointWhenIdle) db.pragma(`wal_autocheckpoint = ${MAX_WAL_FRAMES}`);
    this.db = db;
    this.keyFile = keyFile;
    this.dbKey = dbKey;
    this.integrity.start(this.paths.db, dbKey);
  }

  /** Resolves when the background check started at unlock has finished. */
  async integrityChecked(): Promise<StoreStatus> {
    while (this.db && this.integrity.state.integrity === 'checking') await new Promise((resolve) => setTimeout(resolve, 10));
    return this.status();
  }
}
