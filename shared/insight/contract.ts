/** IPC methods for Insight: the dashboard, quotes, reach and the quarterly report. */
import { z } from 'zod';
import { idSchema } from '../capture/story';
import { absolutePathSchema } from '../files/paths';
import { jobIdSchema } from '../jobs/schemas';
import { empty } from '../store/contract';
import { censusAreaSchema, censusImportResultSchema, reachRequestSchema, reachSchema } from './reach-schemas';
import { addQuoteRequestSchema, dashboardRequestSchema, dashboardSchema, quoteCandidateSchema, quoteCandidatesRequestSchema, quoteSchema, startReportRequestSchema } from './schemas';

export const insightContract = {
  getInsightDashboard: { request: dashboardRequestSchema, response: dashboardSchema },
  listQuoteCandidates: { request: quoteCandidatesRequestSchema, response: z.array(quoteCandidateSchema) },
  listQuotes: { request: z.object({ codeIds: z.array(idSchema).max(200).optional() }).strict(), response: z.array(quoteSchema) },
  addQuote: { request: addQuoteRequestSchema, response: z.array(quoteSchema) },
  removeQuote: { request: z.object({ id: z.number().int().positive() }).strict(), response: z.array(quoteSchema) },
  listCensusAreas: { request: empty, response: z.array(censusAreaSchema) },
  getReach: { request: reachRequestSchema, response: reachSchema },
  /** Administrators: brings in an ONS Census 2021 table (the Nomis bulk file at local-authority level). */
  importCensusTable: { request: z.object({ path: absolutePathSchema }).strict(), response: censusImportResultSchema },
  /** Starts the quarterly report (PDF, and the same as HTML beside it) as a job; its result parses with reportResultSchema. */
  startQuarterlyReport: { request: startReportRequestSchema, response: z.object({ jobId: jobIdSchema }) },
} as const;
