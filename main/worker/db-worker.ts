/**
 * The database worker thread: owns the open SQLite connection and runs every
 * handler, so no query ever blocks the main process's event loop. The same bundle
 * also serves as the integrity-check thread (mode 'integrity').
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createHandlers, createServices } from '../core/handlers';
import { invokeHandler } from '../ipc/backend';
import { checkIntegrityInProcess } from '../store/store-service';
import { integrityCheckerOnThread, type IntegrityWorkerData } from './integrity-thread';
import type { FromWorker, ToWorker, WorkerData } from './protocol';

const port = parentPort;
if (!port) throw new Error('db-worker must run as a worker thread');

const data = workerData as WorkerData | IntegrityWorkerData;

if ('mode' in data) {
  checkIntegrityInProcess(data.dbPath, Buffer.from(data.dbKeyHex, 'hex')).then(
    (problem) => port.postMessage(problem),
    (error: unknown) => port.postMessage(error instanceof Error ? error.message : String(error)),
  );
} else {
  const services = createServices(data.dbPath, { integrityChecker: integrityCheckerOnThread(__filename), checkpointWhenIdle: true });
  const handlers = createHandlers(services);

  // One request at a time, in arrival order: SQLite work is synchronous anyway, and
  // ordering keeps "save then list" from ever seeing the list first.
  let queue: Promise<void> = Promise.resolve();

  port.on('message', (message: ToWorker) => {
    queue = queue.then(async () => {
      if (message.kind === 'close') {
        services.store.lock();
        port.postMessage({ kind: 'closed', id: message.id } satisfies FromWorker);
        return;
      }
      const result = await invokeHandler(handlers, message.method, message.request);
      port.postMessage({ kind: 'result', id: message.id, result } satisfies FromWorker);
      services.store.requestFinished();
    });
  });
}
