/**
 * The Insight dashboard for staff and administrators: what people said over a
 * period, from the counts kept per month (exact counts: the screen is for staff; what
 * leaves the laptop goes through the disclosure rules in the report).
 */
import { shapeDashboard } from '../../shared/insight/dashboard-shape';
import type { Dashboard, DashboardRequest } from '../../shared/insight/schemas';
import type { User } from '../../shared/users/schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import { dashboardCounts } from './insight-counts';

export class DashboardService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
  ) {}

  dashboard(request: DashboardRequest): Dashboard {
    return this.dashboardFor(this.users.require('staff', 'admin'), request);
  }

  /** For a viewer already checked (the report job, which runs after its start was allowed). */
  dashboardFor(viewer: User, request: DashboardRequest): Dashboard {
    const db = this.db();
    const counts = dashboardCounts(db, viewer, request);
    const names = new Map((prepared(db, 'SELECT id, name FROM codes WHERE parent_id IS NULL').all() as Array<{ id: string; name: string }>).map((row) => [row.id, row.name]));
    return shapeDashboard(request, counts.rows, counts.services, names, counts.source);
  }
}
