import type { jobsContract } from '../../shared/jobs/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function jobHandlers({ jobs, users }: Services): HandlersFor<keyof typeof jobsContract> {
  return {
    getJobStatus: ({ jobId }) => jobs.status(jobId, users.require().id),
    cancelJob: ({ jobId }) => jobs.cancel(jobId, users.require().id),
  };
}
