/**
 * The action plan as one list: agreed issues, sent recommendations and CQC findings,
 * each with its organisation, services, status and what is due next (a response
 * until it comes, then the next review). One SQL shape over the three tables, so the
 * plan, the Due list, the top bar's count and the bundle's action-plan.csv agree.
 */
import type { PlanFilters, PlanItem } from '../../shared/recommendations/schemas';
import type { PlanItemKind, PlanStatus, ResponseDecision } from '../../shared/recommendations/vocabulary';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { servicesOfRecommendations } from './recommendation-rows';

export interface PlanRow {
  kind: PlanItemKind;
  id: string;
  title: string;
  report_title: string | null;
  stakeholder_id: string;
  stakeholder_name: string;
  service_id: string | null;
  service_name: string | null;
  status: PlanStatus;
  sent_on: string | null;
  due_on: string | null;
  decision: ResponseDecision | null;
  received_on: string | null;
  next_review_on: string | null;
  next_on: string | null;
}

/**
 * Every action-plan item, one row each (drafts are not in the plan: nothing was asked of
 * anyone yet). A CQC finding's title is the service's name; its kind says the rest.
 */
export const PLAN_ROWS = `
  SELECT 'recommendation' AS kind, r.id, r.title, p.title AS report_title, r.stakeholder_id, st.name AS stakeholder_name,
         NULL AS service_id, NULL AS service_name, r.status, r.sent_on, r.due_on, x.decision, x.received_on, r.next_review_on,
         CASE r.status WHEN 'awaiting-response' THEN r.due_on ELSE r.next_review_on END AS next_on
    FROM recommendations r JOIN reports p ON p.id = r.report_id JOIN stakeholders st ON st.id = r.stakeholder_id
    LEFT JOIN recommendation_responses x ON x.recommendation_id = r.id
   WHERE r.status != 'draft'
  UNION ALL
  SELECT 'agreed-issue', i.id, i.title, NULL, i.stakeholder_id, st.name, i.service_id, sv.name, i.status, NULL, NULL, NULL, NULL,
         i.next_review_on, i.next_review_on
    FROM agreed_issues i JOIN stakeholders st ON st.id = i.stakeholder_id LEFT JOIN services sv ON sv.id = i.service_id
  UNION ALL
  SELECT 'cqc-finding', f.id, sv.name, NULL, f.stakeholder_id, st.name, f.service_id, sv.name, f.status,
         NULL, NULL, NULL, NULL, f.next_review_on, f.next_review_on
    FROM cqc_findings f JOIN stakeholders st ON st.id = f.stakeholder_id JOIN services sv ON sv.id = f.service_id`;

/** Items sort by what is due next, soonest first (so the overdue come first), then those with nothing due. */
export const PLAN_ORDER = `coalesce(next_on, '9999-12-31'), id`;
export const PLAN_KEY = `(coalesce(next_on, '9999-12-31'), id)`;

/** The conditions for these filters on PLAN_ROWS, with their parameters. */
export function planConditions(filters: PlanFilters & { dueBy?: string }, today: string): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = { today };
  if (filters.stakeholderId) {
    where.push('stakeholder_id = @stakeholderId');
    params.stakeholderId = filters.stakeholderId;
  }
  if (filters.kind) {
    where.push('kind = @kind');
    params.kind = filters.kind;
  }
  if (filters.status) {
    where.push('status = @status');
    params.status = filters.status;
  }
  if (filters.overdue) where.push('next_on < @today');
  if (filters.dueBy) {
    where.push('next_on <= @dueBy');
    params.dueBy = filters.dueBy;
  }
  if (filters.serviceId) {
    where.push(`(service_id = @serviceId OR (kind = 'recommendation' AND EXISTS (SELECT 1 FROM recommendation_services rs WHERE rs.recommendation_id = plan.id AND rs.service_id = @serviceId)))`);
    params.serviceId = filters.serviceId;
  }
  return { where, params };
}

/**
 * How many stories each item rests on, for the items of one page only: counted in the
 * plan's query, the counts would be made for every item before sorting.
 */
function evidenceCounts(db: Db, ids: readonly string[]): Map<string, number> {
  const rows = prepared(
    db,
    `SELECT j.value AS id, (SELECT count(*) FROM recommendation_stories e WHERE e.recommendation_id = j.value)
                          + (SELECT count(*) FROM cqc_finding_stories e WHERE e.finding_id = j.value) AS stories
       FROM json_each(?) j`,
  ).all(JSON.stringify(ids)) as Array<{ id: string; stories: number }>;
  return new Map(rows.map((row) => [row.id, row.stories]));
}

export function toPlanItems(db: Db, rows: readonly PlanRow[], today: string): PlanItem[] {
  const services = servicesOfRecommendations(
    db,
    rows.filter((row) => row.kind === 'recommendation').map((row) => row.id),
  );
  const evidence = evidenceCounts(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    kind: row.kind,
    id: row.id,
    title: row.title,
    reportTitle: row.report_title,
    organisation: { id: row.stakeholder_id, name: row.stakeholder_name },
    services: row.kind === 'recommendation' ? (services.get(row.id) ?? []) : row.service_id && row.service_name ? [{ id: row.service_id, name: row.service_name }] : [],
    status: row.status,
    sentOn: row.sent_on,
    dueOn: row.due_on,
    responseDecision: row.decision,
    respondedOn: row.received_on,
    nextReviewOn: row.next_review_on,
    next: row.next_on === null ? null : { what: row.status === 'awaiting-response' ? 'response' : 'review', on: row.next_on, overdue: row.next_on < today },
    evidenceStories: evidence.get(row.id) ?? 0,
  }));
}

/** The rows these filters pick, in plan order, from after `key` (at most `limit`). */
export function planRows(db: Db, filters: PlanFilters & { dueBy?: string }, today: string, page: { after?: [string, string]; limit?: number } = {}): PlanRow[] {
  const { where, params } = planConditions(filters, today);
  if (page.after) {
    where.push(`${PLAN_KEY} > (@afterNext, @afterId)`);
    params.afterNext = page.after[0];
    params.afterId = page.after[1];
  }
  const limit = page.limit === undefined ? '' : `LIMIT ${Math.trunc(page.limit)}`;
  return prepared(db, `SELECT * FROM (${PLAN_ROWS}) AS plan ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${PLAN_ORDER} ${limit}`).all(params) as PlanRow[];
}
