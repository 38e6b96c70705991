/**
 * The independence policy in force during a pre-election period: an export needs every
 * checklist item confirmed and a named approving manager, or it is refused.
 */
import { ELECTION_CHECKLIST, ELECTION_CHECKLIST_IDS } from '../../shared/export/election-checklist';
import type { ElectionConfirmation, ElectionPeriod } from '../../shared/export/schemas';
import { ServiceError } from '../../shared/result';
import type { User } from '../../shared/users/schemas';
import type { ElectionRecord } from './files/bundle-meta';

export function requireElectionConfirmation(period: ElectionPeriod | null, confirmation: ElectionConfirmation | undefined): void {
  if (!period) return;
  const missing = ELECTION_CHECKLIST_IDS.filter((id) => !confirmation?.items.includes(id));
  if (!confirmation || missing.length > 0) {
    throw new ServiceError(
      'ELECTION_CONFIRMATION_REQUIRED',
      `Today is in the pre-election period "${period.name}" (${period.noticeDate} to ${period.pollingDay}). Confirm every item of the election checklist, and name the approving manager, before exporting.`,
    );
  }
}

export function electionRecord(period: ElectionPeriod, confirmation: ElectionConfirmation, user: User, mentionCount: number, now = new Date()): ElectionRecord {
  return {
    period,
    mentionCount,
    confirmation: {
      ...confirmation,
      confirmedBy: user.name,
      confirmedAt: now.toISOString(),
      itemTexts: ELECTION_CHECKLIST.filter((item) => confirmation.items.includes(item.id)).map((item) => item.text),
    },
  };
}
