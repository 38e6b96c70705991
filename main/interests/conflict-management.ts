/**
 * What an administrator does about a refusal: give the work to someone the rule
 * lets do it (for a double-coding sample, replace the coder), or allow this person
 * this piece of work with a reason (never without one, never for themselves).
 * Either settles the refusal; both are audited.
 */
import { randomUUID } from 'node:crypto';
import { mayDo, sampleConflicts } from '../../shared/interests/rule';
import type { GivenWork, OpenRefusal, Subject } from '../../shared/interests/schemas';
import type { ConflictAction } from '../../shared/interests/vocabulary';
import { ServiceError } from '../../shared/result';
import type { Role, User } from '../../shared/users/schemas';
import { hasContent } from '../../shared/text/verbatim';
import { appendAudit } from '../audit/audit-log';
import { todayBy, type Clock } from '../core/clock';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import type { ConflictGuard } from './conflict-guard';
import { activeInterestsAbout, interestRows, toMatch } from './interest-rows';

/** Replacing a coder in a double-coding sample (the review capability's AgreementService). */
export interface SampleCoders {
  replaceCoder(sampleId: string, fromUserId: string, toUserId: string): void;
}

const LABEL_LENGTH = 80;

interface RefusalRow {
  id: string;
  user_id: string;
  user_name: string;
  action: ConflictAction;
  subject_type: Subject['type'];
  subject_id: string;
  interest_ids: string;
  refused_at: string;
}

interface CandidateRow {
  id: string;
  name: string;
  role: Role;
}

export class ConflictManagement {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly clock: Clock,
    private readonly guard: ConflictGuard,
    private readonly samples: SampleCoders,
  ) {}

  /** Administrators: refusals not yet settled, newest first. */
  openRefusals(): OpenRefusal[] {
    this.users.require('admin');
    const db = this.db();
    const rows = prepared(
      db,
      `SELECT r.id, r.user_id, u.name AS user_name, r.action, r.subject_type, r.subject_id, r.interest_ids, r.refused_at
         FROM conflict_refusals r JOIN users u ON u.id = r.user_id WHERE r.resolved_at IS NULL ORDER BY r.refused_at DESC LIMIT 200`,
    ).all() as RefusalRow[];
    return rows.map((row) => ({
      id: row.id,
      at: row.refused_at,
      person: { id: row.user_id, name: row.user_name },
      action: row.action,
      subject: { type: row.subject_type, id: row.subject_id },
      label: this.labelOf({ type: row.subject_type, id: row.subject_id }),
      matches: interestRows(db, JSON.parse(row.interest_ids) as string[]).map((interest) => toMatch(interest, 'refuse')),
    }));
  }

  /** Administrators: who could do this work instead, as the rule says (a sample's coders need no interest in any of its stories). */
  candidates(action: ConflictAction, work: Subject, exceptUserId: string): CandidateRow[] {
    this.users.require('admin');
    const subject = this.guard.unitOf(work);
    const db = this.db();
    const today = todayBy(this.clock);
    // Only staff and administrators code, review, check masks and write recommendations.
    const people = (prepared(db, "SELECT id, name, role FROM users WHERE pin_hash IS NOT NULL AND retired_at IS NULL AND role IN ('staff', 'admin') ORDER BY name").all() as CandidateRow[]).filter(
      (person) => person.id !== exceptUserId,
    );
    const concerns = this.guard.concernsOf(subject);
    const interests = activeInterestsAbout(db, concerns.serviceIds, concerns.stakeholderIds, today);
    if (subject.type === 'sample') {
      const coders = prepared(db, 'SELECT reviewer_a, reviewer_b FROM agreement_samples WHERE id = ?').get(subject.id) as { reviewer_a: string; reviewer_b: string } | undefined;
      return people.filter((p) => p.id !== coders?.reviewer_a && p.id !== coders?.reviewer_b && sampleConflicts(interests.get(p.id) ?? [], concerns, today).length === 0);
    }
    return people.filter((p) => mayDo(interests.get(p.id) ?? [], action, concerns, today));
  }

  /** Administrators: gives the work to someone the rule lets do it, and settles the refusal. */
  reassign(request: { action: ConflictAction; subject: Subject; fromUserId: string; toUserId: string; reason: string }): void {
    const admin = this.users.require('admin');
    const input = { ...request, subject: this.guard.unitOf(request.subject) };
    this.labelOf(input.subject);
    const to = this.candidates(input.action, input.subject, input.fromUserId).find((person) => person.id === input.toUserId);
    if (!to) throw new ServiceError('CONFLICT_OF_INTEREST', 'That person cannot take this work: they are not a member of staff, already code the sample, or have declared an interest in what it is about.');
    const db = this.db();
    const at = new Date().toISOString();
    db.transaction(() => {
      if (input.subject.type === 'sample') this.samples.replaceCoder(input.subject.id, input.fromUserId, input.toUserId);
      const id = randomUUID();
      prepared(
        db,
        'INSERT INTO conflict_reassignments (id, action, subject_type, subject_id, from_user, to_user, reason, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(id, input.action, input.subject.type, input.subject.id, input.fromUserId, input.toUserId, input.reason, admin.id, at);
      this.settle(input.fromUserId, input.action, input.subject, at);
      appendAudit(db, this.users.actorOf(admin), {
        action: 'conflict.reassign',
        entityType: 'conflict',
        entityId: input.fromUserId,
        details: { reassignmentId: id, action: input.action, subject: input.subject, toUserId: input.toUserId, toName: to.name, reason: input.reason },
      });
    })();
  }

  /** Administrators: lets this person do this work despite their declaration, for a reason that is recorded. */
  override(request: { action: ConflictAction; subject: Subject; userId: string; reason: string }): void {
    const admin = this.users.require('admin');
    const input = { ...request, subject: this.guard.unitOf(request.subject) };
    if (!hasContent(input.reason)) throw new ServiceError('REASON_REQUIRED', 'Say why this person may do this work despite their declaration; an override is never recorded without a reason.');
    if (input.userId === admin.id) throw new ServiceError('FORBIDDEN', 'You cannot allow yourself work your own declaration rules out; ask another administrator.');
    if (input.subject.type === 'sample') throw new ServiceError('INVALID_INPUT', 'A double-coding sample never gives a story to a coder with a declared interest in it: give the sample to another coder instead.');
    this.labelOf(input.subject);
    const db = this.db();
    const at = new Date().toISOString();
    db.transaction(() => {
      const id = randomUUID();
      prepared(db, 'INSERT INTO conflict_overrides (id, user_id, action, subject_type, subject_id, reason, granted_by, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        id,
        input.userId,
        input.action,
        input.subject.type,
        input.subject.id,
        input.reason,
        admin.id,
        at,
      );
      this.settle(input.userId, input.action, input.subject, at);
      appendAudit(db, this.users.actorOf(admin), {
        action: 'conflict.override',
        entityType: 'conflict',
        entityId: input.userId,
        details: { overrideId: id, action: input.action, subject: input.subject, reason: input.reason },
      });
    })();
  }

  /** Work given to the signed-in person because of someone else's declaration, not yet started. */
  givenToMe(): GivenWork[] {
    const user: User = this.users.require();
    const rows = prepared(
      this.db(),
      `SELECT g.id, g.action, g.subject_type, g.subject_id, f.name AS from_name, b.name AS by_name, g.assigned_at, g.reason
         FROM conflict_reassignments g JOIN users f ON f.id = g.from_user LEFT JOIN users b ON b.id = g.assigned_by
        WHERE g.to_user = ? AND g.started_at IS NULL ORDER BY g.assigned_at DESC`,
    ).all(user.id) as Array<{ id: string; action: ConflictAction; subject_type: Subject['type']; subject_id: string; from_name: string; by_name: string | null; assigned_at: string; reason: string }>;
    return rows.map((row) => ({
      id: row.id,
      action: row.action,
      subject: { type: row.subject_type, id: row.subject_id },
      label: this.labelOf({ type: row.subject_type, id: row.subject_id }),
      fromName: row.from_name,
      byName: row.by_name,
      at: row.assigned_at,
      reason: row.reason,
    }));
  }

  private settle(userId: string, action: ConflictAction, subject: Subject, at: string): void {
    prepared(this.db(), 'UPDATE conflict_refusals SET resolved_at = ? WHERE user_id = ? AND action = ? AND subject_type = ? AND subject_id = ? AND resolved_at IS NULL').run(
      at,
      userId,
      action,
      subject.type,
      subject.id,
    );
  }

  /** A few words to know the work by (staff see the stories, so the start of a story's words); NOT_FOUND if it is gone. */
  private labelOf(subject: Subject): string {
    const sql = {
      story: `SELECT substr(r.text, 1, ${LABEL_LENGTH}) FROM stories s JOIN story_revisions r ON r.story_id = s.id AND r.revision = s.current_revision WHERE s.id = ?`,
      report: 'SELECT title FROM reports WHERE id = ?',
      recommendation: 'SELECT title FROM recommendations WHERE id = ?',
      sample: 'SELECT name FROM agreement_samples WHERE id = ?',
    }[subject.type];
    const label = prepared(this.db(), sql).pluck().get(subject.id) as string | undefined;
    if (label === undefined) throw new ServiceError('NOT_FOUND', 'That story, report, recommendation or sample is no longer in the store.');
    return label;
  }
}
