import type { packsContract } from '../../shared/packs/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function packsHandlers({ packs, receivedPacks, archive, jobs }: Services): HandlersFor<keyof typeof packsContract> {
  return {
    listPackCandidates: (request) => packs.candidates(request),
    issuePack: (request) => packs.issue(request),
    listIssuedPacks: () => packs.list(),
    listPackNotes: ({ packId }) => packs.notes(packId),
    importPackResults: ({ path }) => packs.importResults(path),
    importPack: ({ path }) => receivedPacks.importPack(path),
    listReceivedPacks: () => receivedPacks.list(),
    getPackStories: ({ packId }) => receivedPacks.stories(packId),
    savePackSuggestions: (request) => receivedPacks.saveSuggestions(request),
    makePackResults: (request) => receivedPacks.makeResults(request),
    exportArchive: async (request) => {
      const { userId } = await archive.authorise(request);
      return jobs.start('archive', userId, (context) => archive.exportArchive(request, context));
    },
  };
}
