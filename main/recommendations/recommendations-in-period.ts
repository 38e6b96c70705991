/**
 * The recommendations a period's report accounts for: those sent in it, answered in
 * it, or still open at its end (awaiting a response, or being worked on). Drafts
 * were never sent, so they are left out; so is work finished before the period.
 */
import type { Db } from '../store/database';
import { recommendationLines, type RecommendationLine } from './recommendation-lines';
import { prepared } from '../store/prepared';

const OPEN = new Set(['awaiting-response', 'responded', 'not-started', 'in-progress']);

export function recommendationsInPeriod(db: Db, days: { from: string; to: string }, today: string, serviceId?: string): RecommendationLine[] {
  const about = serviceId ? new Set(prepared(db, 'SELECT recommendation_id FROM recommendation_services WHERE service_id = ?').pluck().all(serviceId) as string[]) : null;
  const inPeriod = (day: string | null | undefined) => day !== null && day !== undefined && day >= days.from && day <= days.to;
  const lines: RecommendationLine[] = [];
  for (const line of recommendationLines(db, today, false)) {
    if (line.sentOn === null || line.sentOn > days.to) continue;
    if (about && !about.has(line.id)) continue;
    if (inPeriod(line.sentOn) || inPeriod(line.response?.receivedOn) || OPEN.has(line.status)) lines.push(line);
  }
  return lines;
}
