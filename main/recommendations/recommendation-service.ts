/**
 * Recommendations: written inside a report, addressed to an organisation in the
 * stakeholder register, resting on evidence; sent (which fixes the response's due
 * date by the working-day rule); then the organisation's response, in its own words.
 * Organisations must respond but need not act: progress is followed in plan updates.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import type { RecommendationDetail, RecommendationInput, ResponseInput } from '../../shared/recommendations/schemas';
import { RESPONSE_WORKING_DAYS } from '../../shared/recommendations/vocabulary';
import { appendAudit, auditFor } from '../audit/audit-log';
import { todayBy, type Clock } from '../core/clock';
import type { ConflictGuard } from '../interests/conflict-guard';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import type { BankHolidays } from './bank-holidays';
import { requireDraft, type EvidenceService } from './evidence';
import type { PlanUpdates } from './plan-updates';
import { RECOMMENDATION_SELECT, servicesOfRecommendations, toSummary, type RecommendationRow } from './recommendation-rows';
import { requireServices, type ReportService } from './report-service';
import type { StakeholderRegister } from './stakeholder-register';

export interface RecommendationDeps {
  users: UserService;
  clock: Clock;
  stakeholders: StakeholderRegister;
  reports: ReportService;
  evidence: EvidenceService;
  updates: PlanUpdates;
  bankHolidays: BankHolidays;
  /** The register of interests' rule: writing and sending are work a declaration can bear on. */
  conflicts: ConflictGuard;
}

export class RecommendationService {
  constructor(
    private readonly db: () => Db,
    private readonly deps: RecommendationDeps,
  ) {}

  create(input: RecommendationInput, acknowledged: readonly string[] = []): RecommendationDetail {
    const { users, stakeholders, reports, conflicts } = this.deps;
    const user = users.require('staff', 'admin');
    const db = this.db();
    const report = reports.get(input.reportId);
    stakeholders.requireActive(input.stakeholderId);
    const serviceIds = input.serviceIds.length > 0 ? requireServices(db, input.serviceIds) : report.services.map((s) => s.id);
    conflicts.require(user, 'recommend', { type: 'report', id: input.reportId }, acknowledged, { serviceIds, stakeholderIds: [input.stakeholderId] });
    const id = randomUUID();
    db.transaction(() => {
      prepared(db, "INSERT INTO recommendations (id, report_id, stakeholder_id, title, body, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)").run(
        id,
        input.reportId,
        input.stakeholderId,
        input.title,
        input.body,
        user.id,
        new Date().toISOString(),
      );
      this.writeServices(id, serviceIds);
      appendAudit(db, users.actorOf(user), {
        action: 'recommendation.create',
        entityType: 'recommendation',
        entityId: id,
        details: { reportId: input.reportId, stakeholderId: input.stakeholderId, title: input.title, serviceIds },
      });
    })();
    return this.get(id, false);
  }

  update(id: string, input: Omit<RecommendationInput, 'reportId'>, acknowledged: readonly string[] = []): RecommendationDetail {
    const { users, stakeholders, conflicts } = this.deps;
    const user = users.require('staff', 'admin');
    const db = this.db();
    requireDraft(db, id);
    stakeholders.requireActive(input.stakeholderId);
    const serviceIds = requireServices(db, input.serviceIds);
    // What it is about now, and what it will be about.
    const before = conflicts.concernsOf({ type: 'recommendation', id });
    conflicts.require(user, 'recommend', { type: 'recommendation', id }, acknowledged, {
      serviceIds: [...before.serviceIds, ...serviceIds],
      stakeholderIds: [...before.stakeholderIds, input.stakeholderId],
    });
    db.transaction(() => {
      prepared(db, 'UPDATE recommendations SET stakeholder_id = ?, title = ?, body = ? WHERE id = ?').run(input.stakeholderId, input.title, input.body, id);
      prepared(db, 'DELETE FROM recommendation_services WHERE recommendation_id = ?').run(id);
      this.writeServices(id, serviceIds);
      appendAudit(db, users.actorOf(user), { action: 'recommendation.update', entityType: 'recommendation', entityId: id, details: { stakeholderId: input.stakeholderId, title: input.title, serviceIds } });
    })();
    return this.get(id, false);
  }

  /** The recommendation with its evidence as this viewer may see it (anonymised when asked, or when that is all they may see). */
  get(id: string, anonymised: boolean): RecommendationDetail {
    this.deps.users.require();
    const db = this.db();
    const row = prepared(db, `${RECOMMENDATION_SELECT} WHERE r.id = ?`).get(id) as RecommendationRow | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such recommendation.');
    const { evidence } = this.deps;
    return {
      ...toSummary(row, servicesOfRecommendations(db, [id]).get(id) ?? []),
      body: row.body,
      sentByName: row.sent_by_name,
      evidenceStories: evidence.stories(id, anonymised),
      evidenceSearches: evidence.searches(id),
      evidenceThemes: evidence.themes(id),
      updates: this.deps.updates.list('recommendation', id),
      history: auditFor(db, 'recommendation', id),
    };
  }

  /** The services a recommendation concerns. */
  servicesOf(id: string): { id: string; name: string }[] {
    return servicesOfRecommendations(this.db(), [id]).get(id) ?? [];
  }

  /** The response date a recommendation sent on `sentOn` would have. */
  dueDateFor(sentOn: string): string {
    this.deps.users.require();
    return this.deps.bankHolidays.dueDate(sentOn, RESPONSE_WORKING_DAYS);
  }

  /** Sends a draft: refused without evidence, to a retired organisation, on a day not yet come, or beyond the bank-holiday table. */
  send(id: string, sentOn: string, acknowledged: readonly string[] = []): RecommendationDetail {
    const { users, stakeholders, bankHolidays, clock, conflicts } = this.deps;
    const user = users.require('staff', 'admin');
    const db = this.db();
    const draft = requireDraft(db, id);
    conflicts.require(user, 'recommend', { type: 'recommendation', id }, acknowledged);
    const detail = this.get(id, false);
    const { stories, searches, themes } = detail.evidence;
    if (stories + searches + themes === 0) {
      throw new ServiceError('EVIDENCE_REQUIRED', 'A recommendation must rest on evidence from the public: link a story, a saved search or a theme count before sending it.');
    }
    stakeholders.requireActive(draft.stakeholder_id);
    if (sentOn > todayBy(clock)) throw new ServiceError('INVALID_INPUT', 'The sending date is in the future. Record it on the day it is sent.');
    const dueOn = bankHolidays.dueDate(sentOn, RESPONSE_WORKING_DAYS);
    db.transaction(() => {
      prepared(db, "UPDATE recommendations SET status = 'awaiting-response', sent_on = ?, due_on = ?, sent_by = ? WHERE id = ?").run(sentOn, dueOn, user.id, id);
      appendAudit(db, users.actorOf(user), {
        action: 'recommendation.send',
        entityType: 'recommendation',
        entityId: id,
        details: { sentOn, dueOn, workingDays: RESPONSE_WORKING_DAYS, stakeholderId: draft.stakeholder_id, evidence: detail.evidence },
      });
    })();
    return this.get(id, false);
  }

  /** The organisation's answer, in its words exactly; refused when dated before the sending date or after today. */
  respond(input: ResponseInput): RecommendationDetail {
    const { users, clock } = this.deps;
    const user = users.require('staff', 'admin');
    const db = this.db();
    const row = prepared(db, 'SELECT status, sent_on, due_on FROM recommendations WHERE id = ?').get(input.id) as { status: string; sent_on: string | null; due_on: string | null } | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such recommendation.');
    const { sent_on: sentOn, due_on: dueOn } = row;
    if (row.status === 'draft' || sentOn === null || dueOn === null) throw new ServiceError('INVALID_INPUT', 'This recommendation has not been sent yet, so no response can be recorded.');
    if (row.status !== 'awaiting-response') throw new ServiceError('INVALID_INPUT', 'A response to this recommendation is already recorded.');
    if (input.receivedOn < sentOn) {
      throw new ServiceError('RESPONSE_BEFORE_SENDING', `The response is dated ${input.receivedOn}, before the recommendation was sent on ${sentOn}.`);
    }
    if (input.receivedOn > todayBy(clock)) throw new ServiceError('INVALID_INPUT', 'The date the response was received is in the future.');
    db.transaction(() => {
      prepared(db, 'INSERT INTO recommendation_responses (recommendation_id, decision, words, received_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        input.id,
        input.decision,
        input.words,
        input.receivedOn,
        user.id,
        new Date().toISOString(),
      );
      prepared(db, "UPDATE recommendations SET status = 'responded' WHERE id = ?").run(input.id);
      appendAudit(db, users.actorOf(user), {
        action: 'recommendation.response',
        entityType: 'recommendation',
        entityId: input.id,
        details: {
          decision: input.decision,
          receivedOn: input.receivedOn,
          dueOn,
          late: input.receivedOn > dueOn,
          wordsSha256: createHash('sha256').update(input.words, 'utf8').digest('hex'),
        },
      });
    })();
    return this.get(input.id, false);
  }

  private writeServices(id: string, serviceIds: readonly string[]): void {
    const insert = prepared(this.db(), 'INSERT INTO recommendation_services (recommendation_id, service_id) VALUES (?, ?)');
    for (const serviceId of serviceIds) insert.run(id, serviceId);
  }
}
