/** Recommendations as the services would answer, for screens over the fake bridge. */
import type { PlanItem, RecommendationDetail, Stakeholder } from '../../../shared/recommendations/schemas';
import { SERVICES } from '../fake-api';

export const TRUST: Stakeholder = { id: '4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d', name: 'Central London NHS Trust', kind: 'nhs-trust', contacts: [], retired: false };
export const REPORT_ID = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';
export const RECOMMENDATION_ID = '6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f';
export const STORY_ID = '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a';

export function recommendation(change: Partial<RecommendationDetail> = {}): RecommendationDetail {
  return {
    id: RECOMMENDATION_ID,
    reportId: REPORT_ID,
    reportTitle: 'Waiting in A&E',
    title: 'Show the expected wait',
    organisation: { id: TRUST.id, name: TRUST.name },
    services: [{ id: SERVICES[1]!.id, name: SERVICES[1]!.name }],
    status: 'draft',
    sentOn: null,
    dueOn: null,
    response: null,
    nextReviewOn: null,
    evidence: { stories: 0, searches: 0, themes: 0 },
    body: 'Put the expected waiting time on a screen.',
    sentByName: null,
    evidenceStories: [],
    evidenceSearches: [],
    evidenceThemes: [],
    updates: [],
    history: [],
    ...change,
  };
}

export const withStory = (change: Partial<RecommendationDetail> = {}) =>
  recommendation({
    evidence: { stories: 1, searches: 0, themes: 0 },
    evidenceStories: [{ id: STORY_ID, heardOn: '2026-02-10', words: 'I waited five hours.', anonymised: false, withheld: null }],
    ...change,
  });

export function planItem(change: Partial<PlanItem> = {}): PlanItem {
  return {
    kind: 'recommendation',
    id: RECOMMENDATION_ID,
    title: 'Show the expected wait',
    reportTitle: 'Waiting in A&E',
    organisation: { id: TRUST.id, name: TRUST.name },
    services: [],
    status: 'awaiting-response',
    sentOn: '2026-03-02',
    dueOn: '2026-03-30',
    responseDecision: null,
    respondedOn: null,
    nextReviewOn: null,
    next: { what: 'response', on: '2026-03-30', overdue: true },
    evidenceStories: 1,
    ...change,
  };
}
