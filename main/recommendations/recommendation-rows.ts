/** Reading recommendations as summaries: one query shape shared by reports, the detail screen and the CLI. */
import type { RecommendationSummary } from '../../shared/recommendations/schemas';
import type { PlanStatus, ResponseDecision } from '../../shared/recommendations/vocabulary';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

export interface RecommendationRow {
  id: string;
  report_id: string;
  report_title: string;
  title: string;
  body: string;
  stakeholder_id: string;
  stakeholder_name: string;
  status: PlanStatus;
  sent_on: string | null;
  due_on: string | null;
  sent_by_name: string | null;
  next_review_on: string | null;
  decision: ResponseDecision | null;
  words: string | null;
  received_on: string | null;
  recorded_by_name: string | null;
  evidence_stories: number;
  evidence_searches: number;
  evidence_themes: number;
}

export const RECOMMENDATION_SELECT = `
  SELECT r.id, r.report_id, p.title AS report_title, r.title, r.body, r.stakeholder_id, st.name AS stakeholder_name, r.status,
         r.sent_on, r.due_on, (SELECT name FROM users WHERE id = r.sent_by) AS sent_by_name, r.next_review_on,
         x.decision, x.words, x.received_on, (SELECT name FROM users WHERE id = x.recorded_by) AS recorded_by_name,
         (SELECT count(*) FROM recommendation_stories e WHERE e.recommendation_id = r.id) AS evidence_stories,
         (SELECT count(*) FROM recommendation_searches e WHERE e.recommendation_id = r.id) AS evidence_searches,
         (SELECT count(*) FROM recommendation_themes e WHERE e.recommendation_id = r.id) AS evidence_themes
    FROM recommendations r
    JOIN reports p ON p.id = r.report_id
    JOIN stakeholders st ON st.id = r.stakeholder_id
    LEFT JOIN recommendation_responses x ON x.recommendation_id = r.id`;

/** The services each of these recommendations concerns, by recommendation id. */
export function servicesOfRecommendations(db: Db, ids: readonly string[]): Map<string, { id: string; name: string }[]> {
  const rows = prepared(
    db,
    `SELECT rs.recommendation_id, sv.id, sv.name FROM json_each(?) j JOIN recommendation_services rs ON rs.recommendation_id = j.value
       JOIN services sv ON sv.id = rs.service_id ORDER BY sv.name`,
  ).all(JSON.stringify(ids)) as Array<{ recommendation_id: string; id: string; name: string }>;
  const byId = new Map<string, { id: string; name: string }[]>();
  for (const row of rows) {
    const list = byId.get(row.recommendation_id) ?? [];
    list.push({ id: row.id, name: row.name });
    byId.set(row.recommendation_id, list);
  }
  return byId;
}

export function toSummary(row: RecommendationRow, services: { id: string; name: string }[]): RecommendationSummary {
  return {
    id: row.id,
    reportId: row.report_id,
    reportTitle: row.report_title,
    title: row.title,
    organisation: { id: row.stakeholder_id, name: row.stakeholder_name },
    services,
    status: row.status,
    sentOn: row.sent_on,
    dueOn: row.due_on,
    response:
      row.decision && row.received_on !== null && row.words !== null
        ? { decision: row.decision, words: row.words, receivedOn: row.received_on, late: row.due_on !== null && row.received_on > row.due_on, recordedByName: row.recorded_by_name }
        : null,
    nextReviewOn: row.next_review_on,
    evidence: { stories: row.evidence_stories, searches: row.evidence_searches, themes: row.evidence_themes },
  };
}

/** Summaries of the recommendations `where` picks, in `order`. */
export function recommendationSummaries(db: Db, where: string, params: unknown[], order = 'r.created_at, r.id'): RecommendationSummary[] {
  const rows = prepared(db, `${RECOMMENDATION_SELECT} WHERE ${where} ORDER BY ${order}`).all(...params) as RecommendationRow[];
  const services = servicesOfRecommendations(db, rows.map((row) => row.id));
  return rows.map((row) => toSummary(row, services.get(row.id) ?? []));
}
