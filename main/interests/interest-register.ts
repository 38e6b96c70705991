/**
 * The register of interests: who is on it (everyone with an account, and board
 * members and others an administrator adds), what each has declared and how it is
 * managed, and when each last declared. Adding or changing an interest is itself a
 * declaration; so is confirming that nothing changed, or that there is nothing to
 * declare. Each restarts the 12-month clock. People declare their own; an
 * administrator can record anyone's (a board member's paper form, say).
 */
import { randomUUID } from 'node:crypto';
import { declarationStatus } from '../../shared/interests/redeclaration';
import type { InterestInput, RegisterEntry, RegisterSummary } from '../../shared/interests/schemas';
import { CONFLICT_ACTIONS, type Capacity } from '../../shared/interests/vocabulary';
import { ServiceError } from '../../shared/result';
import type { Role, User } from '../../shared/users/schemas';
import { appendAudit, auditFor } from '../audit/audit-log';
import type { ServiceRegister } from '../capture/service-register';
import { todayBy, type Clock } from '../core/clock';
import type { StakeholderRegister } from '../recommendations/stakeholder-register';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import { INTEREST_SELECT, toInterest, type InterestRow } from './interest-rows';

interface PersonRow {
  person_id: string;
  name: string;
  user_id: string | null;
  role: Role | null;
  capacity: Capacity | null;
  last_declared_on: string | null;
  current_interests: number;
}

/** Everyone on the register: people who can sign in (by their user id) and those added without an account. */
const PEOPLE = `SELECT * FROM (
    SELECT u.id AS person_id, u.name, u.id AS user_id, u.role, NULL AS capacity FROM users u WHERE u.pin_hash IS NOT NULL AND u.retired_at IS NULL
    UNION ALL
    SELECT p.id, p.name, NULL, NULL, p.capacity FROM interest_people p WHERE p.user_id IS NULL AND p.left_at IS NULL
  ) AS people`;

const PERSON_SELECT = `SELECT people.*,
    (SELECT max(d.declared_on) FROM interest_declarations d WHERE d.person_id = people.person_id) AS last_declared_on,
    (SELECT count(*) FROM interests i WHERE i.person_id = people.person_id AND (i.to_on IS NULL OR i.to_on >= @today)) AS current_interests
  FROM (${PEOPLE}) AS people`;

const capacityOf = (row: Pick<PersonRow, 'role' | 'capacity'>): Capacity => row.capacity ?? (row.role === 'volunteer' ? 'volunteer' : 'staff');

interface DeclarationRow {
  id: string;
  declared_on: string;
  nothing_to_declare: number;
  interest_ids: string;
  recorded_by_name: string | null;
  recorded_at: string;
}

export class InterestRegister {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly clock: Clock,
    private readonly services: ServiceRegister,
    private readonly stakeholders: StakeholderRegister,
  ) {}

  /** Administrators: everyone on the register, those owing a declaration first. */
  list(): RegisterSummary[] {
    this.users.require('admin');
    return this.summaries();
  }

  /** Administrators: how many people owe a declaration, for their home screen. */
  owing(): { overdue: number; never: number } {
    this.users.require('admin');
    return this.owingCount();
  }

  /** How many people owe a declaration today (for other services: the board pack counts them). */
  owingCount(): { overdue: number; never: number } {
    const states = this.summaries().map((person) => person.status.state);
    return { overdue: states.filter((s) => s === 'overdue').length, never: states.filter((s) => s === 'never').length };
  }

  /** The signed-in person's own entry. */
  mine(): RegisterEntry {
    return this.entry(this.users.require().id);
  }

  /** One person's entry: their own, or anyone's for an administrator. */
  entry(personId: string): RegisterEntry {
    this.mayRecordFor(personId);
    const today = todayBy(this.clock);
    const db = this.db();
    const row = prepared(db, `${PERSON_SELECT} WHERE people.person_id = @personId`).get({ today, personId }) as PersonRow | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'That person is not on the register of interests.');
    const interests = (prepared(db, `${INTEREST_SELECT} WHERE i.person_id = ? ORDER BY (i.to_on IS NOT NULL AND i.to_on < ?), i.from_on DESC`).all(personId, today) as InterestRow[]).map(
      (interest) => toInterest(interest, today),
    );
    const declarations = (
      prepared(
        db,
        `SELECT d.id, d.declared_on, d.nothing_to_declare, d.interest_ids, u.name AS recorded_by_name, d.recorded_at
           FROM interest_declarations d LEFT JOIN users u ON u.id = d.recorded_by WHERE d.person_id = ? ORDER BY d.declared_on DESC, d.recorded_at DESC`,
      ).all(personId) as DeclarationRow[]
    ).map((d) => ({
      id: d.id,
      declaredOn: d.declared_on,
      nothingToDeclare: d.nothing_to_declare === 1,
      interests: (JSON.parse(d.interest_ids) as string[]).length,
      recordedByName: d.recorded_by_name,
      recordedAt: d.recorded_at,
    }));
    return { ...this.toSummary(row, today), interests, declarations, history: auditFor(db, 'register', personId) };
  }

  /** Administrators: a board member, authorised representative or anyone else on the register without an account. */
  addPerson(name: string, capacity: Capacity): RegisterEntry {
    const admin = this.users.require('admin');
    const db = this.db();
    const id = randomUUID();
    db.transaction(() => {
      prepared(db, 'INSERT INTO interest_people (id, user_id, name, capacity, added_by, added_at) VALUES (?, NULL, ?, ?, ?, ?)').run(id, name, capacity, admin.id, new Date().toISOString());
      appendAudit(db, this.users.actorOf(admin), { action: 'register.person-add', entityType: 'register', entityId: id, details: { name, capacity } });
    })();
    return this.entry(id);
  }

  /** Declares an interest (their own, or anyone's for an administrator): a declaration made today. */
  declare(personId: string, input: InterestInput): RegisterEntry {
    const user = this.mayRecordFor(personId);
    const columns = this.checked(input);
    const db = this.db();
    const id = randomUUID();
    db.transaction(() => {
      this.ensurePerson(personId, user);
      prepared(
        db,
        `INSERT INTO interests (id, person_id, kind, service_id, stakeholder_id, organisation, description, from_on, to_on, management, refuses, declared_by, declared_at)
         VALUES (@id, @personId, @kind, @service_id, @stakeholder_id, @organisation, @description, @from_on, @to_on, @management, @refuses, @by, @at)`,
      ).run({ id, personId, by: user.id, at: new Date().toISOString(), ...columns });
      const declarationId = this.recordDeclaration(personId, user);
      appendAudit(db, this.users.actorOf(user), { action: 'interest.declare', entityType: 'register', entityId: personId, details: { interestId: id, declarationId, ...this.auditFields(columns) } });
    })();
    return this.entry(personId);
  }

  /** Changes an interest (ending it is giving it a last day): a declaration made today. */
  update(interestId: string, input: InterestInput): RegisterEntry {
    const personId = prepared(this.db(), 'SELECT person_id FROM interests WHERE id = ?').pluck().get(interestId) as string | undefined;
    if (personId === undefined) throw new ServiceError('NOT_FOUND', 'There is no such interest on the register.');
    const user = this.mayRecordFor(personId);
    const columns = this.checked(input);
    const db = this.db();
    db.transaction(() => {
      prepared(
        db,
        `UPDATE interests SET kind = @kind, service_id = @service_id, stakeholder_id = @stakeholder_id, organisation = @organisation, description = @description,
           from_on = @from_on, to_on = @to_on, management = @management, refuses = @refuses, updated_by = @by, updated_at = @at WHERE id = @id`,
      ).run({ id: interestId, by: user.id, at: new Date().toISOString(), ...columns });
      const declarationId = this.recordDeclaration(personId, user);
      appendAudit(db, this.users.actorOf(user), { action: 'interest.change', entityType: 'register', entityId: personId, details: { interestId, declarationId, ...this.auditFields(columns) } });
    })();
    return this.entry(personId);
  }

  /** Confirms the interests on the register are all there is, or that there is nothing to declare. */
  confirm(personId: string): RegisterEntry {
    const user = this.mayRecordFor(personId);
    const db = this.db();
    db.transaction(() => {
      this.ensurePerson(personId, user);
      const declarationId = this.recordDeclaration(personId, user);
      const nothing = prepared(db, 'SELECT nothing_to_declare FROM interest_declarations WHERE id = ?').pluck().get(declarationId) === 1;
      appendAudit(db, this.users.actorOf(user), { action: 'declaration.confirm', entityType: 'register', entityId: personId, details: { declarationId, nothingToDeclare: nothing } });
    })();
    return this.entry(personId);
  }

  /** Administrators: a person without an account leaves the register (a board member stands down); what they declared is kept. */
  leave(personId: string): RegisterSummary[] {
    const admin = this.users.require('admin');
    const db = this.db();
    db.transaction(() => {
      const changed = prepared(db, 'UPDATE interest_people SET left_at = ? WHERE id = ? AND user_id IS NULL AND left_at IS NULL').run(new Date().toISOString(), personId).changes;
      if (changed === 0) throw new ServiceError('NOT_FOUND', 'Only someone added to the register without an account can leave it here; people with an account leave when they are retired.');
      appendAudit(db, this.users.actorOf(admin), { action: 'register.person-leave', entityType: 'register', entityId: personId });
    })();
    return this.list();
  }

  /** Who may record for this person: they themselves, or an administrator (who alone records for people without an account). */
  private mayRecordFor(personId: string): User {
    const user = this.users.require();
    if (user.id !== personId && user.role !== 'admin') throw new ServiceError('FORBIDDEN', 'You can only declare your own interests; an administrator records them for others.');
    return user;
  }

  /** Bad input is refused before anything is written, each with its own reason. */
  private checked(input: InterestInput) {
    if (input.toOn !== null && input.toOn < input.fromOn) {
      throw new ServiceError('END_BEFORE_START', `The interest ends on ${input.toOn}, before it starts on ${input.fromOn}. Check the dates.`);
    }
    const { concerns } = input;
    if (concerns.type === 'service') this.services.get(concerns.serviceId);
    if (concerns.type === 'organisation') this.stakeholders.get(concerns.stakeholderId);
    return {
      kind: input.kind,
      service_id: concerns.type === 'service' ? concerns.serviceId : null,
      stakeholder_id: concerns.type === 'organisation' ? concerns.stakeholderId : null,
      organisation: concerns.type === 'other' ? concerns.name : null,
      description: input.description,
      from_on: input.fromOn,
      to_on: input.toOn,
      management: input.management,
      refuses: JSON.stringify(CONFLICT_ACTIONS.filter((action) => input.refuses.includes(action))),
    };
  }

  private auditFields(columns: ReturnType<InterestRegister['checked']>) {
    return {
      kind: columns.kind,
      serviceId: columns.service_id,
      stakeholderId: columns.stakeholder_id,
      organisation: columns.organisation,
      fromOn: columns.from_on,
      toOn: columns.to_on,
      management: columns.management,
      refuses: JSON.parse(columns.refuses) as string[],
    };
  }

  /** An account holder is on the register under their user id from their first declaration; others must have been added. */
  private ensurePerson(personId: string, by: User): void {
    const db = this.db();
    if (prepared(db, 'SELECT 1 FROM interest_people WHERE id = ? AND left_at IS NULL').get(personId)) return;
    const account = prepared(db, 'SELECT 1 FROM users WHERE id = ? AND retired_at IS NULL').get(personId);
    if (!account) throw new ServiceError('NOT_FOUND', 'That person is not on the register of interests.');
    prepared(db, 'INSERT INTO interest_people (id, user_id, name, capacity, added_by, added_at) VALUES (?, ?, NULL, NULL, ?, ?)').run(personId, personId, by.id, new Date().toISOString());
  }

  /** A declaration made today of what is on the register now (interests not yet ended), or of nothing to declare. */
  private recordDeclaration(personId: string, by: User): string {
    const db = this.db();
    const today = todayBy(this.clock);
    const current = prepared(db, 'SELECT id FROM interests WHERE person_id = ? AND (to_on IS NULL OR to_on >= ?) ORDER BY from_on').pluck().all(personId, today) as string[];
    const id = randomUUID();
    prepared(db, 'INSERT INTO interest_declarations (id, person_id, declared_on, nothing_to_declare, interest_ids, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      id,
      personId,
      today,
      current.length === 0 ? 1 : 0,
      JSON.stringify(current),
      by.id,
      new Date().toISOString(),
    );
    return id;
  }

  private summaries(): RegisterSummary[] {
    const today = todayBy(this.clock);
    const rows = prepared(this.db(), `${PERSON_SELECT} ORDER BY people.name`).all({ today }) as PersonRow[];
    const order = { never: 0, overdue: 1, current: 2 } as const;
    return rows.map((row) => this.toSummary(row, today)).sort((a, b) => order[a.status.state] - order[b.status.state]);
  }

  private toSummary(row: PersonRow, today: string): RegisterSummary {
    return {
      personId: row.person_id,
      name: row.name,
      userId: row.user_id,
      role: row.role,
      capacity: capacityOf(row),
      status: declarationStatus(row.last_declared_on, today),
      currentInterests: row.current_interests,
    };
  }
}
