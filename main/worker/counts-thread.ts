/**
 * The filter panel's counts on a thread of their own, each on a fresh read-only
 * connection, so that the database worker goes on answering searches and saves
 * while a million stories are counted. Only the newest count matters: a newer one
 * stops the thread of the one before (it answers CANCELLED), and so does locking.
 */
import { Worker } from 'node:worker_threads';
import { ServiceError, type ErrorCode } from '../../shared/result';
import type { User } from '../../shared/users/schemas';
import type { FacetCounts } from '../../shared/workbench/schemas';
import type { StoreService } from '../store/store-service';
import { countFacets, type CountRequest, type FacetCounter } from '../workbench/facet-counts';
import { openDatabase } from '../store/database';

export interface CountsWorkerData {
  mode: 'counts';
  dbPath: string;
  dbKeyHex: string;
  viewer: User;
  currentEventId: string | null;
  request: CountRequest;
}

type CountsAnswer = { ok: true; value: FacetCounts } | { ok: false; code: ErrorCode; message: string };

/** The thread's side: count, answer, and end. */
export function countOnThisThread(data: CountsWorkerData): CountsAnswer {
  const db = openDatabase(data.dbPath, Buffer.from(data.dbKeyHex, 'hex'), { readonly: true });
  try {
    return { ok: true, value: countFacets(db, data.viewer, data.currentEventId, data.request) };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, code: error.code, message: error.message };
    throw error;
  } finally {
    db.close();
  }
}

/** `script` is a bundle whose entry answers CountsWorkerData (the db-worker does). */
export function countsOnThread(script: string, store: StoreService): FacetCounter {
  let running: { worker: Worker; cancel: () => void } | null = null;
  const stop = () => running?.cancel();
  store.onLock(stop);

  return (viewer, currentEventId, request) => {
    stop();
    const { dbPath, dbKey } = store.readAccess();
    const data: CountsWorkerData = { mode: 'counts', dbPath, dbKeyHex: dbKey.toString('hex'), viewer, currentEventId, request };
    return new Promise<FacetCounts>((resolve, reject) => {
      const worker = new Worker(script, { workerData: data });
      const mine = {
        worker,
        cancel: () => {
          reject(new ServiceError('CANCELLED', 'A newer count replaced this one.'));
          void worker.terminate();
        },
      };
      running = mine;
      const settle = () => {
        if (running === mine) running = null;
      };
      worker.once('message', (answer: CountsAnswer) => {
        settle();
        if (answer.ok) resolve(answer.value);
        else reject(new ServiceError(answer.code, answer.message));
      });
      worker.once('error', (error) => {
        settle();
        reject(error);
      });
      worker.once('exit', (code) => {
        settle();
        reject(new Error(`the counts thread exited with ${code}`)); // no effect once settled
      });
    });
  };
}
