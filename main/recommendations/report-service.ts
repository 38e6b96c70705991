/**
 * Reports: a title, the day published and the services they cover, holding the
 * recommendations written from them. A report of an Enter and View visit names it.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import type { ReportDetail, ReportInput, ReportSummary } from '../../shared/recommendations/schemas';
import { appendAudit } from '../audit/audit-log';
import type { ConflictGuard } from '../interests/conflict-guard';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import { recommendationSummaries } from './recommendation-rows';

interface ReportRow {
  id: string;
  title: string;
  published_on: string | null;
  visit_id: string | null;
  recommendations: number;
  sent: number;
}

const REPORT_SELECT = `SELECT p.id, p.title, p.published_on, p.visit_id,
    (SELECT count(*) FROM recommendations r WHERE r.report_id = p.id) AS recommendations,
    (SELECT count(*) FROM recommendations r WHERE r.report_id = p.id AND r.status != 'draft') AS sent
  FROM reports p`;

/** Every service id must be in the services register. */
export function requireServices(db: Db, serviceIds: readonly string[]): string[] {
  const unique = [...new Set(serviceIds)];
  const known = prepared(db, 'SELECT 1 FROM services WHERE id = ?').pluck();
  for (const id of unique) if (known.get(id) === undefined) throw new ServiceError('UNKNOWN_SERVICE', 'A service chosen is not in the services register.');
  return unique;
}

export class ReportService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    /** The register of interests' rule: writing a report about a service is work a declaration can bear on. */
    private readonly conflicts: ConflictGuard,
  ) {}

  list(): ReportSummary[] {
    this.users.require();
    const rows = prepared(this.db(), `${REPORT_SELECT} ORDER BY p.published_on IS NOT NULL, p.published_on DESC, p.created_at DESC`).all() as ReportRow[];
    return rows.map((row) => this.toSummary(row));
  }

  get(id: string): ReportDetail {
    this.users.require();
    const row = prepared(this.db(), `${REPORT_SELECT} WHERE p.id = ?`).get(id) as ReportRow | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such report.');
    return { ...this.toSummary(row), items: recommendationSummaries(this.db(), 'r.report_id = ?', [id]) };
  }

  create(input: ReportInput, acknowledged: readonly string[] = []): ReportDetail {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    const serviceIds = requireServices(db, input.serviceIds);
    this.conflicts.require(user, 'recommend', null, acknowledged, { serviceIds, stakeholderIds: [] });
    if (input.visitId !== null) {
      if (!prepared(db, 'SELECT 1 FROM visits WHERE id = ?').get(input.visitId)) throw new ServiceError('NOT_FOUND', 'There is no such Enter and View visit.');
      if (prepared(db, 'SELECT 1 FROM reports WHERE visit_id = ?').get(input.visitId)) throw new ServiceError('INVALID_INPUT', 'That visit already has its report.');
    }
    const id = randomUUID();
    db.transaction(() => {
      prepared(db, 'INSERT INTO reports (id, title, published_on, visit_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        input.title,
        input.publishedOn,
        input.visitId,
        user.id,
        new Date().toISOString(),
      );
      this.writeServices(id, serviceIds);
      appendAudit(db, this.users.actorOf(user), { action: 'report.create', entityType: 'report', entityId: id, details: { ...input, serviceIds } });
    })();
    return this.get(id);
  }

  update(id: string, input: Omit<ReportInput, 'visitId'>, acknowledged: readonly string[] = []): ReportDetail {
    const user = this.users.require('staff', 'admin');
    const before = this.get(id);
    const db = this.db();
    const serviceIds = requireServices(db, input.serviceIds);
    const now = this.conflicts.concernsOf({ type: 'report', id });
    this.conflicts.require(user, 'recommend', { type: 'report', id }, acknowledged, { serviceIds: [...now.serviceIds, ...serviceIds], stakeholderIds: now.stakeholderIds });
    db.transaction(() => {
      prepared(db, 'UPDATE reports SET title = ?, published_on = ? WHERE id = ?').run(input.title, input.publishedOn, id);
      prepared(db, 'DELETE FROM report_services WHERE report_id = ?').run(id);
      this.writeServices(id, serviceIds);
      appendAudit(db, this.users.actorOf(user), {
        action: 'report.update',
        entityType: 'report',
        entityId: id,
        details: { before: { title: before.title, publishedOn: before.publishedOn, serviceIds: before.services.map((s) => s.id) }, after: { ...input, serviceIds } },
      });
    })();
    return this.get(id);
  }

  /** The services a report covers (what its recommendations concern unless they say otherwise). */
  servicesOf(reportId: string): { id: string; name: string }[] {
    return prepared(this.db(), 'SELECT sv.id, sv.name FROM report_services rs JOIN services sv ON sv.id = rs.service_id WHERE rs.report_id = ? ORDER BY sv.name').all(reportId) as {
      id: string;
      name: string;
    }[];
  }

  private writeServices(reportId: string, serviceIds: readonly string[]): void {
    const insert = prepared(this.db(), 'INSERT INTO report_services (report_id, service_id) VALUES (?, ?)');
    for (const serviceId of serviceIds) insert.run(reportId, serviceId);
  }

  private toSummary(row: ReportRow): ReportSummary {
    return { id: row.id, title: row.title, publishedOn: row.published_on, services: this.servicesOf(row.id), visitId: row.visit_id, recommendations: row.recommendations, sent: row.sent };
  }
}
