/**
 * The web harness's stand-in for the Electron preload: the same named methods on
 * `window.verbatim`, each posting to its own /ipc/<method> endpoint.
 */
import { METHODS, type VerbatimApi } from '../../shared/ipc/contract';

const api = Object.fromEntries(
  METHODS.map((method) => [
    method,
    async (request: unknown) => {
      const response = await fetch(`/ipc/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request ?? {}),
        credentials: 'same-origin',
      });
      if (!response.ok) return { ok: false, code: 'INTERNAL', message: `The harness answered ${response.status}.` };
      return response.json();
    },
  ]),
) as unknown as VerbatimApi;

Object.defineProperty(window, 'verbatim', { value: Object.freeze(api), writable: false, configurable: false });
