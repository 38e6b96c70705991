import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../main/ipc/router';
import type { Backend } from '../../../main/ipc/backend';
import { ok } from '../../../shared/result';

function recordingBackend() {
  const call = vi.fn<Backend['call']>(async () => ok({ recoveryKey: 'x' }));
  return { backend: { call, close: async () => {} } satisfies Backend, call };
}

describe('the IPC router', () => {
  it('refuses an unknown method before any handler runs', async () => {
    const { backend, call } = recordingBackend();
    const result = await createRouter(backend).handle('dropTables', {});
    expect(result).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses a request that fails its schema, naming the field', async () => {
    const { backend, call } = recordingBackend();
    const result = await createRouter(backend).handle('createStore', { organisation: 'Healthwatch', passphrase: 'short' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
    expect(result.ok === false && result.message).toMatch(/passphrase/);
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses unexpected extra fields (strict schemas)', async () => {
    const { backend, call } = recordingBackend();
    const result = await createRouter(backend).handle('lockStore', { everything: true });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
    expect(call).not.toHaveBeenCalled();
  });

  it('passes the parsed request to the backend and returns its answer', async () => {
    const { backend, call } = recordingBackend();
    const request = { organisation: 'Healthwatch Westminster', passphrase: 'a long enough passphrase ' };
    const result = await createRouter(backend).handle('createStore', request);
    expect(result).toEqual({ ok: true, value: { recoveryKey: 'x' } });
    // Passphrases are not trimmed on the way through.
    expect(call).toHaveBeenCalledWith('createStore', request);
  });
});
