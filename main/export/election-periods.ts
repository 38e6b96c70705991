/**
 * Pre-election periods. Staff record each one (notice of election to polling day,
 * with the candidates standing); an export made inside one needs the checklist
 * confirmation and a scan for party-political content (see election-gate.ts).
 */
import { randomUUID } from 'node:crypto';
import { electionPeriodInputSchema, type ElectionPeriod, type ElectionPeriodInput } from '../../shared/export/schemas';
import { ServiceError } from '../../shared/result';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { localToday, type UserService } from '../users/user-service';

interface PeriodRow {
  id: string;
  name: string;
  notice_date: string;
  polling_day: string;
  candidates: string;
  created_by_name: string | null;
  created_at: string;
}

const SELECT = `SELECT p.id, p.name, p.notice_date, p.polling_day, p.candidates, u.name AS created_by_name, p.created_at
  FROM election_periods p LEFT JOIN users u ON u.id = p.created_by WHERE p.removed_at IS NULL`;

const toPeriod = (row: PeriodRow): ElectionPeriod => ({
  id: row.id,
  name: row.name,
  noticeDate: row.notice_date,
  pollingDay: row.polling_day,
  candidates: JSON.parse(row.candidates) as string[],
  createdByName: row.created_by_name,
  createdAt: row.created_at,
});

export class ElectionPeriods {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    /** Today's date on this laptop (YYYY-MM-DD); replaceable in tests. */
    private readonly today: () => string = () => localToday(),
  ) {}

  list(): ElectionPeriod[] {
    this.users.require('staff', 'admin');
    return (prepared(this.db(), `${SELECT} ORDER BY p.polling_day DESC, p.name`).all() as PeriodRow[]).map(toPeriod);
  }

  add(input: ElectionPeriodInput): ElectionPeriod {
    const user = this.users.require('staff', 'admin');
    const period = electionPeriodInputSchema.parse(input);
    const id = randomUUID();
    const db = this.db();
    db.transaction(() => {
      prepared(db, 'INSERT INTO election_periods (id, name, notice_date, polling_day, candidates, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        id,
        period.name,
        period.noticeDate,
        period.pollingDay,
        JSON.stringify(period.candidates),
        user.id,
        new Date().toISOString(),
      );
      appendAudit(db, this.users.actorOf(user), {
        action: 'election-period.add',
        entityType: 'election-period',
        entityId: id,
        details: { name: period.name, noticeDate: period.noticeDate, pollingDay: period.pollingDay, candidates: period.candidates.length },
      });
    })();
    return this.get(id);
  }

  remove(id: string): ElectionPeriod[] {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    db.transaction(() => {
      const changed = prepared(db, 'UPDATE election_periods SET removed_by = ?, removed_at = ? WHERE id = ? AND removed_at IS NULL').run(
        user.id,
        new Date().toISOString(),
        id,
      ).changes;
      if (changed === 0) throw new ServiceError('NOT_FOUND', 'There is no such election period.');
      appendAudit(db, this.users.actorOf(user), { action: 'election-period.remove', entityType: 'election-period', entityId: id });
    })();
    return this.list();
  }

  /** The period today falls in (notice date to polling day, inclusive), or null. The latest polling day wins. */
  current(): ElectionPeriod | null {
    const today = this.today();
    const row = prepared(this.db(), `${SELECT} AND p.notice_date <= ? AND p.polling_day >= ? ORDER BY p.polling_day DESC LIMIT 1`).get(today, today) as
      | PeriodRow
      | undefined;
    return row ? toPeriod(row) : null;
  }

  private get(id: string): ElectionPeriod {
    return toPeriod(prepared(this.db(), `${SELECT} AND p.id = ?`).get(id) as PeriodRow);
  }
}
