import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../main/ipc/backend';
import { createRouter } from '../../../main/ipc/router';
import { workerBackend } from '../../../main/worker/worker-backend';
import { buildNodeEntry } from '../../helpers/build-node-entry';
import { ORGANISATION, PASSPHRASE, tempFolder } from '../../helpers/temp-store';

let workerScript: string;
let backend: Backend | undefined;

beforeAll(async () => {
  workerScript = await buildNodeEntry('main/worker/db-worker.ts', 'db-worker');
});
afterAll(async () => {
  await backend?.close();
});

describe('the database worker', () => {
  it('runs the real services off the main thread, with typed results', async () => {
    backend = workerBackend(workerScript, { dbPath: join(tempFolder(), 'verbatim.db') });
    const router = createRouter(backend);
    expect(await router.handle('getStoreStatus', {})).toMatchObject({ ok: true, value: { state: 'absent' } });
    const created = await router.handle('createStore', { organisation: ORGANISATION, passphrase: PASSPHRASE });
    expect(created).toMatchObject({ ok: true });
    expect(await router.handle('lockStore', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await router.handle('getSettings', {})).toMatchObject({ ok: false, code: 'STORE_LOCKED' });
    expect(await router.handle('unlockStore', { passphrase: 'wrong passphrase' })).toMatchObject({
      ok: false,
      code: 'WRONG_PASSPHRASE',
    });
    expect(await router.handle('unlockStore', { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { state: 'unlocked', organisation: ORGANISATION },
    });
    // The page-by-page check runs on its own thread and reports through the status.
    let status = await router.handle('getStoreStatus', {});
    for (let i = 0; i < 200 && status.ok && (status.value as { integrity: string }).integrity === 'checking'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await router.handle('getStoreStatus', {});
    }
    expect(status).toMatchObject({ ok: true, value: { integrity: 'ok', integrityProblem: null } });
    expect(await router.handle('updateSettings', { autoLockMinutes: 25 })).toMatchObject({
      ok: true,
      value: { autoLockMinutes: 25, organisation: ORGANISATION },
    });
  });

  it('keeps the main event loop free while the worker derives keys and opens the store', async () => {
    const worker = workerBackend(workerScript, { dbPath: join(tempFolder(), 'verbatim.db') });
    try {
      let last = performance.now();
      let longestGap = 0;
      const ticker = setInterval(() => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
      }, 5);
      const started = performance.now();
      await worker.call('createStore', { organisation: ORGANISATION, passphrase: PASSPHRASE });
      await worker.call('lockStore', {});
      await worker.call('unlockStore', { passphrase: PASSPHRASE });
      const elapsed = performance.now() - started;
      clearInterval(ticker);
      // The work takes most of a second (scrypt twice); the main loop must keep ticking throughout.
      expect(elapsed).toBeGreaterThan(300);
      expect(longestGap).toBeLessThan(250);
    } finally {
      await worker.close();
    }
  });
});
