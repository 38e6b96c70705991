/**
 * People on a shared laptop: who is signed in, their role, and switching user with
 * a PIN. Roles are enforced here, in the services, whatever the UI shows.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import type { Role, Session, User } from '../../shared/users/schemas';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Db } from '../store/database';
import type { StoreService } from '../store/store-service';
import { UnlockThrottle } from '../store/unlock-throttle';
import { hashPin, pinMatches } from './pin';
import { prepared } from '../store/prepared';

interface UserRow {
  id: string;
  name: string;
  role: Role;
  pin_hash: string | null;
  retired_at: string | null;
}

/** Today's date on this laptop, as YYYY-MM-DD. */
export const localToday = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

const toUser = (row: UserRow): User => ({ id: row.id, name: row.name, role: row.role, retired: row.retired_at !== null });

/** The name recorded for work done from the command line rather than by a signed-in person. */
export const COMMAND_LINE_USER = 'Command line';

export class UserService {
  private current: User | null = null;
  private currentEventId: string | null = null;
  private readonly throttles = new Map<string, UnlockThrottle>();

  constructor(private readonly store: StoreService) {
    store.onLock(() => {
      this.current = null;
      this.currentEventId = null;
    });
  }

  private get db(): Db {
    return this.store.requireDb();
  }

  session(): Session {
    const count = prepared(this.db, "SELECT count(*) FROM users WHERE pin_hash IS NOT NULL AND retired_at IS NULL").pluck().get() as number;
    return { user: this.current, currentEventId: this.currentEventId, needsFirstUser: count === 0 };
  }

  /** People who can sign in on this laptop, for the "who is using Verbatim?" picker. */
  list(): User[] {
    const rows = prepared(this.db, 'SELECT * FROM users WHERE pin_hash IS NOT NULL ORDER BY retired_at IS NOT NULL, name').all() as UserRow[];
    return rows.map(toUser);
  }

  /** The first person on a new store becomes its administrator, and is signed in. */
  async createFirst(name: string, pin: string): Promise<Session> {
    if (!this.session().needsFirstUser) throw new ServiceError('FORBIDDEN', 'This store already has users; an administrator adds new ones.');
    const user = await this.insert(name, 'admin', pin, { id: null, name: null });
    this.current = user;
    return this.session();
  }

  async create(name: string, role: Role, pin: string): Promise<User> {
    const admin = this.require('admin');
    return this.insert(name, role, pin, this.actorOf(admin));
  }

  async signIn(userId: string, pin: string): Promise<Session> {
    const row = prepared(this.db, 'SELECT * FROM users WHERE id = ?').get(userId) as UserRow | undefined;
    if (!row || row.retired_at !== null || row.pin_hash === null) throw new ServiceError('NOT_FOUND', 'There is no such person on this laptop.');
    const throttle = this.throttleFor(userId);
    const wait = throttle.waitMs();
    if (wait > 0) {
      throw new ServiceError('TOO_MANY_ATTEMPTS', `Too many wrong PINs. Wait ${Math.ceil(wait / 1000)} seconds before trying again.`, wait);
    }
    if (!(await pinMatches(pin, row.pin_hash))) {
      throttle.recordFailure();
      throw new ServiceError('WRONG_PIN', `That is not ${row.name}'s PIN.`);
    }
    throttle.recordSuccess();
    this.current = toUser(row);
    // A different person at the same laptop starts outside any event session.
    this.currentEventId = null;
    return this.session();
  }

  signOut(): Session {
    this.current = null;
    this.currentEventId = null;
    return this.session();
  }

  /**
   * The event someone is capturing at. Outreach workers see the stories of their
   * current event, so they may only join an event held within a day of today.
   */
  setCurrentEvent(eventId: string | null): Session {
    const user = this.require('outreach', 'staff', 'admin');
    if (eventId !== null) {
      const heldOn = prepared(this.db, 'SELECT held_on FROM events WHERE id = ?').pluck().get(eventId) as string | undefined;
      if (heldOn === undefined) throw new ServiceError('UNKNOWN_EVENT', 'That event does not exist on this laptop.');
      const days = Math.abs(Date.parse(`${heldOn}T12:00:00Z`) - Date.parse(`${localToday()}T12:00:00Z`)) / 86_400_000;
      if (user.role === 'outreach' && days > 1) {
        throw new ServiceError('FORBIDDEN', 'Outreach workers can only capture at an event held today (or yesterday or tomorrow).');
      }
      this.db.transaction(() => {
        appendAudit(this.db, this.actorOf(user), { action: 'event.join', entityType: 'event', entityId: eventId });
      })();
    }
    this.currentEventId = eventId;
    return this.session();
  }

  async changeOwnPin(currentPin: string, nextPin: string): Promise<void> {
    const user = this.require();
    const row = prepared(this.db, 'SELECT pin_hash FROM users WHERE id = ?').get(user.id) as { pin_hash: string };
    if (!(await pinMatches(currentPin, row.pin_hash))) throw new ServiceError('WRONG_PIN', 'That is not your current PIN.');
    const hash = await hashPin(nextPin);
    this.db.transaction(() => {
      prepared(this.db, 'UPDATE users SET pin_hash = ? WHERE id = ?').run(hash, user.id);
      appendAudit(this.db, this.actorOf(user), { action: 'user.pin-change', entityType: 'user', entityId: user.id });
    })();
  }

  changeRole(userId: string, role: Role): User {
    const admin = this.require('admin');
    const target = this.getRow(userId);
    if (target.role === 'admin' && role !== 'admin') this.assertAnotherAdmin(userId);
    this.db.transaction(() => {
      prepared(this.db, 'UPDATE users SET role = ? WHERE id = ?').run(role, userId);
      appendAudit(this.db, this.actorOf(admin), {
        action: 'user.role-change',
        entityType: 'user',
        entityId: userId,
        details: { from: target.role, to: role },
      });
    })();
    return toUser(this.getRow(userId));
  }

  retire(userId: string): User {
    const admin = this.require('admin');
    if (userId === admin.id) throw new ServiceError('FORBIDDEN', 'You cannot retire yourself; ask another administrator.');
    const target = this.getRow(userId);
    if (target.role === 'admin') this.assertAnotherAdmin(userId);
    this.db.transaction(() => {
      prepared(this.db, 'UPDATE users SET retired_at = ? WHERE id = ?').run(new Date().toISOString(), userId);
      appendAudit(this.db, this.actorOf(admin), { action: 'user.retire', entityType: 'user', entityId: userId });
    })();
    return toUser(this.getRow(userId));
  }

  /** The signed-in user, who must hold one of `roles` (any role when none are given). */
  require(...roles: Role[]): User {
    if (!this.current) throw new ServiceError('NOT_SIGNED_IN', 'Sign in first: choose who you are and enter your PIN.');
    if (roles.length > 0 && !roles.includes(this.current.role)) {
      throw new ServiceError('FORBIDDEN', 'Your role does not allow this. Ask a member of staff or an administrator.');
    }
    return this.current;
  }

  get signedIn(): User | null {
    return this.current;
  }

  get eventId(): string | null {
    return this.currentEventId;
  }

  actorOf(user: User): Actor {
    return { id: user.id, name: user.name };
  }

  /**
   * Makes the command line act as `commandLineUser(nameOrId)` for this run: whoever
   * has the store's passphrase on the command line already holds every story.
   */
  actAsCommandLine(nameOrId?: string): User {
    this.current = this.commandLineUser(nameOrId);
    return this.current;
  }

  /**
   * The account the command line records work under: a named person when asked for
   * (by name or id), otherwise a "Command line" account that cannot sign in.
   */
  commandLineUser(nameOrId?: string): User {
    if (nameOrId !== undefined) {
      const row = prepared(this.db, 'SELECT * FROM users WHERE (id = ? OR name = ?) AND retired_at IS NULL').get(nameOrId, nameOrId) as UserRow | undefined;
      if (!row) throw new ServiceError('NOT_FOUND', `There is no person called "${nameOrId}" on this store.`);
      return toUser(row);
    }
    const existing = prepared(this.db, 'SELECT * FROM users WHERE name = ? AND pin_hash IS NULL').get(COMMAND_LINE_USER) as UserRow | undefined;
    if (existing) return toUser(existing);
    const id = randomUUID();
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO users (id, name, role, pin_hash, created_at) VALUES (?, ?, ?, NULL, ?)')
        .run(id, COMMAND_LINE_USER, 'staff', new Date().toISOString());
      appendAudit(this.db, { id: null, name: COMMAND_LINE_USER }, { action: 'user.create', entityType: 'user', entityId: id, details: { role: 'staff', signIn: false } });
    })();
    return toUser(this.getRow(id));
  }

  private async insert(name: string, role: Role, pin: string, actor: Actor): Promise<User> {
    const hash = await hashPin(pin);
    const id = randomUUID();
    this.db.transaction(() => {
      prepared(this.db, 'INSERT INTO users (id, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(id, name, role, hash, new Date().toISOString());
      appendAudit(this.db, actor.id ? actor : { id, name }, { action: 'user.create', entityType: 'user', entityId: id, details: { role } });
    })();
    return toUser(this.getRow(id));
  }

  private getRow(userId: string): UserRow {
    const row = prepared(this.db, 'SELECT * FROM users WHERE id = ?').get(userId) as UserRow | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such person on this laptop.');
    return row;
  }

  private assertAnotherAdmin(userId: string): void {
    const others = this.db
      .prepare("SELECT count(*) FROM users WHERE role = 'admin' AND retired_at IS NULL AND pin_hash IS NOT NULL AND id != ?")
      .pluck()
      .get(userId) as number;
    if (others === 0) throw new ServiceError('FORBIDDEN', 'A store needs at least one administrator.');
  }

  private throttleFor(userId: string): UnlockThrottle {
    let throttle = this.throttles.get(userId);
    if (!throttle) {
      throttle = new UnlockThrottle();
      this.throttles.set(userId, throttle);
    }
    return throttle;
  }
}
