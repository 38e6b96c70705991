/**
 * What a long-running piece of work is given: a way to report progress, and a
 * checkpoint that lets other requests run and stops the work when it is cancelled.
 * The same work runs under the app's job runner and under the command line.
 */
import { ServiceError } from '../../shared/result';

export interface JobContext {
  progress(done: number, total: number | null, phase: string): void;
  /**
   * Call between batches: gives the event loop to other requests (so the app stays
   * responsive and a cancel can arrive) and throws CANCELLED once cancelled.
   */
  checkpoint(): Promise<void>;
  readonly cancelled: boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createJobContext(onProgress: (done: number, total: number | null, phase: string) => void = () => {}): JobContext & { cancel(): void } {
  let cancelled = false;
  return {
    progress: onProgress,
    get cancelled() {
      return cancelled;
    },
    cancel() {
      cancelled = true;
    },
    async checkpoint() {
      await nextTurn();
      if (cancelled) throw new ServiceError('CANCELLED', 'The work was cancelled. Nothing was kept.');
    },
  };
}
