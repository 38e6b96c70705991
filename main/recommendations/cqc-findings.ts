/**
 * The CQC findings register: an inspection's ratings and summary for a service (in
 * the inspector's words, exactly), linked to the stories that bear on it and to the
 * recommendations and agreed issues it touches. Each finding is on the action plan.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import { ratingsSchema, type CqcFinding, type CqcFindingInput, type PlanItemRef } from '../../shared/recommendations/schemas';
import type { PlanStatus } from '../../shared/recommendations/vocabulary';
import { appendAudit } from '../audit/audit-log';
import { todayBy, type Clock } from '../core/clock';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import { requireServices } from './report-service';
import type { StakeholderRegister } from './stakeholder-register';

interface FindingRow {
  id: string;
  service_id: string;
  service_name: string;
  stakeholder_id: string;
  stakeholder_name: string;
  published_on: string;
  ratings: string;
  summary: string;
  link: string | null;
  status: PlanStatus;
  next_review_on: string | null;
}

const SELECT = `SELECT f.*, sv.name AS service_name, st.name AS stakeholder_name
  FROM cqc_findings f JOIN services sv ON sv.id = f.service_id JOIN stakeholders st ON st.id = f.stakeholder_id`;

export class CqcFindings {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly clock: Clock,
    private readonly stakeholders: StakeholderRegister,
  ) {}

  list(): CqcFinding[] {
    this.users.require();
    return (prepared(this.db(), `${SELECT} ORDER BY f.published_on DESC, sv.name`).all() as FindingRow[]).map((row) => this.toFinding(row));
  }

  get(id: string): CqcFinding {
    this.users.require();
    const row = prepared(this.db(), `${SELECT} WHERE f.id = ?`).get(id) as FindingRow | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such CQC finding.');
    return this.toFinding(row);
  }

  create(input: CqcFindingInput): CqcFinding {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    requireServices(db, [input.serviceId]);
    this.stakeholders.requireActive(input.stakeholderId);
    if (input.publishedOn > todayBy(this.clock)) throw new ServiceError('INVALID_INPUT', 'The day the CQC report was published is in the future.');
    if (input.nextReviewOn !== null && input.nextReviewOn <= input.publishedOn) throw new ServiceError('INVALID_INPUT', 'The next review comes after the day the report was published.');
    this.checkLinks(input.storyIds, input.items);
    const id = randomUUID();
    db.transaction(() => {
      prepared(
        db,
        "INSERT INTO cqc_findings (id, service_id, stakeholder_id, published_on, ratings, summary, link, status, next_review_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'not-started', ?, ?, ?)",
      ).run(id, input.serviceId, input.stakeholderId, input.publishedOn, JSON.stringify(input.ratings), input.summary, input.link, input.nextReviewOn, user.id, new Date().toISOString());
      this.writeLinks(id, input.storyIds, input.items);
      appendAudit(db, this.users.actorOf(user), {
        action: 'cqc-finding.create',
        entityType: 'cqc-finding',
        entityId: id,
        details: { serviceId: input.serviceId, stakeholderId: input.stakeholderId, publishedOn: input.publishedOn, ratings: input.ratings, link: input.link, storyIds: input.storyIds, items: input.items },
      });
    })();
    return this.get(id);
  }

  /** Links more stories and action-plan items to a finding. */
  link(id: string, storyIds: readonly string[], items: readonly PlanItemRef[]): CqcFinding {
    const user = this.users.require('staff', 'admin');
    this.get(id);
    this.checkLinks(storyIds, items);
    const db = this.db();
    db.transaction(() => {
      this.writeLinks(id, storyIds, items);
      appendAudit(db, this.users.actorOf(user), { action: 'cqc-finding.link', entityType: 'cqc-finding', entityId: id, details: { storyIds, items } });
    })();
    return this.get(id);
  }

  private checkLinks(storyIds: readonly string[], items: readonly PlanItemRef[]): void {
    const db = this.db();
    const story = prepared(db, 'SELECT 1 FROM stories WHERE id = ?').pluck();
    for (const storyId of storyIds) if (story.get(storyId) === undefined) throw new ServiceError('NOT_FOUND', `There is no story ${storyId} on this laptop.`);
    for (const item of items) {
      if (item.kind === 'cqc-finding') throw new ServiceError('INVALID_INPUT', 'A CQC finding links to recommendations and agreed issues, not to other findings.');
      const table = item.kind === 'recommendation' ? 'recommendations' : 'agreed_issues';
      if (!prepared(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(item.id)) throw new ServiceError('NOT_FOUND', 'There is no such item in the action plan.');
    }
  }

  private writeLinks(id: string, storyIds: readonly string[], items: readonly PlanItemRef[]): void {
    const db = this.db();
    const story = prepared(db, 'INSERT OR IGNORE INTO cqc_finding_stories (finding_id, story_id) VALUES (?, ?)');
    for (const storyId of new Set(storyIds)) story.run(id, storyId);
    const item = prepared(db, 'INSERT OR IGNORE INTO cqc_finding_links (finding_id, recommendation_id, issue_id) VALUES (?, ?, ?)');
    for (const ref of items) item.run(id, ref.kind === 'recommendation' ? ref.id : null, ref.kind === 'agreed-issue' ? ref.id : null);
  }

  private toFinding(row: FindingRow): CqcFinding {
    const db = this.db();
    const storyIds = prepared(db, 'SELECT story_id FROM cqc_finding_stories WHERE finding_id = ? ORDER BY story_id').pluck().all(row.id) as string[];
    const items = prepared(
      db,
      `SELECT 'recommendation' AS kind, r.id, r.title FROM cqc_finding_links l JOIN recommendations r ON r.id = l.recommendation_id WHERE l.finding_id = @id
       UNION ALL SELECT 'agreed-issue', i.id, i.title FROM cqc_finding_links l JOIN agreed_issues i ON i.id = l.issue_id WHERE l.finding_id = @id ORDER BY 3`,
    ).all({ id: row.id }) as CqcFinding['items'];
    return {
      id: row.id,
      service: { id: row.service_id, name: row.service_name },
      organisation: { id: row.stakeholder_id, name: row.stakeholder_name },
      publishedOn: row.published_on,
      ratings: ratingsSchema.parse(JSON.parse(row.ratings)),
      summary: row.summary,
      link: row.link,
      storyIds,
      items,
      status: row.status,
      nextReviewOn: row.next_review_on,
    };
  }
}
