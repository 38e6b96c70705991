/**
 * Runs the store's page-by-page integrity check on a thread of its own, so that
 * the database worker keeps answering requests while a large store is checked.
 */
import { Worker } from 'node:worker_threads';
import type { IntegrityChecker } from '../store/integrity-check';

export interface IntegrityWorkerData {
  mode: 'integrity';
  dbPath: string;
  dbKeyHex: string;
}

/** `script` is a bundle whose entry answers IntegrityWorkerData (the db-worker does). */
export const integrityCheckerOnThread =
  (script: string): IntegrityChecker =>
  (dbPath, dbKey) =>
    new Promise((resolve, reject) => {
      const data: IntegrityWorkerData = { mode: 'integrity', dbPath, dbKeyHex: dbKey.toString('hex') };
      const worker = new Worker(script, { workerData: data });
      worker.once('message', (problem: string | null) => resolve(problem));
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`integrity check exited with ${code}`))));
    });
