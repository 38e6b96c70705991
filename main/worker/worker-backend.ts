/** The main-process side of the database worker: a Backend that forwards calls. */
import { Worker } from 'node:worker_threads';
import type { Method } from '../../shared/ipc/contract';
import { err, type Result } from '../../shared/result';
import type { Backend } from '../ipc/backend';
import type { PdfPrinter } from '../insight/report/pdf-printer';
import type { FromWorker, ToWorker, WorkerData } from './protocol';

/** `printer`: prints the reports the worker builds (the worker has no browser); without one, a report cannot be printed. */
export function workerBackend(workerScript: string, data: WorkerData, printer?: PdfPrinter): Backend {
  const worker = new Worker(workerScript, { workerData: data });
  const pending = new Map<number, (message: FromWorker) => void>();
  let nextId = 1;
  let failure: Error | null = null;

  worker.on('message', (message: FromWorker) => {
    if (message.kind === 'print') {
      const answer = (problem: string | null) => worker.postMessage({ kind: 'printed', id: message.id, problem } satisfies ToWorker);
      if (!printer) answer('PDF printing is not available in this window of Verbatim.');
      else printer.print(message.html, message.path).then(() => answer(null), (error: unknown) => answer(error instanceof Error ? error.message : String(error)));
      return;
    }
    const resolve = pending.get(message.id);
    pending.delete(message.id);
    resolve?.(message);
  });
  const failAll = (error: Error) => {
    failure = error;
    for (const [id, resolve] of pending) {
      resolve({ kind: 'result', id, result: err('INTERNAL', 'The database worker stopped unexpectedly. Restart Verbatim.') });
    }
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`database worker exited with code ${code}`)));

  const send = (message: ToWorker): Promise<FromWorker> =>
    new Promise((resolve) => {
      if (failure) {
        resolve({ kind: 'result', id: message.id, result: err('INTERNAL', 'The database worker is not running. Restart Verbatim.') });
        return;
      }
      pending.set(message.id, resolve);
      worker.postMessage(message);
    });

  return {
    async call(method: Method, request: unknown): Promise<Result<unknown>> {
      const answer = await send({ kind: 'call', id: nextId++, method, request });
      return answer.kind === 'result' ? answer.result : err('INTERNAL', 'Unexpected answer from the database worker.');
    },
    async close() {
      if (!failure) await send({ kind: 'close', id: nextId++ });
      await worker.terminate();
    },
  };
}
