/**
 * The review workflow. Staff move stories from submitted to in review, then to
 * approved for sharing or back to the recorder with a reason; archived stories
 * leave the working lists. Every change is written to the audit trail.
 */
import type { StoryStatus } from '../../shared/capture/vocabulary';
import { ServiceError } from '../../shared/result';
import { REVIEW_TRANSITIONS } from '../../shared/review/review-transitions';
import { appendAudit } from '../audit/audit-log';
import type { ConflictGuard } from '../interests/conflict-guard';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';

export class ReviewService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly conflicts: ConflictGuard,
  ) {}

  /** Moving a story's status is reviewing it: the register's rule applies (`acknowledged`: the declarations read on screen). */
  setStatus(storyId: string, next: StoryStatus, reason: string | null, acknowledged: readonly string[] = []): void {
    const user = this.users.require('outreach', 'staff', 'admin');
    const db = this.db();
    const story = prepared(db, 'SELECT status, recorded_by, event_id FROM stories WHERE id = ?').get(storyId) as
      | { status: StoryStatus; recorded_by: string; event_id: string | null }
      | undefined;
    if (!story) throw new ServiceError('NOT_FOUND', 'There is no such story.');
    if (user.role === 'outreach' && story.recorded_by !== user.id) throw new ServiceError('NOT_FOUND', 'There is no such story.');
    const allowed = REVIEW_TRANSITIONS[story.status][next];
    if (!allowed) throw new ServiceError('INVALID_INPUT', `A story that is ${story.status} cannot be moved to ${next}.`);
    if (!allowed.includes(user.role)) throw new ServiceError('FORBIDDEN', 'Your role does not allow this change of status.');
    if (next === 'returned' && !reason?.trim()) throw new ServiceError('INVALID_INPUT', 'Say why the story is being returned, so the recorder knows what to do.');
    // Handing a draft or a returned story in is the recorder's step, not reviewing.
    const handingIn = next === 'submitted' && (story.status === 'draft' || story.status === 'returned');
    if (!handingIn) this.conflicts.require(user, 'review', { type: 'story', id: storyId }, acknowledged);
    db.transaction(() => {
      prepared(db, 'UPDATE stories SET status = ?, return_reason = ?, updated_at = ? WHERE id = ?').run(
        next,
        next === 'returned' ? reason : null,
        new Date().toISOString(),
        storyId,
      );
      appendAudit(db, this.users.actorOf(user), {
        action: 'story.status-change',
        entityType: 'story',
        entityId: storyId,
        details: { from: story.status, to: next, ...(reason ? { reason } : {}) },
      });
    })();
  }
}
