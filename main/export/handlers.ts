import type { exportContract } from '../../shared/export/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function exportHandlers({ intelligence, elections, jobs }: Services): HandlersFor<keyof typeof exportContract> {
  return {
    listExportProfiles: () => [...intelligence.profiles()],
    startIntelligencePreview: (request) => {
      // Permissions and the profile are checked before the job starts; the work then runs between other requests.
      const user = intelligence.preparePreview(request);
      return jobs.start('intelligence-preview', user.id, (context) => intelligence.preview(request, context, user));
    },
    startIntelligenceExport: ({ request, path }) => {
      // Permissions, the profile, the file and the election checklist are checked before the job starts.
      const user = intelligence.prepareExport(request, path);
      return jobs.start('intelligence-export', user.id, (context) => intelligence.export(request, path, context, user));
    },
    listElectionPeriods: () => elections.list(),
    addElectionPeriod: (period) => elections.add(period),
    removeElectionPeriod: ({ id }) => elections.remove(id),
  };
}
