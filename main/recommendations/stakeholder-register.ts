/**
 * The stakeholder register: the organisations recommendations are addressed to
 * (trusts, the ICB, the council, providers, CQC), with their contacts. Other
 * capabilities (the conflicts-of-interest register) find organisations here by id.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import { contactSchema, type Stakeholder, type StakeholderInput } from '../../shared/recommendations/schemas';
import type { StakeholderKind } from '../../shared/recommendations/vocabulary';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';

interface StakeholderRow {
  id: string;
  name: string;
  kind: StakeholderKind;
  contacts: string;
  retired_at: string | null;
}

const toStakeholder = (row: StakeholderRow): Stakeholder => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  contacts: contactSchema.array().parse(JSON.parse(row.contacts)),
  retired: row.retired_at !== null,
});

export class StakeholderRegister {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
  ) {}

  /** Every organisation, active first; contacts are for staff only. */
  list(includeRetired: boolean): Stakeholder[] {
    const user = this.users.require();
    const rows = prepared(this.db(), `SELECT * FROM stakeholders ${includeRetired ? '' : 'WHERE retired_at IS NULL'} ORDER BY retired_at IS NOT NULL, name`).all() as StakeholderRow[];
    const staff = user.role === 'staff' || user.role === 'admin';
    return rows.map(toStakeholder).map((s) => (staff ? s : { ...s, contacts: [] }));
  }

  /** The organisation with this id; UNKNOWN_ORGANISATION when the register has none. */
  get(id: string): Stakeholder {
    const row = prepared(this.db(), 'SELECT * FROM stakeholders WHERE id = ?').get(id) as StakeholderRow | undefined;
    if (!row) throw new ServiceError('UNKNOWN_ORGANISATION', 'That organisation is not in the stakeholder register.');
    return toStakeholder(row);
  }

  /** An organisation new work can be addressed to: in the register and not retired. */
  requireActive(id: string): Stakeholder {
    const stakeholder = this.get(id);
    if (stakeholder.retired) throw new ServiceError('UNKNOWN_ORGANISATION', `${stakeholder.name} has been retired from the stakeholder register.`);
    return stakeholder;
  }

  create(input: StakeholderInput): Stakeholder {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    this.assertNameFree(input.name, null);
    const id = randomUUID();
    db.transaction(() => {
      prepared(db, 'INSERT INTO stakeholders (id, name, kind, contacts, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        input.name,
        input.kind,
        JSON.stringify(input.contacts),
        user.id,
        new Date().toISOString(),
      );
      appendAudit(db, this.users.actorOf(user), { action: 'stakeholder.create', entityType: 'stakeholder', entityId: id, details: { name: input.name, kind: input.kind, contacts: input.contacts.length } });
    })();
    return this.get(id);
  }

  update(id: string, input: StakeholderInput): Stakeholder {
    const user = this.users.require('staff', 'admin');
    const before = this.get(id);
    this.assertNameFree(input.name, id);
    const db = this.db();
    db.transaction(() => {
      prepared(db, 'UPDATE stakeholders SET name = ?, kind = ?, contacts = ? WHERE id = ?').run(input.name, input.kind, JSON.stringify(input.contacts), id);
      appendAudit(db, this.users.actorOf(user), {
        action: 'stakeholder.update',
        entityType: 'stakeholder',
        entityId: id,
        details: { before: { name: before.name, kind: before.kind }, after: { name: input.name, kind: input.kind }, contacts: input.contacts.length },
      });
    })();
    return this.get(id);
  }

  /** Retired organisations keep their recommendations but are no longer offered for new ones. */
  retire(id: string): Stakeholder {
    const user = this.users.require('staff', 'admin');
    this.get(id);
    const db = this.db();
    db.transaction(() => {
      prepared(db, 'UPDATE stakeholders SET retired_at = ? WHERE id = ? AND retired_at IS NULL').run(new Date().toISOString(), id);
      appendAudit(db, this.users.actorOf(user), { action: 'stakeholder.retire', entityType: 'stakeholder', entityId: id });
    })();
    return this.get(id);
  }

  private assertNameFree(name: string, except: string | null): void {
    const other = prepared(this.db(), 'SELECT id FROM stakeholders WHERE name = ?').pluck().get(name) as string | undefined;
    if (other !== undefined && other !== except) throw new ServiceError('INVALID_INPUT', `${name} is already in the stakeholder register.`);
  }
}
