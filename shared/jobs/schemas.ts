/** Long-running work (exports, imports) that reports progress and can be cancelled. */
import { z } from 'zod';
import { errorCodeSchema } from '../result';

export const jobIdSchema = z.string().regex(/^job-[0-9a-f]{16}$/);

export const jobProgressSchema = z.object({
  /** Units of work finished so far (stories, rows). */
  done: z.number().int().nonnegative(),
  /** How many units there are in all, when known. */
  total: z.number().int().nonnegative().nullable(),
  /** A key naming the current step, for the UI to put into words ("reading", "writing"...). */
  phase: z.string().max(40),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const jobStatusSchema = z.discriminatedUnion('state', [
  z.object({ id: jobIdSchema, kind: z.string(), state: z.literal('running'), progress: jobProgressSchema }),
  /** `result` is the job kind's own answer; the screen that started it parses it with that kind's schema. */
  z.object({ id: jobIdSchema, kind: z.string(), state: z.literal('done'), progress: jobProgressSchema, result: z.unknown() }),
  z.object({ id: jobIdSchema, kind: z.string(), state: z.literal('failed'), progress: jobProgressSchema, code: errorCodeSchema, message: z.string() }),
  z.object({ id: jobIdSchema, kind: z.string(), state: z.literal('cancelled'), progress: jobProgressSchema }),
]);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const jobStartedSchema = z.object({ jobId: jobIdSchema });
export type JobStarted = z.infer<typeof jobStartedSchema>;
