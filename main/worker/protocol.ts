/** Messages between the main process and the database worker thread. */
import type { Method } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

export interface WorkerData {
  dbPath: string;
  /**
   * The web harness's worker build only (never the app's): an Int32Array's buffer
   * holding how many days "today" is moved by, so end-to-end tests can step months ahead.
   */
  clockShift?: SharedArrayBuffer;
}

export type ToWorker =
  | { kind: 'call'; id: number; method: Method; request: unknown }
  | { kind: 'close'; id: number }
  /** The answer to a print the worker asked for: null, or what went wrong. */
  | { kind: 'printed'; id: number; problem: string | null };

export type FromWorker =
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'closed'; id: number }
  /** The worker asks the main process to print a report's HTML to a PDF (it has no browser of its own). */
  | { kind: 'print'; id: number; html: string; path: string };
