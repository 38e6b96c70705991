/** One line per recommendation for `verbatim recommendations --json`: what schedules and checks need. */
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

export interface RecommendationLine {
  id: string;
  title: string;
  organisation: string;
  sentOn: string | null;
  dueOn: string | null;
  /** Null until the response is received. */
  response: { decision: string; receivedOn: string; late: boolean; words: string } | null;
  status: string;
  nextReviewOn: string | null;
  evidenceStoryIds: string[];
}

interface Row {
  id: string;
  title: string;
  organisation: string;
  sent_on: string | null;
  due_on: string | null;
  decision: string | null;
  received_on: string | null;
  words: string | null;
  status: string;
  next_review_on: string | null;
  story_ids: string;
}

/** Every recommendation (or only those with a response or review overdue on `today`), oldest first. */
export function* recommendationLines(db: Db, today: string, overdueOnly: boolean): Generator<RecommendationLine> {
  const overdue = `AND CASE r.status WHEN 'awaiting-response' THEN r.due_on ELSE r.next_review_on END < @today AND r.status != 'draft'`;
  const rows = prepared(
    db,
    `SELECT r.id, r.title, st.name AS organisation, r.sent_on, r.due_on, x.decision, x.received_on, x.words, r.status, r.next_review_on,
            (SELECT json_group_array(story_id) FROM (SELECT story_id FROM recommendation_stories WHERE recommendation_id = r.id ORDER BY story_id)) AS story_ids
       FROM recommendations r JOIN stakeholders st ON st.id = r.stakeholder_id LEFT JOIN recommendation_responses x ON x.recommendation_id = r.id
      WHERE 1 ${overdueOnly ? overdue : ''} ORDER BY r.created_at, r.id`,
  ).iterate({ today }) as IterableIterator<Row>;
  for (const row of rows) {
    yield {
      id: row.id,
      title: row.title,
      organisation: row.organisation,
      sentOn: row.sent_on,
      dueOn: row.due_on,
      response:
        row.decision !== null && row.received_on !== null && row.words !== null
          ? { decision: row.decision, receivedOn: row.received_on, late: row.due_on !== null && row.received_on > row.due_on, words: row.words }
          : null,
      status: row.status,
      nextReviewOn: row.next_review_on,
      evidenceStoryIds: JSON.parse(row.story_ids) as string[],
    };
  }
}
