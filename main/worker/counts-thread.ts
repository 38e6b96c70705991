/**
 * The filter panel's counts on a thread of their own, with a read-only connection
 * of its own, so that the database worker goes on answering searches and saves
 * while a million stories are counted. The thread starts at the first count after
 * an unlock and is kept (its page cache stays warm) until the store locks. Only the
 * newest count matters: one asked for while another runs stops that thread (the
 * older count answers CANCELLED) and starts a fresh one (about a quarter of a second).
 */
import { parentPort, Worker } from 'node:worker_threads';
import { ServiceError, type ErrorCode } from '../../shared/result';
import type { User } from '../../shared/users/schemas';
import type { FacetCounts } from '../../shared/workbench/schemas';
import { openDatabase } from '../store/database';
import type { StoreService } from '../store/store-service';
import { countFacets, type CountRequest, type FacetCounter } from '../workbench/facet-counts';

export interface CountsWorkerData {
  mode: 'counts';
  dbPath: string;
  dbKeyHex: string;
}

interface CountsCall {
  id: number;
  viewer: User;
  currentEventId: string | null;
  request: CountRequest;
}

type CountsAnswer = { id: number } & ({ ok: true; value: FacetCounts } | { ok: false; code: ErrorCode; message: string });

/** The thread's side: open the store read-only, then answer counts until stopped. */
export function serveCounts(data: CountsWorkerData): void {
  const port = parentPort!;
  const db = openDatabase(data.dbPath, Buffer.from(data.dbKeyHex, 'hex'), { readonly: true });
  port.on('message', ({ id, viewer, currentEventId, request }: CountsCall) => {
    let answer: CountsAnswer;
    try {
      answer = { id, ok: true, value: countFacets(db, viewer, currentEventId, request) };
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      answer = { id, ok: false, code: error.code, message: error.message };
    }
    port.postMessage(answer);
  });
}

interface Pending {
  id: number;
  resolve(counts: FacetCounts): void;
  reject(error: Error): void;
}

/** `script` is a bundle whose entry serves CountsWorkerData (the db-worker does). */
export function countsOnThread(script: string, store: StoreService): FacetCounter {
  let thread: { worker: Worker; pending: Pending | null } | null = null;
  let lastId = 0;

  const stop = () => {
    if (!thread) return;
    thread.pending?.reject(new ServiceError('CANCELLED', 'A newer count replaced this one.'));
    void thread.worker.terminate();
    thread = null;
  };
  store.onLock(stop);

  const start = () => {
    const { dbPath, dbKey } = store.readAccess();
    const data: CountsWorkerData = { mode: 'counts', dbPath, dbKeyHex: dbKey.toString('hex') };
    const started = { worker: new Worker(script, { workerData: data }), pending: null as Pending | null };
    const fail = (error: Error) => {
      if (thread !== started) return;
      thread = null;
      started.pending?.reject(error);
    };
    started.worker.on('message', (answer: CountsAnswer) => {
      const pending = started.pending;
      if (!pending || pending.id !== answer.id) return;
      started.pending = null;
      if (answer.ok) pending.resolve(answer.value);
      else pending.reject(new ServiceError(answer.code, answer.message));
    });
    started.worker.once('error', fail);
    started.worker.once('exit', (code) => fail(new Error(`the counts thread stopped (${code})`)));
    return started;
  };

  return (viewer, currentEventId, request) => {
    if (thread?.pending) stop();
    const current = (thread ??= start());
    return new Promise<FacetCounts>((resolve, reject) => {
      const id = ++lastId;
      current.pending = { id, resolve, reject };
      current.worker.postMessage({ id, viewer, currentEventId, request } satisfies CountsCall);
    });
  };
}
