/** IPC methods for recommendations, responses, the action plan, CQC findings, Enter and View visits and the bank-holiday table. */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../capture/story';
import { absolutePathSchema } from '../files/paths';
import { acknowledgedSchema } from '../interests/schemas';
import { empty } from '../store/contract';
import {
  agreedIssueInputSchema,
  bankHolidayStatusSchema,
  cqcFindingInputSchema,
  cqcFindingSchema,
  cqcLinkRequestSchema,
  observationInputSchema,
  planItemDetailSchema,
  planItemRefSchema,
  planListRequestSchema,
  planPageSchema,
  planUpdateInputSchema,
  recommendationDetailSchema,
  recommendationInputSchema,
  reportDetailSchema,
  reportInputSchema,
  reportSummarySchema,
  responseInputSchema,
  sendRequestSchema,
  stakeholderInputSchema,
  stakeholderSchema,
  visitDetailSchema,
  visitInputSchema,
  visitSchema,
} from './schemas';

const byId = z.object({ id: idSchema }).strict();

export const recommendationsContract = {
  listStakeholders: { request: z.object({ includeRetired: z.boolean() }).strict(), response: z.array(stakeholderSchema) },
  createStakeholder: { request: stakeholderInputSchema, response: stakeholderSchema },
  updateStakeholder: { request: stakeholderInputSchema.extend({ id: idSchema }).strict(), response: stakeholderSchema },
  retireStakeholder: { request: byId, response: stakeholderSchema },

  listReports: { request: empty, response: z.array(reportSummarySchema) },
  createReport: { request: reportInputSchema.extend({ acknowledged: acknowledgedSchema }).strict(), response: reportDetailSchema },
  updateReport: { request: reportInputSchema.omit({ visitId: true }).extend({ id: idSchema, acknowledged: acknowledgedSchema }).strict(), response: reportDetailSchema },
  getReport: { request: byId, response: reportDetailSchema },

  createRecommendation: { request: recommendationInputSchema.extend({ acknowledged: acknowledgedSchema }).strict(), response: recommendationDetailSchema },
  updateRecommendation: {
    request: recommendationInputSchema.omit({ reportId: true }).extend({ id: idSchema, acknowledged: acknowledgedSchema }).strict(),
    response: recommendationDetailSchema,
  },
  /** `anonymised`: show the evidence as a stakeholder would see it (volunteers and outreach workers always do). */
  getRecommendation: { request: z.object({ id: idSchema, anonymised: z.boolean() }).strict(), response: recommendationDetailSchema },
  linkEvidenceStories: { request: z.object({ id: idSchema, storyIds: z.array(idSchema).min(1).max(500) }).strict(), response: recommendationDetailSchema },
  unlinkEvidenceStory: { request: z.object({ id: idSchema, storyId: idSchema }).strict(), response: recommendationDetailSchema },
  addEvidenceSearch: { request: z.object({ id: idSchema, savedSearchId: idSchema }).strict(), response: recommendationDetailSchema },
  removeEvidenceSearch: { request: z.object({ id: idSchema, snapshotId: idSchema }).strict(), response: recommendationDetailSchema },
  addEvidenceThemes: { request: z.object({ id: idSchema, codeIds: z.array(idSchema).min(1).max(50) }).strict(), response: recommendationDetailSchema },
  removeEvidenceTheme: { request: z.object({ id: idSchema, codeId: idSchema }).strict(), response: recommendationDetailSchema },
  /** The response date a sending date would give, before anything is sent. */
  dueDateFor: { request: z.object({ sentOn: isoDateSchema }).strict(), response: z.object({ dueOn: z.string() }) },
  sendRecommendation: { request: sendRequestSchema.extend({ acknowledged: acknowledgedSchema }).strict(), response: recommendationDetailSchema },
  recordResponse: { request: responseInputSchema, response: recommendationDetailSchema },
  recordPlanUpdate: { request: planUpdateInputSchema, response: z.object({ recorded: z.literal(true) }) },

  listActionPlan: { request: planListRequestSchema, response: planPageSchema },
  getPlanItem: { request: planItemRefSchema, response: planItemDetailSchema },
  countDue: { request: empty, response: z.object({ due: z.number().int(), overdue: z.number().int() }) },
  createAgreedIssue: { request: agreedIssueInputSchema, response: planItemDetailSchema },

  listCqcFindings: { request: empty, response: z.array(cqcFindingSchema) },
  createCqcFinding: { request: cqcFindingInputSchema, response: cqcFindingSchema },
  linkCqcFinding: { request: cqcLinkRequestSchema, response: cqcFindingSchema },

  listVisits: { request: empty, response: z.array(visitSchema) },
  planVisit: { request: visitInputSchema, response: visitDetailSchema },
  getVisit: { request: byId, response: visitDetailSchema },
  recordObservation: { request: observationInputSchema, response: visitDetailSchema },

  getBankHolidays: { request: empty, response: bankHolidayStatusSchema },
  /** An administrator brings in a newer table; `acceptRemovedDates` after being told it drops dates a due date used. */
  importBankHolidays: { request: z.object({ path: absolutePathSchema, acceptRemovedDates: z.boolean() }).strict(), response: bankHolidayStatusSchema },
} as const;
