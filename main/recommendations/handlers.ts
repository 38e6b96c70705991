import type { recommendationsContract } from '../../shared/recommendations/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function recommendationHandlers(services: Services): HandlersFor<keyof typeof recommendationsContract> {
  const { stakeholders, reports, recommendations, evidence, planUpdates, actionPlan, cqcFindings, visits, bankHolidays } = services;
  /** Changes the evidence, then answers with the recommendation as it now stands. */
  const withEvidence = (id: string, change: () => void) => {
    change();
    return recommendations.get(id, false);
  };
  return {
    listStakeholders: ({ includeRetired }) => stakeholders.list(includeRetired),
    createStakeholder: (input) => stakeholders.create(input),
    updateStakeholder: ({ id, ...input }) => stakeholders.update(id, input),
    retireStakeholder: ({ id }) => stakeholders.retire(id),

    listReports: () => reports.list(),
    createReport: ({ acknowledged, ...input }) => reports.create(input, acknowledged),
    updateReport: ({ id, acknowledged, ...input }) => reports.update(id, input, acknowledged),
    getReport: ({ id }) => reports.get(id),

    createRecommendation: ({ acknowledged, ...input }) => recommendations.create(input, acknowledged),
    updateRecommendation: ({ id, acknowledged, ...input }) => recommendations.update(id, input, acknowledged),
    getRecommendation: ({ id, anonymised }) => recommendations.get(id, anonymised),
    linkEvidenceStories: ({ id, storyIds }) => withEvidence(id, () => evidence.linkStories(id, storyIds)),
    unlinkEvidenceStory: ({ id, storyId }) => withEvidence(id, () => evidence.unlinkStory(id, storyId)),
    addEvidenceSearch: ({ id, savedSearchId }) => withEvidence(id, () => evidence.addSearch(id, savedSearchId)),
    removeEvidenceSearch: ({ id, snapshotId }) => withEvidence(id, () => evidence.removeSearch(id, snapshotId)),
    addEvidenceThemes: ({ id, codeIds }) => withEvidence(id, () => evidence.addThemes(id, codeIds)),
    removeEvidenceTheme: ({ id, codeId }) => withEvidence(id, () => evidence.removeTheme(id, codeId)),
    dueDateFor: ({ sentOn }) => ({ dueOn: recommendations.dueDateFor(sentOn) }),
    sendRecommendation: ({ id, sentOn, acknowledged }) => recommendations.send(id, sentOn, acknowledged),
    recordResponse: (input) => recommendations.respond(input),
    recordPlanUpdate: (input) => {
      planUpdates.record(input);
      return { recorded: true as const };
    },

    listActionPlan: (request) => actionPlan.list(request),
    getPlanItem: (ref) => actionPlan.get(ref),
    countDue: () => actionPlan.countDue(),
    createAgreedIssue: (input) => actionPlan.createIssue(input),

    listCqcFindings: () => cqcFindings.list(),
    createCqcFinding: (input) => cqcFindings.create(input),
    linkCqcFinding: ({ id, storyIds, items }) => cqcFindings.link(id, storyIds, items),

    listVisits: () => visits.list(),
    planVisit: (input) => visits.plan(input),
    getVisit: ({ id }) => visits.get(id),
    recordObservation: (input) => visits.recordObservation(input),

    getBankHolidays: () => bankHolidays.status(),
    importBankHolidays: ({ path, acceptRemovedDates }) => bankHolidays.import(path, acceptRemovedDates),
  };
}
