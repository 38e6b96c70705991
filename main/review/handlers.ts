import type { reviewContract } from '../../shared/review/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

const done = { done: true as const };

export function reviewHandlers({ review, agreement, volunteerView }: Services): HandlersFor<keyof typeof reviewContract> {
  return {
    setStoryStatus: ({ id, status, reason, acknowledged }) => {
      review.setStatus(id, status, reason, acknowledged);
      return done;
    },

    createAgreementSample: ({ name, storyIds, reviewerA, reviewerB }) => agreement.create(name, storyIds, reviewerA, reviewerB),
    listAgreementSamples: () => agreement.list(),
    codeSampleStory: ({ sampleId, storyId, codeIds }) => agreement.code(sampleId, storyId, codeIds),
    getMySampleCoding: ({ sampleId, storyId }) => agreement.myCoding(sampleId, storyId),
    getAgreementReport: ({ sampleId }) => agreement.report(sampleId),

    getRedactedStory: ({ id }) => volunteerView.get(id),
  };
}
