/** The database worker's printer: the HTML goes to the thread that started the worker, which has one. */
import type { MessagePort } from 'node:worker_threads';
import { ServiceError } from '../../shared/result';
import type { PdfPrinter } from '../insight/report/pdf-printer';
import type { FromWorker, ToWorker } from './protocol';

export function printOnParent(port: MessagePort): PdfPrinter & { settle(message: Extract<ToWorker, { kind: 'printed' }>): void } {
  const waiting = new Map<number, (problem: string | null) => void>();
  let nextId = 1;
  return {
    print(html, path) {
      const id = nextId++;
      return new Promise<void>((resolve, reject) => {
        waiting.set(id, (problem) => (problem === null ? resolve() : reject(new ServiceError('INTERNAL', problem))));
        port.postMessage({ kind: 'print', id, html, path } satisfies FromWorker);
      });
    },
    settle(message) {
      const done = waiting.get(message.id);
      waiting.delete(message.id);
      done?.(message.problem);
    },
  };
}
