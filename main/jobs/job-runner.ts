/**
 * Runs one long job at a time beside ordinary requests. Starting a job answers at
 * once with its id; the work proceeds in batches between other requests, and the
 * screen polls its status and may cancel it. Jobs belong to the person who
 * started them.
 */
import { randomBytes } from 'node:crypto';
import type { JobProgress, JobStatus } from '../../shared/jobs/schemas';
import { ServiceError } from '../../shared/result';
import { toServiceError } from '../files/fs-errors';
import { createJobContext, type JobContext } from './job-context';

interface Job {
  status: JobStatus;
  ownerId: string;
  cancel(): void;
}

/** Finished jobs kept so that a late poll still sees the outcome. */
const FINISHED_KEPT = 20;

export class JobRunner {
  private readonly jobs = new Map<string, Job>();

  start(kind: string, ownerId: string, work: (context: JobContext) => Promise<unknown>): { jobId: string } {
    if ([...this.jobs.values()].some((job) => job.status.state === 'running')) {
      throw new ServiceError('JOB_RUNNING', 'Another export, import or preview is still running. Wait for it to finish or cancel it.');
    }
    const id = `job-${randomBytes(8).toString('hex')}`;
    let progress: JobProgress = { done: 0, total: null, phase: 'starting' };
    const context = createJobContext((done, total, phase) => {
      progress = { done, total, phase };
      if (job.status.state === 'running') job.status = { ...job.status, progress };
    });
    const job: Job = { ownerId, cancel: () => context.cancel(), status: { id, kind, state: 'running', progress } };
    this.jobs.set(id, job);
    void (async () => {
      try {
        // Let the start request answer before any work runs.
        await context.checkpoint();
        const result = await work(context);
        job.status = { id, kind, state: 'done', progress, result };
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'CANCELLED') {
          job.status = { id, kind, state: 'cancelled', progress };
        } else {
          const known = error instanceof ServiceError ? error : toServiceError(error, 'the file');
          if (known.code === 'INTERNAL') console.error(`verbatim: job ${kind} failed`, error);
          const message = known.code === 'INTERNAL' ? 'Something went wrong inside Verbatim. Nothing was kept.' : known.message;
          job.status = { id, kind, state: 'failed', progress, code: known.code, message };
        }
      }
      this.forgetOldJobs();
    })();
    return { jobId: id };
  }

  status(jobId: string, ownerId: string): JobStatus {
    return this.find(jobId, ownerId).status;
  }

  cancel(jobId: string, ownerId: string): JobStatus {
    const job = this.find(jobId, ownerId);
    if (job.status.state === 'running') job.cancel();
    return job.status;
  }

  private find(jobId: string, ownerId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job || job.ownerId !== ownerId) throw new ServiceError('NOT_FOUND', 'There is no such export or import.');
    return job;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.status.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT))) this.jobs.delete(id);
  }
}
