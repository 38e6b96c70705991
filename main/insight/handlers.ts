import type { insightContract } from '../../shared/insight/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function insightHandlers({ dashboard, quotes, reach, quarterlyReports, jobs }: Services): HandlersFor<keyof typeof insightContract> {
  return {
    getInsightDashboard: (request) => dashboard.dashboard(request),
    listQuoteCandidates: ({ codeId, period }) => quotes.candidates(codeId, period),
    listQuotes: ({ codeIds }) => quotes.list(codeIds),
    addQuote: ({ codeId, storyId }) => quotes.add(codeId, storyId),
    removeQuote: ({ id }) => quotes.remove(id),
    listCensusAreas: () => reach.areas(),
    getReach: (request) => reach.reach(request),
    importCensusTable: ({ path }) => reach.importTable(path),
    startQuarterlyReport: ({ request, path }) => {
      // Permissions, the printer, the files and the area are checked before the job starts.
      const user = quarterlyReports.prepare(request, path);
      return jobs.start('quarterly-report', user.id, (context) => quarterlyReports.build(request, path, context, user));
    },
  };
}
