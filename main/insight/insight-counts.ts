/**
 * The dashboard's counts, from the tables migration 0015's triggers keep (a year
 * over a million stories is a few thousand rows), or, for the one combination they
 * do not hold (a service and a service type at once), read from the stories with
 * the Stories list's own filter conditions.
 */
import type { ServiceCount, MonthCount } from '../../shared/insight/dashboard-shape';
import type { DashboardRequest } from '../../shared/insight/schemas';
import { storyFiltersFor } from '../../shared/insight/story-links';
import type { ServiceType } from '../../shared/capture/vocabulary';
import type { User } from '../../shared/users/schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { filterConditions } from '../workbench/story-filters';

export interface Counts {
  rows: MonthCount[];
  services: ServiceCount[];
  source: 'kept' | 'read';
}

type ServiceRow = { serviceId: string; name: string; type: ServiceType; stories: number };

/** The kept table, and its condition, for a request's filter. */
function keptSource(request: DashboardRequest): { table: string; where: string[]; params: Record<string, unknown> } | null {
  const { filter, period } = request;
  if (filter.serviceId && filter.serviceType) return null;
  const where = ['month BETWEEN @from AND @to'];
  const params: Record<string, unknown> = { from: period.from, to: period.to };
  if (filter.channel) {
    where.push('channel = @channel');
    params.channel = filter.channel;
  }
  if (filter.eventId) {
    where.push('event = @event');
    params.event = filter.eventId;
  }
  if (filter.serviceId) {
    where.push('service = @service');
    params.service = filter.serviceId;
    return { table: 'insight_service_counts', where, params };
  }
  if (filter.serviceType) {
    where.push('service_type = @serviceType');
    params.serviceType = filter.serviceType;
    return { table: 'insight_service_type_counts', where, params };
  }
  return { table: 'insight_counts', where, params };
}

function keptCounts(db: Db, request: DashboardRequest, source: NonNullable<ReturnType<typeof keptSource>>): Counts {
  const { table, where, params } = source;
  const rows = prepared(
    db,
    `SELECT month, theme, sentiment, sum(stories) AS stories FROM ${table} WHERE ${where.join(' AND ')} GROUP BY 1, 2, 3 HAVING sum(stories) > 0`,
  ).all(params) as MonthCount[];
  // Services: always the per-service table, under the same month, channel and event conditions.
  const serviceWhere = where.filter((condition) => !condition.startsWith('service_type')).map((condition) => `c.${condition}`);
  const typeJoin = request.filter.serviceType ? 'AND sv.type = @serviceType' : '';
  const services = prepared(
    db,
    `SELECT c.service AS serviceId, sv.name, sv.type, sum(c.stories) AS stories
       FROM insight_service_counts c JOIN services sv ON sv.id = c.service ${typeJoin}
      WHERE c.theme = '' AND ${serviceWhere.join(' AND ')} GROUP BY 1 HAVING sum(c.stories) > 0`,
  ).all(params) as ServiceRow[];
  return { rows, services, source: 'kept' };
}

/** The same counts read from the stories: the reference the kept counts are tested against. */
export function readCounts(db: Db, viewer: User, request: DashboardRequest): Counts {
  const { where, params } = filterConditions(storyFiltersFor(request), viewer, null);
  // With a service, its stories drive the reading (found through story_services' index)
  // instead of every story of the period being tested against it.
  if (request.filter.serviceId) {
    where.unshift('s.id IN (SELECT story_id FROM story_services WHERE service_id = @insightDriver)');
    params.insightDriver = request.filter.serviceId;
  }
  const condition = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db
    .prepare(
      `SELECT substr(s.heard_on, 1, 7) AS month, '' AS theme, coalesce(s.sentiment, '') AS sentiment, count(*) AS stories FROM stories s ${condition} GROUP BY 1, 3
       UNION ALL
       SELECT month, theme, sentiment, count(*) FROM (
         SELECT DISTINCT s.id, substr(s.heard_on, 1, 7) AS month, coalesce(c.parent_id, c.id) AS theme, coalesce(s.sentiment, '') AS sentiment
           FROM stories s JOIN story_tags t ON t.story_id = s.id JOIN codes c ON c.id = t.code_id ${condition}) GROUP BY 1, 2, 3`,
    )
    .all(params) as MonthCount[];
  const typeOnly = request.filter.serviceType ? 'AND sv.type = @insightType' : '';
  const serviceOnly = request.filter.serviceId ? 'AND ss.service_id = @insightService' : '';
  const services = db
    .prepare(
      `SELECT ss.service_id AS serviceId, sv.name, sv.type, count(DISTINCT s.id) AS stories
         FROM stories s JOIN story_services ss ON ss.story_id = s.id JOIN services sv ON sv.id = ss.service_id ${typeOnly} ${serviceOnly}
         ${condition} GROUP BY 1`,
    )
    .all({
      ...params,
      ...(request.filter.serviceType ? { insightType: request.filter.serviceType } : {}),
      ...(request.filter.serviceId ? { insightService: request.filter.serviceId } : {}),
    }) as ServiceRow[];
  return { rows, services, source: 'read' };
}

export function dashboardCounts(db: Db, viewer: User, request: DashboardRequest): Counts {
  const source = keptSource(request);
  return source ? keptCounts(db, request, source) : readCounts(db, viewer, request);
}
