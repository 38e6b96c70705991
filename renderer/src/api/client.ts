/**
 * The renderer's only way to the store: a typed client over `window.verbatim` (the
 * preload in Electron, the bridge in the web harness). A failed call never throws;
 * it answers `{ ok: false, error }` where `error.message` is plain English from the
 * `errors` resources and `error.detail` is what the service said, for the curious.
 */
import { METHODS, type Method, type RequestOf, type ResponseOf, type VerbatimApi } from '../../../shared/ipc/contract';
import { ERROR_CODES, type ErrorCode, type Result } from '../../../shared/result';
import i18n from '../i18n';

export interface ApiError {
  code: ErrorCode;
  /** Plain English for the person at the keyboard. */
  message: string;
  /** The service's own words (may name files); shown only on request. */
  detail: string;
  /** For TOO_MANY_ATTEMPTS: how long to wait before trying again. */
  retryAfterMs?: number;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type Api = { [M in Method]: (request: RequestOf<M>) => Promise<ApiResult<ResponseOf<M>>> };

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

/** The English message for an error code. */
export function messageFor(code: ErrorCode): string {
  return i18n.t(code, { ns: 'errors' });
}

export function toApiError(code: unknown, detail: string, retryAfterMs?: number): ApiError {
  const known = isErrorCode(code);
  return {
    code: known ? code : 'INTERNAL',
    message: known ? messageFor(code) : i18n.t('unexpected', { ns: 'errors' }),
    detail,
    ...(typeof retryAfterMs === 'number' && retryAfterMs >= 0 ? { retryAfterMs } : {}),
  };
}

type ErrorListener = (error: ApiError) => void;
const errorListeners = new Set<ErrorListener>();

/** Hears every failed call (the session uses it to notice a store locked elsewhere). */
export function onApiError(listener: ErrorListener): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

/** The bridge, if this page was given one. */
export function getBridge(): VerbatimApi | undefined {
  return (window as Window & { verbatim?: VerbatimApi }).verbatim;
}

function unwrap<T>(answer: Result<T> | null | undefined): ApiResult<T> {
  if (!answer || typeof answer !== 'object' || typeof answer.ok !== 'boolean') {
    return { ok: false, error: toApiError('INTERNAL', i18n.t('unexpected', { ns: 'errors' })) };
  }
  if (answer.ok) return { ok: true, value: answer.value };
  return { ok: false, error: toApiError(answer.code, answer.message, answer.retryAfterMs) };
}

async function call<M extends Method>(method: M, request: RequestOf<M>): Promise<ApiResult<ResponseOf<M>>> {
  const bridge = getBridge();
  if (!bridge) return { ok: false, error: toApiError('INTERNAL', i18n.t('unavailable', { ns: 'errors' })) };
  try {
    const fn = bridge[method] as (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
    const answer = unwrap(await fn(request));
    if (!answer.ok) for (const listener of errorListeners) listener(answer.error);
    return answer;
  } catch (error) {
    return { ok: false, error: toApiError('INTERNAL', error instanceof Error ? error.message : String(error)) };
  }
}

/** One method per channel, each with the contract's request and response types. */
export const api = Object.fromEntries(
  METHODS.map((method) => [method, (request: RequestOf<typeof method>) => call(method, request)]),
) as Api;
