/** Messages between the main process and the database worker thread. */
import type { Method } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

export interface WorkerData {
  dbPath: string;
}

export type ToWorker = { kind: 'call'; id: number; method: Method; request: unknown } | { kind: 'close'; id: number };

export type FromWorker = { kind: 'result'; id: number; result: Result<unknown> } | { kind: 'closed'; id: number };
