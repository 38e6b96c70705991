/**
 * The quarterly report's "Recommendations and responses": what the organisation
 * asked of whom, when the answer was due, and the answer in the organisation's own
 * words. Stakeholders must respond but need not act, so the section states the
 * response and the progress, never a verdict.
 */
import { rangeOfMonths, monthsBetween } from '../../../shared/insight/periods';
import { escapeHtml } from '../../export/files/html';
import { dayText } from '../../export/files/day-text';
import { recommendationsInPeriod } from '../../recommendations/recommendations-in-period';
import type { RecommendationLine } from '../../recommendations/recommendation-lines';
import type { SectionBuilder } from './report-context';

const DECISION: Record<string, string> = { accepted: 'Accepted', 'partly-accepted': 'Partly accepted', 'not-accepted': 'Not accepted' };
const STATUS: Record<string, string> = {
  'awaiting-response': 'Awaiting a response',
  responded: 'Responded, no progress recorded yet',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  'not-done': 'Not done',
};

function responseText(line: RecommendationLine, today: string): string {
  if (line.response) return `${DECISION[line.response.decision] ?? line.response.decision}, ${dayText(line.response.receivedOn)}${line.response.late ? ' (late)' : ''}`;
  return line.dueOn !== null && line.dueOn < today ? 'None yet: overdue' : 'None yet';
}

export const recommendationsSection: SectionBuilder = ({ request, db, today }) => {
  const days = rangeOfMonths(monthsBetween(request.period.from, request.period.to));
  const lines = recommendationsInPeriod(db, { from: days.heardFrom, to: days.heardTo }, today, request.filter.serviceId);
  if (lines.length === 0) return null;
  const rows = lines
    .map(
      (line) =>
        `<tr><th scope="row">${escapeHtml(line.title)}</th><td>${escapeHtml(line.organisation)}</td><td>${escapeHtml(dayText(line.sentOn!))}</td><td>${escapeHtml(dayText(line.dueOn!))}</td><td>${escapeHtml(responseText(line, today))}</td><td>${escapeHtml(STATUS[line.status] ?? line.status)}${line.nextReviewOn ? `; next review ${escapeHtml(dayText(line.nextReviewOn))}` : ''}</td></tr>`,
    )
    .join('');
  const answers = lines
    .filter((line) => line.response)
    .map((line) => `<h4>${escapeHtml(line.title)}</h4><p class="meta">${escapeHtml(line.organisation)} answered:</p><blockquote><p>${escapeHtml(line.response!.words)}</p></blockquote>`)
    .join('');
  return {
    id: 'recommendations',
    title: 'Recommendations and responses',
    html: `<p>Organisations must respond to our recommendations within 20 working days; they do not have to act on them. These are the recommendations sent in the period, answered in it, or still open at its end.</p>
      <table><caption>Recommendations and responses</caption><thead><tr><th scope="col">Recommendation</th><th scope="col">To</th><th scope="col">Sent</th><th scope="col">Response due</th><th scope="col">Response</th><th scope="col">Progress</th></tr></thead><tbody>${rows}</tbody></table>
      ${answers ? `<h3>Their responses, in their words</h3>${answers}` : ''}`,
  };
};
