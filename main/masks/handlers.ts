import type { masksContract } from '../../shared/masks/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function maskHandlers({ masks }: Services): HandlersFor<keyof typeof masksContract> {
  return {
    getMaskReview: ({ id }) => masks.review(id),
    saveMaskCheck: ({ id, revision, masks: accepted, acknowledged }) => masks.saveCheck(id, revision, accepted, acknowledged),
    listStoriesToCheck: (request) => masks.listToCheck(request),
    getAnonymiserLists: () => masks.lists(),
    setAnonymiserLists: (lists) => masks.setLists(lists),
  };
}
