/**
 * Progress on action-plan items over the months: each update says where the work
 * stands (not started, in progress, done, not done), what was said, and when to look
 * again. The newest update sets the item's status and next review date.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import type { PlanUpdate, PlanUpdateInput } from '../../shared/recommendations/schemas';
import type { ImplementationStatus, PlanItemKind } from '../../shared/recommendations/vocabulary';
import { appendAudit } from '../audit/audit-log';
import { todayBy, type Clock } from '../core/clock';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';

/** Per kind: its table, its column in plan_updates, and the day before which no update can be dated. */
const KINDS: Record<PlanItemKind, { table: string; column: string; since: string }> = {
  recommendation: { table: 'recommendations', column: 'recommendation_id', since: '(SELECT received_on FROM recommendation_responses WHERE recommendation_id = t.id)' },
  'agreed-issue': { table: 'agreed_issues', column: 'issue_id', since: 't.agreed_on' },
  'cqc-finding': { table: 'cqc_findings', column: 'finding_id', since: 't.published_on' },
};

interface UpdateRow {
  id: string;
  status: ImplementationStatus;
  note: string;
  updated_on: string;
  next_review_on: string | null;
  recorded_by_name: string | null;
  recorded_at: string;
}

export class PlanUpdates {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly clock: Clock,
  ) {}

  /** An item's updates, newest first. */
  list(kind: PlanItemKind, id: string): PlanUpdate[] {
    const rows = prepared(
      this.db(),
      `SELECT u.id, u.status, u.note, u.updated_on, u.next_review_on, (SELECT name FROM users WHERE id = u.recorded_by) AS recorded_by_name, u.recorded_at
         FROM plan_updates u WHERE u.${KINDS[kind].column} = ? ORDER BY u.updated_on DESC, u.recorded_at DESC`,
    ).all(id) as UpdateRow[];
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      note: row.note,
      updatedOn: row.updated_on,
      nextReviewOn: row.next_review_on,
      recordedByName: row.recorded_by_name,
      recordedAt: row.recorded_at,
    }));
  }

  record(input: PlanUpdateInput): void {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    const { table, column, since } = KINDS[input.item.kind];
    const item = prepared(db, `SELECT t.status, ${since} AS since FROM ${table} t WHERE t.id = ?`).get(input.item.id) as { status: string; since: string | null } | undefined;
    if (!item) throw new ServiceError('NOT_FOUND', 'There is no such item in the action plan.');
    if (input.item.kind === 'recommendation' && item.since === null) {
      throw new ServiceError('INVALID_INPUT', 'Record the organisation’s response first; progress is followed once they have responded.');
    }
    if (item.since !== null && input.updatedOn < item.since) throw new ServiceError('INVALID_INPUT', `An update cannot be dated before ${item.since}.`);
    if (input.updatedOn > todayBy(this.clock)) throw new ServiceError('INVALID_INPUT', 'The date of the update is in the future.');
    if (input.nextReviewOn !== null && input.nextReviewOn <= input.updatedOn) throw new ServiceError('INVALID_INPUT', 'The next review comes after the date of this update.');
    const newest = prepared(db, `SELECT max(updated_on) FROM plan_updates WHERE ${column} = ?`).pluck().get(input.item.id) as string | null;
    const id = randomUUID();
    db.transaction(() => {
      prepared(db, `INSERT INTO plan_updates (id, ${column}, status, note, updated_on, next_review_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
        id,
        input.item.id,
        input.status,
        input.note,
        input.updatedOn,
        input.nextReviewOn,
        user.id,
        new Date().toISOString(),
      );
      // An update dated before the newest one fills in the record without changing where things stand.
      if (newest === null || input.updatedOn >= newest) {
        prepared(db, `UPDATE ${table} SET status = ?, next_review_on = ? WHERE id = ?`).run(input.status, input.nextReviewOn, input.item.id);
      }
      appendAudit(db, this.users.actorOf(user), {
        action: 'plan.update',
        entityType: input.item.kind,
        entityId: input.item.id,
        details: { from: item.status, status: input.status, updatedOn: input.updatedOn, nextReviewOn: input.nextReviewOn },
      });
    })();
  }
}
