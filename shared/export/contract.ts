/** IPC methods for intelligence bundles and the pre-election periods that govern them. */
import { z } from 'zod';
import { idSchema } from '../capture/story';
import { jobIdSchema } from '../jobs/schemas';
import { empty } from '../store/contract';
import { exportProfileSchema } from './profiles';
import { electionPeriodInputSchema, electionPeriodSchema, intelligenceRequestSchema, startIntelligenceRequestSchema } from './schemas';

export const exportContract = {
  listExportProfiles: { request: empty, response: z.array(exportProfileSchema) },
  /** Starts the preview as a job; its result parses with intelligencePreviewSchema. */
  startIntelligencePreview: { request: intelligenceRequestSchema, response: z.object({ jobId: jobIdSchema }) },
  /** Starts the export as a job; its result parses with intelligenceResultSchema. */
  startIntelligenceExport: { request: startIntelligenceRequestSchema, response: z.object({ jobId: jobIdSchema }) },
  listElectionPeriods: { request: empty, response: z.array(electionPeriodSchema) },
  addElectionPeriod: { request: electionPeriodInputSchema, response: electionPeriodSchema },
  removeElectionPeriod: { request: z.object({ id: idSchema }).strict(), response: z.array(electionPeriodSchema) },
} as const;
