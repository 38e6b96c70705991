/** IPC methods to follow and cancel a long-running job started by another method. */
import { z } from 'zod';
import { jobIdSchema, jobStatusSchema } from './schemas';

export const jobsContract = {
  getJobStatus: { request: z.object({ jobId: jobIdSchema }).strict(), response: jobStatusSchema },
  cancelJob: { request: z.object({ jobId: jobIdSchema }).strict(), response: jobStatusSchema },
} as const;
