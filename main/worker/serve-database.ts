/**
 * The database worker thread (started from db-worker.ts): owns the open SQLite
 * connection and runs every handler, so no query ever blocks the main process's
 * event loop. The same bundle also serves as the integrity-check thread (mode
 * 'integrity') and the thread that counts for the filter panel (mode 'counts').
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Clock } from '../core/clock';
import { createHandlers, createServices } from '../core/handlers';
import type { Method } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';
import { invokeHandler } from '../ipc/backend';
import { checkIntegrityInProcess } from '../store/integrity-check';
import { serveCounts, countsOnThread, type CountsWorkerData } from './counts-thread';
import { integrityCheckerOnThread, type IntegrityWorkerData } from './integrity-thread';
import { printOnParent } from './print-on-parent';
import type { FromWorker, ToWorker, WorkerData } from './protocol';

/** Requests that, once started, finish on another thread and need not hold up the queue. */
const OFF_QUEUE: ReadonlySet<Method> = new Set(['countStories']);

/**
 * Serves whichever part this thread was started as. `clockOf` gives the services'
 * clock: the system's, unless the web harness's own worker build passes another.
 */
export function serveDatabase(clockOf?: (data: WorkerData) => Clock): void {
  const port = parentPort;
  if (!port) throw new Error('db-worker must run as a worker thread');
  const data = workerData as WorkerData | IntegrityWorkerData | CountsWorkerData;
  if ('mode' in data && data.mode === 'counts') {
    serveCounts(data);
  } else if ('mode' in data) {
    checkIntegrityInProcess(data.dbPath, Buffer.from(data.dbKeyHex, 'hex')).then(
      (problem) => port.postMessage(problem),
      (error: unknown) => port.postMessage(error instanceof Error ? error.message : String(error)),
    );
  } else {
    serveRequests(port, data, clockOf?.(data));
  }
}

function serveRequests(port: MessagePort, data: WorkerData, clock: Clock | undefined): void {
  const printer = printOnParent(port);
  const services = createServices(data.dbPath, {
    integrityChecker: integrityCheckerOnThread(__filename),
    counter: (store) => countsOnThread(__filename, store),
    checkpointWhenIdle: true,
    syncTimer: true,
    printer,
    ...(clock ? { clock } : {}),
  });
  const handlers = createHandlers(services);

  // One request at a time, in arrival order: SQLite work is synchronous anyway, and
  // ordering keeps "save then list" from ever seeing the list first.
  let queue: Promise<void> = Promise.resolve();
  const answer = async (message: Extract<ToWorker, { kind: 'call' }>, result: Promise<Result<unknown>>) => {
    port.postMessage({ kind: 'result', id: message.id, result: await result } satisfies FromWorker);
    services.store.requestFinished();
    services.recentSearchCatchUp.requestFinished();
  };

  port.on('message', (message: ToWorker) => {
    // A print finished: the job waiting for it goes on between requests, as jobs do.
    if (message.kind === 'printed') {
      printer.settle(message);
      return;
    }
    queue = queue.then(async () => {
      if (message.kind === 'close') {
        services.store.lock();
        port.postMessage({ kind: 'closed', id: message.id } satisfies FromWorker);
        return;
      }
      const result = invokeHandler(handlers, message.method, message.request);
      // Counts start in turn (after every earlier request), then run on their own
      // thread while the queue moves on.
      if (OFF_QUEUE.has(message.method)) void answer(message, result);
      else await answer(message, result);
    });
  });
}
