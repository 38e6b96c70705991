/**
 * The action plan (agreed issues, report recommendations and CQC findings), the Due
 * list (responses overdue, and whatever is due in the next 14 days) and its count in
 * the top bar, and agreed issues themselves.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import type { AgreedIssueInput, PlanFilters, PlanItemDetail, PlanItemRef, PlanPage } from '../../shared/recommendations/schemas';
import { DUE_AHEAD_DAYS } from '../../shared/recommendations/vocabulary';
import { addCalendarDays } from '../../shared/recommendations/working-days';
import { appendAudit, auditFor } from '../audit/audit-log';
import { todayBy, type Clock } from '../core/clock';
import { decodeCursor, encodeCursor } from '../store/cursor';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import { actionPlanForBundle, type BundlePlanItem } from './plan-export';
import { planConditions, planRows, PLAN_ROWS, toPlanItems } from './plan-items';
import type { PlanUpdates } from './plan-updates';
import { requireServices } from './report-service';
import type { StakeholderRegister } from './stakeholder-register';

export interface PlanListRequest {
  filters: PlanFilters;
  /** Only what is overdue or due within the next 14 days (the Due list). */
  due?: boolean;
  after?: string | undefined;
  limit: number;
}

export class ActionPlan {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly clock: Clock,
    private readonly stakeholders: StakeholderRegister,
    private readonly updates: PlanUpdates,
  ) {}

  /** A page of the plan, soonest due first. The Due list is for staff; the plan is for anyone signed in. */
  list(request: PlanListRequest): PlanPage {
    if (request.due) this.users.require('staff', 'admin');
    else this.users.require();
    const today = todayBy(this.clock);
    const dueBy = addCalendarDays(today, DUE_AHEAD_DAYS);
    const after = request.after ? (decodeCursor(request.after, 2) as [string, string]) : undefined;
    const rows = planRows(this.db(), { ...request.filters, ...(request.due ? { dueBy } : {}) }, today, { ...(after ? { after } : {}), limit: request.limit + 1 });
    const page = rows.slice(0, request.limit);
    const last = page.at(-1);
    return {
      today,
      dueBy,
      items: toPlanItems(this.db(), page, today),
      nextCursor: rows.length > request.limit && last ? encodeCursor(last.next_on ?? '9999-12-31', last.id) : null,
    };
  }

  /** How many items are due (overdue, or due in the next 14 days), and how many of them are overdue. */
  countDue(): { due: number; overdue: number } {
    this.users.require('staff', 'admin');
    const today = todayBy(this.clock);
    const { where, params } = planConditions({ dueBy: addCalendarDays(today, DUE_AHEAD_DAYS) }, today);
    return prepared(this.db(), `SELECT count(*) AS due, coalesce(sum(next_on < @today), 0) AS overdue FROM (${PLAN_ROWS}) AS plan WHERE ${where.join(' AND ')}`).get(params) as {
      due: number;
      overdue: number;
    };
  }

  get(ref: PlanItemRef): PlanItemDetail {
    this.users.require();
    const db = this.db();
    const today = todayBy(this.clock);
    const row = prepared(db, `SELECT * FROM (${PLAN_ROWS}) AS plan WHERE kind = ? AND id = ?`).get(ref.kind, ref.id) as Parameters<typeof toPlanItems>[1][number] | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such item in the action plan.');
    const about =
      ref.kind === 'agreed-issue'
        ? (prepared(db, 'SELECT description, agreed_on FROM agreed_issues WHERE id = ?').get(ref.id) as { description: string; agreed_on: string })
        : ref.kind === 'cqc-finding'
          ? (prepared(db, 'SELECT summary AS description, NULL AS agreed_on FROM cqc_findings WHERE id = ?').get(ref.id) as { description: string; agreed_on: null })
          : (prepared(db, 'SELECT body AS description, NULL AS agreed_on FROM recommendations WHERE id = ?').get(ref.id) as { description: string; agreed_on: null });
    return {
      item: toPlanItems(db, [row], today)[0]!,
      description: about.description,
      agreedOn: about.agreed_on,
      updates: this.updates.list(ref.kind, ref.id),
      history: auditFor(db, ref.kind, ref.id),
    };
  }

  /** One organisation's items, with their details, for its intelligence bundle (staff and administrators). */
  forBundle(stakeholderId: string): { organisation: string; items: BundlePlanItem[] } {
    this.users.require('staff', 'admin');
    const organisation = this.stakeholders.get(stakeholderId).name;
    return { organisation, items: actionPlanForBundle(this.db(), stakeholderId, todayBy(this.clock)) };
  }

  /** An issue agreed with an organisation at a meeting, followed like a recommendation. */
  createIssue(input: AgreedIssueInput): PlanItemDetail {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    this.stakeholders.requireActive(input.stakeholderId);
    if (input.serviceId !== null) requireServices(db, [input.serviceId]);
    if (input.agreedOn > todayBy(this.clock)) throw new ServiceError('INVALID_INPUT', 'The day it was agreed is in the future.');
    if (input.nextReviewOn !== null && input.nextReviewOn <= input.agreedOn) throw new ServiceError('INVALID_INPUT', 'The next review comes after the day it was agreed.');
    const id = randomUUID();
    db.transaction(() => {
      prepared(
        db,
        "INSERT INTO agreed_issues (id, stakeholder_id, service_id, title, description, agreed_on, status, next_review_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'not-started', ?, ?, ?)",
      ).run(id, input.stakeholderId, input.serviceId, input.title, input.description, input.agreedOn, input.nextReviewOn, user.id, new Date().toISOString());
      appendAudit(db, this.users.actorOf(user), { action: 'agreed-issue.create', entityType: 'agreed-issue', entityId: id, details: { ...input } });
    })();
    return this.get({ kind: 'agreed-issue', id });
  }
}
