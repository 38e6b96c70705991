/** Reading status changes back out of a story's audit entries. */
import type { AuditEntry } from '../../../../shared/audit/schemas';
import { STORY_STATUSES, type StoryStatus } from '../../../../shared/capture/vocabulary';

export interface StatusChange {
  from: StoryStatus | null;
  to: StoryStatus | null;
  reason: string | null;
}

const asStatus = (value: unknown): StoryStatus | null => (typeof value === 'string' && (STORY_STATUSES as readonly string[]).includes(value) ? (value as StoryStatus) : null);

/** The from, to and reason of a status-change entry (null for any other entry). */
export function statusChangeOf(entry: AuditEntry): StatusChange | null {
  if (entry.action !== 'story.status-change') return null;
  const reason = entry.details.reason;
  return { from: asStatus(entry.details.from), to: asStatus(entry.details.to), reason: typeof reason === 'string' && reason.trim() !== '' ? reason : null };
}

/** Why the story was last returned to its recorder, from its history. */
export function lastReturnReason(history: readonly AuditEntry[]): string | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const change = statusChangeOf(history[i]!);
    if (change?.to === 'returned') return change.reason;
  }
  return null;
}
