/**
 * The quarterly report: one job that counts, compares with the census, gathers the
 * chosen quotes, draws the charts, prints the PDF and writes the same page as HTML
 * beside it. Both files are written beside their names and renamed into place only
 * when everything is done, so a cancel or a failure leaves neither.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dashboardCharts, reachChart, type ChartWords } from '../../../shared/insight/charts/dashboard-charts';
import { renderSvg } from '../../../shared/insight/charts/render-svg';
import { disclosed, disclosedShare } from '../../../shared/insight/disclosure';
import type { Reach } from '../../../shared/insight/reach-schemas';
import type { Quote, ReportRequest, ReportResult } from '../../../shared/insight/schemas';
import { ServiceError } from '../../../shared/result';
import type { User } from '../../../shared/users/schemas';
import { appendAudit } from '../../audit/audit-log';
import { todayBy, type Clock } from '../../core/clock';
import { dayText } from '../../export/files/day-text';
import { checkOutPath, refuseExistingFile } from '../../bundles/out-path';
import { fsyncFolder } from '../../files/durable-write';
import { toServiceError } from '../../files/fs-errors';
import type { JobContext } from '../../jobs/job-context';
import type { Db } from '../../store/database';
import type { UserService } from '../../users/user-service';
import type { DashboardService } from '../dashboard-service';
import type { QuoteService } from '../quote-service';
import type { ReachService } from '../reach-service';
import { pdfPageCount, type PdfPrinter } from './pdf-printer';
import type { ReportCharts, ReportContext } from './report-context';
import { reportDocument } from './report-document';
import { buildSections } from './report-sections';
import { REPORT_WORDS, groupName } from './report-words';
import { dirname } from 'node:path';

const WORDS: ChartWords = {
  sentiment: REPORT_WORDS.sentiment,
  storiesAxis: 'Stories',
  shareAxis: 'Share',
  heard: 'Heard',
  population: 'Population',
  themesTitle: REPORT_WORDS.themesTitle,
  trendTitle: REPORT_WORDS.trendTitle,
  servicesTitle: REPORT_WORDS.servicesTitle,
  balanceTitle: REPORT_WORDS.balanceTitle,
  mark: (what, count) => `${what}: ${count} stories`,
  share: (what, share) => `${what}: ${share}`,
  // In a chart, an ethnic group by its own name; the table beside it gives the broad group too.
  groupName: (topic, key) => (topic === 'ethnicity' ? (groupName(topic, key).split(': ').pop() ?? key) : groupName(topic, key)),
};

export const htmlPathFor = (pdfPath: string): string => pdfPath.replace(/\.pdf$/i, '.html');

export class QuarterlyReportService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly organisation: () => string,
    private readonly dashboards: DashboardService,
    private readonly quotes: QuoteService,
    private readonly reaches: ReachService,
    private readonly clock: Clock,
    private readonly printer: PdfPrinter | undefined,
  ) {}

  /** Everything that can be refused is refused here, before the job starts. */
  prepare(request: ReportRequest, path: string): User {
    const user = this.users.require('staff', 'admin');
    if (!this.printer) throw new ServiceError('INVALID_INPUT', 'This copy of Verbatim cannot print PDFs here.');
    checkOutPath(path, '.pdf');
    refuseExistingFile(htmlPathFor(path));
    if (request.areaCode && this.reaches.census.areaName(request.areaCode) === null) {
      throw new ServiceError('NOT_FOUND', `Verbatim has no census tables for the area ${request.areaCode}.`);
    }
    return user;
  }

  async build(request: ReportRequest, path: string, context: JobContext, viewer: User): Promise<ReportResult> {
    const steps = 6;
    context.progress(0, steps, 'counting');
    const dashboard = this.dashboards.dashboardFor(viewer, { period: request.period, granularity: 'month', filter: request.filter });
    await context.checkpoint();

    context.progress(1, steps, 'reach');
    const reach: Reach | null = request.areaCode ? this.reaches.reach({ areaCode: request.areaCode, period: request.period, filter: request.filter }) : null;
    await context.checkpoint();

    context.progress(2, steps, 'quotes');
    const book = this.quotes.book();
    const byTheme = new Map<string, Quote[]>();
    for (const quote of this.quotes.list(dashboard.themes.map((t) => t.codeId), book)) {
      if (quote.usable) byTheme.set(quote.codeId, [...(byTheme.get(quote.codeId) ?? []), quote]);
    }
    await context.checkpoint();

    context.progress(3, steps, 'charts');
    const specs = dashboardCharts(dashboard, { words: WORDS, shown: disclosed });
    const charts: ReportCharts = { themes: await renderSvg(specs.themes), trend: '', services: '', balance: '', reach: {} };
    for (const key of ['trend', 'services', 'balance'] as const) {
      await context.checkpoint();
      charts[key] = await renderSvg(specs[key]);
    }
    const reachCharts: Record<string, string> = {};
    for (const topic of reach?.topics ?? []) {
      if (!topic.available) continue;
      await context.checkpoint();
      reachCharts[topic.topic] = await renderSvg(reachChart(topic, WORDS, (group) => disclosedShare(group.heard, topic.answered)));
    }
    charts.reach = reachCharts;
    const today = todayBy(this.clock);
    const reportContext: ReportContext = { request, organisation: this.organisation(), today, madeOn: dayText(today), dashboard, reach, quotes: byTheme, charts, db: this.db(), viewer };
    const html = reportDocument(request.title, buildSections(reportContext));
    await context.checkpoint();

    context.progress(4, steps, 'printing');
    const htmlPath = htmlPathFor(path);
    const partialPdf = `${path}.${process.pid}.partial`;
    const partialHtml = `${htmlPath}.${process.pid}.partial`;
    const discard = () => {
      rmSync(partialPdf, { force: true });
      rmSync(partialHtml, { force: true });
    };
    try {
      await this.printer!.print(html, partialPdf);
      await context.checkpoint();
      context.progress(5, steps, 'writing');
      writeFileSync(partialHtml, html, { mode: 0o600 });
      const pdf = readFileSync(partialPdf);
      const pages = pdfPageCount(pdf);
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      refuseExistingFile(path);
      refuseExistingFile(htmlPath);
      const db = this.db();
      db.transaction(() => {
        appendAudit(db, this.users.actorOf(viewer), {
          action: 'insight.report',
          entityType: 'report',
          entityId: null,
          details: { file: path, sha256, pages, period: request.period, filter: request.filter, areaCode: request.areaCode },
        });
        renameSync(partialHtml, htmlPath);
        renameSync(partialPdf, path);
      })();
      fsyncFolder(dirname(path));
      context.progress(steps, steps, 'writing');
      return { path, htmlPath, pages, bytes: statSync(path).size };
    } catch (error) {
      discard();
      if (error instanceof ServiceError) throw error;
      throw toServiceError(error, path);
    }
  }
}
