/** Every service over one store, wired together. Plain TypeScript: no electron. */
import { CaptureSettings } from '../capture/capture-settings';
import { EventService } from '../capture/event-service';
import { ServiceRegister } from '../capture/service-register';
import { StoryService } from '../capture/story-service';
import { ArchiveService } from '../archive/archive-service';
import { BundleService } from '../bundles/bundle-service';
import { ElectionPeriods } from '../export/election-periods';
import { IntelligenceExports } from '../export/intelligence-export';
import { CensusStore } from '../insight/census-store';
import { DashboardService } from '../insight/dashboard-service';
import { QuoteService } from '../insight/quote-service';
import { ReachService } from '../insight/reach-service';
import type { PdfPrinter } from '../insight/report/pdf-printer';
import { ReportService } from '../insight/report/report-service';
import { JobRunner } from '../jobs/job-runner';
import { MaskService } from '../masks/mask-service';
import { PackService } from '../packs/pack-service';
import { ReceivedPackService } from '../packs/received-pack-service';
import { SettingsService } from '../settings/settings-service';
import { StoreService, type StoreServiceOptions } from '../store/store-service';
import { SurveyImportService } from '../survey/survey-import-service';
import { TransferService } from '../transfer/transfer-service';
import { UserService } from '../users/user-service';
import { AgreementService } from '../review/agreement-service';
import { CodebookService } from '../workbench/codebook-service';
import { ReviewService } from '../review/review-service';
import type { FacetCounter } from '../workbench/facet-counts';
import { SearchService } from '../workbench/search-service';
import { TagService } from '../workbench/tag-service';
import { VolunteerView } from '../review/volunteer-view';

export interface Services {
  store: StoreService;
  settings: SettingsService;
  users: UserService;
  register: ServiceRegister;
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
  dashboard: DashboardService;
  quotes: QuoteService;
  reach: ReachService;
  reports: ReportService;
}

export interface ServicesOptions extends StoreServiceOptions {
  /** Where the filter panel's counts run (a thread of their own, in the app); without one, on the store's connection. */
  counter?: (store: StoreService) => FacetCounter;
  /** Prints the quarterly report (Electron in the app, Chromium in the harness and tests); without one, no report. */
  printer?: PdfPrinter;
}

export function createServices(dbPath: string, options: ServicesOptions = {}): Services {
  const store = new StoreService(dbPath, options);
  const db = () => store.requireDb();
  const users = new UserService(store);
  const tags = new TagService(db, users);
  const masks = new MaskService(db, users);
  const elections = new ElectionPeriods(db, users);
  const dashboard = new DashboardService(db, users);
  const quotes = new QuoteService(db, users, masks);
  const reach = new ReachService(db, users, new CensusStore(db));
  return {
    store,
    settings: new SettingsService(store),
    users,
    register: new ServiceRegister(db, users),
    events: new EventService(db, users),
    stories: new StoryService(db, users),
    captureSettings: new CaptureSettings(db, users),
    masks,
    search: new SearchService(db, users, options.counter?.(store)),
    codebook: new CodebookService(db, users),
    tags,
    review: new ReviewService(db, users),
    agreement: new AgreementService(db, users),
    volunteerView: new VolunteerView(db, users, tags),
    jobs: new JobRunner(),
    bundles: new BundleService(store, users),
    intelligence: new IntelligenceExports(db, users, masks, elections),
    elections,
    packs: new PackService(db, users, new VolunteerView(db, users, tags)),
    receivedPacks: new ReceivedPackService(db, users),
    archive: new ArchiveService(store, users),
    survey: new SurveyImportService(db, users, new StoryService(db, users)),
    transfer: new TransferService(db, users),
    dashboard,
    quotes,
    reach,
    reports: new ReportService(db, users, () => store.status().organisation ?? '', dashboard, quotes, reach, options.printer),
  };
}
