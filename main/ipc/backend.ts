/**
 * Where validated requests go: straight to the handlers (CLI, tests) or to the
 * database worker thread (the app and the web harness).
 */
import type { Method } from '../../shared/ipc/contract';
import { err, ok, ServiceError, type Result } from '../../shared/result';
import type { Handlers } from '../core/handler-types';
import { toServiceError } from '../files/fs-errors';

export interface Backend {
  call(method: Method, request: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/** Runs a handler and turns whatever it throws into a typed result. */
export async function invokeHandler(handlers: Handlers, method: Method, request: unknown): Promise<Result<unknown>> {
  try {
    const handler = handlers[method] as (request: unknown) => unknown;
    return ok(await handler(request));
  } catch (error) {
    if (error instanceof ServiceError) return err(error.code, error.message, { retryAfterMs: error.retryAfterMs });
    // A full disk, a read-only folder or a damaged file mid-request: say which, plainly.
    const known = toServiceError(error, 'the store');
    if (known.code !== 'INTERNAL') return err(known.code, known.message);
    // Unexpected failures keep their detail out of the UI; the code says what happened.
    console.error(`verbatim: ${method} failed`, error);
    return err('INTERNAL', 'Something went wrong inside Verbatim. Nothing was changed by this request.');
  }
}

export function inProcessBackend(handlers: Handlers, onClose: () => void = () => {}): Backend {
  return {
    call: (method, request) => invokeHandler(handlers, method, request),
    close: async () => onClose(),
  };
}
