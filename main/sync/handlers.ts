import type { syncContract } from '../../shared/sync/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function syncHandlers({ sync, syncScheduler }: Services): HandlersFor<keyof typeof syncContract> {
  return {
    getSyncStatus: () => sync.status(),
    saveSyncSettings: (request) => {
      const status = sync.saveSettings(request);
      syncScheduler.reschedule();
      return status;
    },
    testSyncConnection: ({ server, password }) => sync.testConnection(server, password),
    createSyncKey: () => sync.createKey(),
    enrolSync: ({ words }) => sync.enrol(words),
    issueSyncWords: ({ profile, label }) => sync.issueWords(profile, label),
    startSync: () => syncScheduler.startNow(),
  };
}
