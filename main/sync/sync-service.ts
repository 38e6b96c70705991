/**
 * Sync through the organisation's PostgreSQL server: its settings and the sync
 * key (administrators), the status anyone signed in can see, and the sync itself
 * (push, then pull), which runs as a job. A failed sync records why and changes
 * nothing else on this laptop.
 */
import { randomInt } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import type {
  SaveSyncSettingsRequest,
  SyncConnectionResult,
  SyncCounts,
  SyncProfile,
  SyncServer,
  SyncStatus,
  SyncWordsResult,
} from '../../shared/sync/schemas';
import type { User } from '../../shared/users/schemas';
import { appendAudit } from '../audit/audit-log';
import type { JobContext } from '../jobs/job-context';
import type { ReceivedPackService } from '../packs/received-pack-service';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting } from '../store/settings-table';
import type { UserService } from '../users/user-service';
import { changeCount, localChanges, readPushCursor } from './local-changes';
import { pull } from './pull';
import { push } from './push';
import { enrolmentWords, fieldAudience, Keyring, keyCheck, newOrganisationKey, OFFICE_AUDIENCE, readEnrolmentWords, toFieldAudience, VOLUNTEER_AUDIENCE } from './sync-key';
import { SyncConnection } from './sync-server';
import { fieldLaptops, readEnrolment, readInterval, readLastRun, readPassword, readServer, writeEnrolment, writeLastRun, writeServerSettings } from './sync-settings';

/** A one-off server for a command-line run, in place of the saved one. */
export interface SyncTarget {
  server: SyncServer;
  password: string;
}

export class SyncService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly packs: ReceivedPackService,
  ) {}

  status(): SyncStatus {
    this.users.require();
    const db = this.db();
    const enrolment = readEnrolment(db);
    return {
      server: readServer(db),
      hasPassword: readPassword(db) !== null,
      intervalMinutes: readInterval(db),
      profile: enrolment?.profile ?? null,
      fieldNumber: enrolment && enrolment.profile === 'field' ? enrolment.fieldNumber : null,
      deviceId: readSetting(db, 'device_id') ?? '',
      waiting: enrolment?.profile === 'volunteer' ? 0 : changeCount(localChanges(db, readPushCursor(db))),
      lastRun: readLastRun(db),
      fieldLaptops: fieldLaptops(db),
    };
  }

  saveSettings(request: SaveSyncSettingsRequest): SyncStatus {
    const admin = this.users.require('admin');
    const db = this.db();
    if (request.password === null && readPassword(db) === null) throw new ServiceError('INVALID_INPUT', "Type the server's password: none is saved yet.");
    db.transaction(() => {
      writeServerSettings(db, request.server, request.password, request.intervalMinutes);
      const { host, port, database, user, tls, verifyCertificate, caFile } = request.server;
      appendAudit(db, this.users.actorOf(admin), {
        action: 'sync.settings',
        entityType: 'sync',
        entityId: null,
        details: { host, port, database, user, tls, verifyCertificate, caFile, intervalMinutes: request.intervalMinutes, passwordChanged: request.password !== null },
      });
    })();
    return this.status();
  }

  /** Connects and asks the server who it is; writes nothing anywhere. */
  async testConnection(server: SyncServer, password: string | null): Promise<SyncConnectionResult> {
    this.users.require('admin');
    const secret = password ?? readPassword(this.db());
    if (secret === null) throw new ServiceError('INVALID_INPUT', "Type the server's password: none is saved yet.");
    const connection = await SyncConnection.open(server, secret);
    try {
      const schemaVersion = await connection.schemaVersion();
      const result = { serverVersion: await connection.serverVersion(), schemaVersion, tls: connection.encrypted };
      if (schemaVersion !== null && schemaVersion > 1) await connection.prepareSchema(); // refuses with SYNC_SERVER_NEWER
      return result;
    } finally {
      await connection.close();
    }
  }

  /** The first office laptop makes the organisation's sync key and is enrolled with it. */
  createKey(): SyncWordsResult {
    const admin = this.users.require('admin');
    const db = this.db();
    if (readEnrolment(db)) throw new ServiceError('INVALID_INPUT', 'This laptop is already enrolled for sync. Make a new key only for a new organisation.');
    const enrolment = { profile: 'office' as const, fieldNumber: 0, secret: newOrganisationKey() };
    db.transaction(() => {
      writeEnrolment(db, enrolment);
      appendAudit(db, this.users.actorOf(admin), { action: 'sync.key-create', entityType: 'sync', entityId: null, details: { keyCheck: keyCheck(new Keyring(enrolment).keyFor(OFFICE_AUDIENCE)!) } });
    })();
    return { words: enrolmentWords(enrolment), profile: 'office', fieldNumber: null };
  }

  enrol(words: string): SyncStatus {
    const admin = this.users.require('admin');
    const enrolment = readEnrolmentWords(words);
    if (!enrolment) throw new ServiceError('SYNC_WORDS_INVALID', 'Those are not sync key words; check them for a typing mistake.');
    const db = this.db();
    db.transaction(() => {
      writeEnrolment(db, enrolment);
      appendAudit(db, this.users.actorOf(admin), {
        action: 'sync.enrol',
        entityType: 'sync',
        entityId: null,
        details: { profile: enrolment.profile, fieldNumber: enrolment.profile === 'field' ? enrolment.fieldNumber : null },
      });
    })();
    return this.status();
  }

  /** Words for another laptop, made from the organisation key (office laptops only). */
  issueWords(profile: SyncProfile, label: string): SyncWordsResult {
    const admin = this.users.require('admin');
    const db = this.db();
    const keyring = this.keyring(db);
    if (keyring.profile !== 'office') throw new ServiceError('FORBIDDEN', 'Only an office laptop holds the organisation key that other laptops are enrolled from.');
    let fieldNumber = 0;
    if (profile === 'field') {
      const taken = new Set(fieldLaptops(db).map((laptop) => laptop.number));
      do fieldNumber = randomInt(1, 65536);
      while (taken.has(fieldNumber));
    }
    db.transaction(() => {
      if (profile === 'field') {
        prepared(db, 'INSERT INTO sync_field_laptops (number, label, issued_by, issued_at) VALUES (?, ?, ?, ?)').run(fieldNumber, label, admin.id, new Date().toISOString());
      }
      appendAudit(db, this.users.actorOf(admin), { action: 'sync.words-issue', entityType: 'sync', entityId: null, details: { profile, label, fieldNumber: fieldNumber || null } });
    })();
    return { words: keyring.wordsFor(profile, fieldNumber), profile, fieldNumber: fieldNumber || null };
  }

  /** Who may sync: anyone signed in (a volunteer's or an outreach worker's laptop syncs too). */
  requireSyncer(): User {
    const user = this.users.require();
    const db = this.db();
    if (!readEnrolment(db)) throw new ServiceError('SYNC_NOT_ENROLLED', 'This laptop has not been enrolled for sync.');
    if (!readServer(db) || readPassword(db) === null) throw new ServiceError('SYNC_NOT_CONFIGURED', 'The sync server has not been set up on this laptop.');
    return user;
  }

  /** Push, then pull. Records the outcome either way; a failure changes nothing else. */
  async run(user: User, context: JobContext, target?: SyncTarget): Promise<SyncCounts> {
    const db = this.db();
    const server = target?.server ?? readServer(db);
    const password = target?.password ?? readPassword(db);
    if (!server || password === null) throw new ServiceError('SYNC_NOT_CONFIGURED', 'The sync server has not been set up on this laptop.');
    const keyring = this.keyring(db);
    const at = new Date().toISOString();
    try {
      const counts = await this.exchange(db, server, password, keyring, user, context);
      writeLastRun(db, { at, ok: true, code: null, message: null, counts });
      return counts;
    } catch (error) {
      if (error instanceof ServiceError && error.code !== 'CANCELLED') writeLastRun(db, { at, ok: false, code: error.code, message: error.message, counts: null });
      throw error;
    }
  }

  private async exchange(db: Db, server: SyncServer, password: string, keyring: Keyring, user: User, context: JobContext): Promise<SyncCounts> {
    context.progress(0, null, 'connecting');
    const connection = await SyncConnection.open(server, password);
    try {
      await connection.prepareSchema();
      const fieldNumbers = await this.checkKeys(db, connection, keyring);
      await context.checkpoint();
      const actor = this.users.actorOf(user);
      const sent = await push(db, connection, keyring, fieldNumbers, actor, context);
      const pulled = await pull(db, connection, keyring, this.audiencesRead(keyring, fieldNumbers), this.packs, user, actor, context);
      return { sent: sent.sent, received: pulled.received, applied: pulled.applied, conflicts: pulled.conflicts };
    } finally {
      await connection.close();
    }
  }

  /** Records this laptop's key checks where none are, refuses if any recorded differs; answers the field laptops known. */
  private async checkKeys(db: Db, connection: SyncConnection, keyring: Keyring): Promise<number[]> {
    const known = keyring.profile === 'office' ? [...new Set([...fieldLaptops(db).map((laptop) => laptop.number), ...(await connection.fieldNumbers())])] : [];
    const audiences =
      keyring.profile === 'office' ? [OFFICE_AUDIENCE, VOLUNTEER_AUDIENCE, ...known.map(fieldAudience)] : keyring.profile === 'field' ? [fieldAudience(keyring.fieldNumber)] : [VOLUNTEER_AUDIENCE];
    const mine = new Map(audiences.map((audience) => [audience, keyCheck(keyring.keyFor(audience)!)]));
    const recorded = await connection.keyChecks(mine);
    for (const [audience, check] of mine) {
      if (recorded.get(audience) !== check) {
        throw new ServiceError(
          'SYNC_WRONG_KEY',
          `This laptop's sync key for "${audience}" is not the one the organisation's other laptops use. Enrol it again with the words an administrator gives you. Nothing was changed.`,
        );
      }
    }
    return known;
  }

  private audiencesRead(keyring: Keyring, fieldNumbers: readonly number[]): string[] {
    if (keyring.profile === 'office') return [OFFICE_AUDIENCE, ...fieldNumbers.map(fieldAudience)];
    if (keyring.profile === 'field') return [toFieldAudience(keyring.fieldNumber)];
    return [VOLUNTEER_AUDIENCE];
  }

  private keyring(db: Db): Keyring {
    const enrolment = readEnrolment(db);
    if (!enrolment) throw new ServiceError('SYNC_NOT_ENROLLED', 'This laptop has not been enrolled for sync.');
    return new Keyring(enrolment);
  }
}
