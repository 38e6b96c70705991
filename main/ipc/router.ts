/**
 * The gate every request passes, from Electron IPC or the web harness alike: the
 * method must exist in the contract and the request must pass its schema before
 * any handler sees it. Answers are always typed results.
 */
import { contract, isMethod, type Method } from '../../shared/ipc/contract';
import { err, type Result } from '../../shared/result';
import type { Backend } from './backend';

export interface Router {
  handle(method: string, request: unknown): Promise<Result<unknown>>;
}

export function createRouter(backend: Backend): Router {
  return {
    async handle(method, request) {
      if (!isMethod(method)) return err('INVALID_REQUEST', `Unknown request "${method}".`);
      const parsed = contract[method as Method].request.safeParse(request ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
        return err('INVALID_REQUEST', `The request was not valid${where}: ${issue?.message ?? 'unknown problem'}.`);
      }
      return backend.call(method as Method, parsed.data);
    },
  };
}
