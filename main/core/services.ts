/** Every service over one store, wired together. Plain TypeScript: no electron. */
import { CaptureSettings } from '../capture/capture-settings';
import { EventService } from '../capture/event-service';
import { ServiceRegister } from '../capture/service-register';
import { StoryService } from '../capture/story-service';
import { ArchiveService } from '../archive/archive-service';
import { BundleService } from '../bundles/bundle-service';
import { ElectionPeriods } from '../export/election-periods';
import { IntelligenceExports } from '../export/intelligence-export';
import { ConflictGuard } from '../interests/conflict-guard';
import { createInterestServices, type InterestServices } from '../interests/interest-services';
import { CensusStore } from '../insight/census-store';
import { DashboardService } from '../insight/dashboard-service';
import { QuoteService } from '../insight/quote-service';
import { ReachService } from '../insight/reach-service';
import type { PdfPrinter } from '../insight/report/pdf-printer';
import { QuarterlyReportService } from '../insight/report/quarterly-report-service';
import { JobRunner } from '../jobs/job-runner';
import { MaskService } from '../masks/mask-service';
import { PackService } from '../packs/pack-service';
import { createRecommendationServices, type RecommendationServices } from '../recommendations/recommendation-services';
import { ReceivedPackService } from '../packs/received-pack-service';
import { SettingsService } from '../settings/settings-service';
import { StoreService, type StoreServiceOptions } from '../store/store-service';
import { SurveyImportService } from '../survey/survey-import-service';
import { SyncScheduler } from '../sync/sync-scheduler';
import { SyncService } from '../sync/sync-service';
import { TransferService } from '../transfer/transfer-service';
import { UserService } from '../users/user-service';
import { AgreementService } from '../review/agreement-service';
import { CodebookService } from '../workbench/codebook-service';
import { ReviewService } from '../review/review-service';
import type { FacetCounter } from '../workbench/facet-counts';
import { RecentSearchCatchUp } from '../workbench/recent-search-backlog';
import { SearchService } from '../workbench/search-service';
import { TagService } from '../workbench/tag-service';
import { VolunteerView } from '../review/volunteer-view';
import { systemClock, type Clock } from './clock';

export interface Services extends RecommendationServices, InterestServices {
  /** Where "today" comes from for the services that work with dates due (the system clock, outside tests). */
  clock: Clock;
  store: StoreService;
  settings: SettingsService;
  users: UserService;
  register: ServiceRegister;
  /** The register of interests' rule, applied by the services whose work a declaration can bear on. */
  conflicts: ConflictGuard;
  events: EventService;
  stories: StoryService;
  captureSettings: CaptureSettings;
  masks: MaskService;
  search: SearchService;
  codebook: CodebookService;
  tags: TagService;
  review: ReviewService;
  agreement: AgreementService;
  volunteerView: VolunteerView;
  jobs: JobRunner;
  bundles: BundleService;
  intelligence: IntelligenceExports;
  elections: ElectionPeriods;
  packs: PackService;
  receivedPacks: ReceivedPackService;
  archive: ArchiveService;
  survey: SurveyImportService;
  transfer: TransferService;
  sync: SyncService;
  syncScheduler: SyncScheduler;
  /** Brings the recent search index up to date after a bulk import; the worker calls it after each request. */
  recentSearchCatchUp: RecentSearchCatchUp;
  dashboard: DashboardService;
  quotes: QuoteService;
  reach: ReachService;
  quarterlyReports: QuarterlyReportService;
}

export interface ServicesOptions extends StoreServiceOptions {
  /** Where the filter panel's counts run (a thread of their own, in the app); without one, on the store's connection. */
  counter?: (store: StoreService) => FacetCounter;
  /** Sync every N minutes when due (the app's worker); tests and the CLI call the scheduler themselves. */
  syncTimer?: boolean;
  clock?: Clock;
  /** Prints the quarterly report (Electron in the app, Chromium in the harness and tests); without one, no report. */
  printer?: PdfPrinter;
}

export function createServices(dbPath: string, options: ServicesOptions = {}): Services {
  const store = new StoreService(dbPath, options);
  const db = () => store.requireDb();
  const users = new UserService(store);
  const clock = options.clock ?? systemClock;
  const conflicts = new ConflictGuard(db, users, clock);
  const tags = new TagService(db, users, conflicts);
  const masks = new MaskService(db, users, conflicts);
  const elections = new ElectionPeriods(db, users);
  const search = new SearchService(db, users, options.counter?.(store));
  const stories = new StoryService(db, users);
  const register = new ServiceRegister(db, users);
  const agreement = new AgreementService(db, users, conflicts);
  const recommendations = createRecommendationServices(db, users, clock, search, stories, conflicts);
  const interests = createInterestServices(db, { users, clock, conflicts, register, stakeholders: recommendations.stakeholders, masks, samples: agreement });
  const jobs = new JobRunner();
  const receivedPacks = new ReceivedPackService(db, users);
  const sync = new SyncService(db, users, receivedPacks);
  const syncScheduler = new SyncScheduler(sync, jobs, store, users);
  if (options.syncTimer) syncScheduler.startTimer();
  const recentSearchCatchUp = new RecentSearchCatchUp(() => (store.isUnlocked ? store.requireDb() : null));
  store.onLock(() => recentSearchCatchUp.stop());
  const dashboard = new DashboardService(db, users);
  const quotes = new QuoteService(db, users, masks);
  const reach = new ReachService(db, users, new CensusStore(db));
  return {
    clock,
    store,
    settings: new SettingsService(store),
    users,
    register,
    conflicts,
    events: new EventService(db, users),
    stories,
    captureSettings: new CaptureSettings(db, users),
    masks,
    search,
    codebook: new CodebookService(db, users),
    tags,
    review: new ReviewService(db, users, conflicts),
    agreement,
    volunteerView: new VolunteerView(db, users, tags),
    jobs,
    bundles: new BundleService(store, users),
    intelligence: new IntelligenceExports(db, users, masks, elections, recommendations.actionPlan),
    elections,
    packs: new PackService(db, users, new VolunteerView(db, users, tags)),
    receivedPacks,
    archive: new ArchiveService(store, users),
    survey: new SurveyImportService(db, users, new StoryService(db, users)),
    transfer: new TransferService(db, users),
    sync,
    syncScheduler,
    recentSearchCatchUp,
    ...recommendations,
    ...interests,
    dashboard,
    quotes,
    reach,
    quarterlyReports: new QuarterlyReportService(db, users, () => store.status().organisation ?? '', dashboard, quotes, reach, clock, options.printer),
  };
}
