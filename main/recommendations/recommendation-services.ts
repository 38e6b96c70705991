/** The recommendations capability's services over one store, wired together (core/services.ts adds them to the rest). */
import type { StoryService } from '../capture/story-service';
import type { Clock } from '../core/clock';
import type { ConflictGuard } from '../interests/conflict-guard';
import type { Db } from '../store/database';
import type { UserService } from '../users/user-service';
import type { SearchService } from '../workbench/search-service';
import { ActionPlan } from './action-plan';
import { BankHolidays } from './bank-holidays';
import { CqcFindings } from './cqc-findings';
import { EvidenceService } from './evidence';
import { PlanUpdates } from './plan-updates';
import { RecommendationService } from './recommendation-service';
import { ReportService } from './report-service';
import { StakeholderRegister } from './stakeholder-register';
import { VisitService } from './visits';

export interface RecommendationServices {
  stakeholders: StakeholderRegister;
  bankHolidays: BankHolidays;
  reports: ReportService;
  recommendations: RecommendationService;
  evidence: EvidenceService;
  planUpdates: PlanUpdates;
  actionPlan: ActionPlan;
  cqcFindings: CqcFindings;
  visits: VisitService;
}

export function createRecommendationServices(
  db: () => Db,
  users: UserService,
  clock: Clock,
  search: SearchService,
  stories: StoryService,
  conflicts: ConflictGuard,
): RecommendationServices {
  const stakeholders = new StakeholderRegister(db, users);
  const bankHolidays = new BankHolidays(db, users);
  const reports = new ReportService(db, users, conflicts);
  const evidence = new EvidenceService(db, users, search);
  const planUpdates = new PlanUpdates(db, users, clock);
  return {
    stakeholders,
    bankHolidays,
    reports,
    evidence,
    planUpdates,
    recommendations: new RecommendationService(db, { users, clock, stakeholders, reports, evidence, updates: planUpdates, bankHolidays, conflicts }),
    actionPlan: new ActionPlan(db, users, clock, stakeholders, planUpdates),
    cqcFindings: new CqcFindings(db, users, clock, stakeholders),
    visits: new VisitService(db, users, stories),
  };
}
