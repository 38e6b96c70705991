/**
 * The register's rule applied in the services, whatever a screen shows: before a
 * person codes, reviews or checks the masks of a story, or writes or sends a report
 * or recommendation, their declarations about what it concerns are looked up once
 * (one indexed read; most people have none). A declaration whose management rule
 * names the work refuses it (CONFLICT_OF_INTEREST, recorded for an administrator to
 * give the work to someone else or allow it with a reason); any other declaration
 * that bears on it must have been read on screen first (the request names it, or
 * CONFLICT_ACKNOWLEDGEMENT_REQUIRED), and that acknowledgement is audited.
 */
import { randomUUID } from 'node:crypto';
import { decideConflict, sampleConflicts, type Concerns, type RuleInterest, type RuleMatch } from '../../shared/interests/rule';
import type { ConflictCheck, ConflictMatch, Subject } from '../../shared/interests/schemas';
import type { ConflictAction } from '../../shared/interests/vocabulary';
import { ServiceError } from '../../shared/result';
import type { User } from '../../shared/users/schemas';
import { appendAudit } from '../audit/audit-log';
import { todayBy, type Clock } from '../core/clock';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import { declarationText, workText } from './conflict-text';
import { activeRuleInterests, interestRows, toMatch } from './interest-rows';

/** Acknowledgements already audited in this session, so that tagging one story five times records one. */
const ACKNOWLEDGED_LIMIT = 10_000;

interface OverrideRow {
  reason: string;
  by_name: string | null;
  granted_at: string;
}

export class ConflictGuard {
  private readonly acknowledgements = new Set<string>();

  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly clock: Clock,
  ) {}

  /** The services (and, for a recommendation, the organisation) a piece of work is about. */
  concernsOf(subject: Subject): Concerns {
    const db = this.db();
    const ids = (sql: string) => prepared(db, sql).pluck().all({ id: subject.id }) as string[];
    switch (subject.type) {
      case 'story':
        return { serviceIds: ids('SELECT service_id FROM story_services WHERE story_id = @id'), stakeholderIds: [] };
      case 'report':
        // A report concerns its services and those of its recommendations, and the organisations they are addressed to.
        return {
          serviceIds: ids(
            'SELECT service_id FROM report_services WHERE report_id = @id UNION SELECT rs.service_id FROM recommendations r JOIN recommendation_services rs ON rs.recommendation_id = r.id WHERE r.report_id = @id',
          ),
          stakeholderIds: ids('SELECT DISTINCT stakeholder_id FROM recommendations WHERE report_id = @id'),
        };
      case 'recommendation':
        return {
          serviceIds: ids('SELECT service_id FROM recommendation_services WHERE recommendation_id = @id'),
          stakeholderIds: ids('SELECT stakeholder_id FROM recommendations WHERE id = @id'),
        };
      case 'sample':
        return {
          serviceIds: ids('SELECT DISTINCT ss.service_id FROM agreement_sample_stories a JOIN story_services ss ON ss.story_id = a.story_id WHERE a.sample_id = @id'),
          stakeholderIds: [],
        };
    }
  }

  /**
   * What the signed-in person's declarations say about doing this work, for the
   * screen to show before they go on; showing it is audited. In a double-coding
   * sample any declaration about the story keeps it from them. `about` adds what the
   * work will be about once saved (so the screen shows every declaration the save
   * will ask to have been read); `subject` is null for a report not yet made.
   */
  check(action: ConflictAction, subject: Subject | null, sampleId: string | null, about?: Concerns): ConflictCheck {
    const user = this.users.require();
    const known = subject ? this.concernsOf(subject) : { serviceIds: [], stakeholderIds: [] };
    const concerns = about ? { serviceIds: [...known.serviceIds, ...about.serviceIds], stakeholderIds: [...known.stakeholderIds, ...about.stakeholderIds] } : known;
    const today = todayBy(this.clock);
    const interests = activeRuleInterests(this.db(), user.id, today);
    if (sampleId !== null) {
      const matches = this.describe(sampleConflicts(interests, concerns, today).map((interest) => ({ interest, outcome: 'refuse' as const })));
      if (matches.length > 0) this.audit(user, 'conflict.warning', { action, subject, sampleId, outcome: 'refuse', matches });
      return { action, outcome: matches.length > 0 ? 'refuse' : 'clear', matches, override: null };
    }
    const override = subject ? this.overrideOf(user.id, action, this.unitOf(subject)) : undefined;
    const decided = decideConflict(interests, action, concerns, today, override !== undefined);
    const matches = this.describe(decided.matches);
    if (matches.length > 0) this.audit(user, 'conflict.warning', { action, subject, outcome: decided.outcome, matches });
    return { action, outcome: decided.outcome, matches, override: override ? { reason: override.reason, byName: override.by_name, at: override.granted_at } : null };
  }

  /**
   * Before `user` does `action` on the subject: refuses, or asks for the declarations
   * to have been read, as the rule says; otherwise lets the work go on (and notes
   * that work given to this person has been started). `concerns` says what the work
   * will be about when that is not yet in the store (a new or changed report or
   * recommendation); `subject` is null for a report not yet made (a refusal of it
   * leaves nothing for an administrator to give to someone else).
   */
  require(user: User, action: ConflictAction, subject: Subject | null, acknowledged: readonly string[], concerns?: Concerns): void {
    const db = this.db();
    const today = todayBy(this.clock);
    const interests = activeRuleInterests(db, user.id, today);
    const unit = subject && this.unitOf(subject);
    if (interests.length > 0) {
      const about = concerns ?? (subject ? this.concernsOf(subject) : { serviceIds: [], stakeholderIds: [] });
      const overridden = unit !== null && this.overrideOf(user.id, action, unit) !== undefined;
      const decided = decideConflict(interests, action, about, today, overridden);
      if (decided.outcome === 'refuse') this.refuse(user, action, unit, this.describe(decided.matches));
      if (decided.outcome === 'warn') this.requireAcknowledged(user, action, unit, this.describe(decided.matches), acknowledged, overridden);
    }
    if (unit) this.noteStarted(user.id, action, unit);
  }

  /**
   * The piece of work an administrator gives away or allows: a recommendation's is
   * its report (where recommendations are written), anything else is its own.
   */
  unitOf(subject: Subject): Subject {
    if (subject.type !== 'recommendation') return subject;
    const reportId = prepared(this.db(), 'SELECT report_id FROM recommendations WHERE id = ?').pluck().get(subject.id) as string | undefined;
    if (reportId === undefined) throw new ServiceError('NOT_FOUND', 'There is no such recommendation.');
    return { type: 'report', id: reportId };
  }

  /** A double-coding sample never gives a story to a coder with any declared interest in what it is about. */
  requireForSample(user: User, sampleId: string, storyId: string): void {
    const today = todayBy(this.clock);
    const interests = activeRuleInterests(this.db(), user.id, today);
    if (interests.length === 0) return;
    const conflicts = sampleConflicts(interests, this.concernsOf({ type: 'story', id: storyId }), today);
    if (conflicts.length === 0) return;
    this.refuse(user, 'code', { type: 'sample', id: sampleId }, this.describe(conflicts.map((interest) => ({ interest, outcome: 'refuse' }))));
  }

  /** The people (by user id) whose interests keep them from coding any of these stories in a sample, with the first declaration found. */
  sampleCoderConflict(userId: string, storyIds: readonly string[]): { storyIds: string[]; match: ConflictMatch } | null {
    const today = todayBy(this.clock);
    const interests = activeRuleInterests(this.db(), userId, today);
    if (interests.length === 0) return null;
    const hit: string[] = [];
    let first: ConflictMatch | null = null;
    for (const storyId of storyIds) {
      const conflicts = sampleConflicts(interests, this.concernsOf({ type: 'story', id: storyId }), today);
      if (conflicts.length === 0) continue;
      hit.push(storyId);
      first ??= this.describe([{ interest: conflicts[0]!, outcome: 'refuse' }])[0] ?? null;
    }
    return first ? { storyIds: hit, match: first } : null;
  }

  private refuse(user: User, action: ConflictAction, subject: Subject | null, matches: ConflictMatch[]): never {
    const db = this.db();
    const refusing = matches.filter((m) => m.outcome === 'refuse');
    db.transaction(() => {
      const open =
        subject === null ||
        prepared(db, 'SELECT 1 FROM conflict_refusals WHERE user_id = ? AND action = ? AND subject_type = ? AND subject_id = ? AND resolved_at IS NULL').get(
          user.id,
          action,
          subject.type,
          subject.id,
        );
      if (!open) {
        prepared(db, 'INSERT INTO conflict_refusals (id, user_id, action, subject_type, subject_id, interest_ids, refused_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          randomUUID(),
          user.id,
          action,
          subject.type,
          subject.id,
          JSON.stringify(refusing.map((m) => m.interestId)),
          new Date().toISOString(),
        );
      }
      this.audit(user, 'conflict.refusal', { action, subject, interestIds: refusing.map((m) => m.interestId) });
    })();
    const first = refusing[0]!;
    throw new ServiceError(
      'CONFLICT_OF_INTEREST',
      `${first.personName} must not ${workText(action, subject?.type ?? 'report')}: the register of interests records ${declarationText(first)}. An administrator can give the work to someone else, or allow it with a reason.`,
    );
  }

  private requireAcknowledged(user: User, action: ConflictAction, subject: Subject | null, matches: ConflictMatch[], acknowledged: readonly string[], overridden: boolean): void {
    const unread = matches.filter((m) => !acknowledged.includes(m.interestId));
    if (unread.length > 0) {
      throw new ServiceError(
        'CONFLICT_ACKNOWLEDGEMENT_REQUIRED',
        `Before you ${workText(action, subject?.type ?? 'report')}, read your declaration on screen and confirm it: the register of interests records ${declarationText(unread[0]!)}.`,
      );
    }
    const interestIds = matches.map((m) => m.interestId).sort();
    const key = [user.id, action, subject?.type ?? 'new', subject?.id ?? '', ...interestIds].join(' ');
    if (this.acknowledgements.has(key)) return;
    this.audit(user, 'conflict.acknowledge', { action, subject, interestIds, overridden });
    if (this.acknowledgements.size >= ACKNOWLEDGED_LIMIT) this.acknowledgements.clear();
    this.acknowledgements.add(key);
  }

  /** Work an administrator gave to this person is marked as started the first time they pass the rule on it. */
  private noteStarted(userId: string, action: ConflictAction, subject: Subject): void {
    const db = this.db();
    const given = prepared(db, 'SELECT id FROM conflict_reassignments WHERE subject_type = ? AND subject_id = ? AND to_user = ? AND action = ? AND started_at IS NULL')
      .pluck()
      .get(subject.type, subject.id, userId, action) as string | undefined;
    if (given !== undefined) prepared(db, 'UPDATE conflict_reassignments SET started_at = ? WHERE id = ?').run(new Date().toISOString(), given);
  }

  private overrideOf(userId: string, action: ConflictAction, subject: Subject): OverrideRow | undefined {
    return prepared(
      this.db(),
      `SELECT o.reason, u.name AS by_name, o.granted_at FROM conflict_overrides o LEFT JOIN users u ON u.id = o.granted_by
        WHERE o.subject_type = ? AND o.subject_id = ? AND o.user_id = ? AND o.action = ? ORDER BY o.granted_at DESC LIMIT 1`,
    ).get(subject.type, subject.id, userId, action) as OverrideRow | undefined;
  }

  private describe(matches: readonly { interest: { id: string }; outcome: RuleMatch<RuleInterest>['outcome'] }[]): ConflictMatch[] {
    const rows = new Map(interestRows(this.db(), matches.map((m) => m.interest.id)).map((row) => [row.id, row]));
    return matches.flatMap((m) => {
      const row = rows.get(m.interest.id);
      return row ? [toMatch(row, m.outcome)] : [];
    });
  }

  /** Conflict entries hang on the person whose declaration it is, so the register can show their history and the board pack can count them. */
  private audit(user: User, action: 'conflict.warning' | 'conflict.refusal' | 'conflict.acknowledge', details: Record<string, unknown>): void {
    const db = this.db();
    db.transaction(() => appendAudit(db, this.users.actorOf(user), { action, entityType: 'conflict', entityId: user.id, details }))();
  }
}
