import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../main/ipc/backend';
import { createRouter } from '../../../main/ipc/router';
import { workerBackend } from '../../../main/worker/worker-backend';
import { buildNodeEntry } from '../../helpers/build-node-entry';
import { story } from '../../helpers/story-fixture';
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

  it('counts for the filter panel on a thread of their own: the queue moves on, and a newer count or a lock replaces the one running', async () => {
    const worker = workerBackend(workerScript, { dbPath: join(tempFolder(), 'verbatim.db') });
    const router = createRouter(worker);
    try {
      await router.handle('createStore', { organisation: ORGANISATION, passphrase: PASSPHRASE });
      await router.handle('createFirstUser', { name: 'Ada Admin', pin: '2468' });
      for (const [text, channel] of [
        ['We waited at the pharmacy.', 'phone'],
        ['The nurse was kind.', 'drop-in'],
        ['We waited at the GP.', 'phone'],
      ] as const) {
        expect(await router.handle('saveStory', story({ text, channel }))).toMatchObject({ ok: true });
      }
      const finished: string[] = [];
      const counting = router.handle('countStories', { query: 'waited', filters: {} }).then((answer) => (finished.push('counts'), answer));
      const status = router.handle('getStoreStatus', {}).then((answer) => (finished.push('status'), answer));
      const [counts] = await Promise.all([counting, status]);
      // Asked second, answered first: the count did not hold up the queue.
      expect(finished).toEqual(['status', 'counts']);
      expect(counts).toMatchObject({ ok: true, value: { total: 2, channels: [{ value: 'phone', count: 2 }] } });
      // The thread is kept between counts, and sees what was saved since.
      await router.handle('saveStory', story({ text: 'We waited again.', channel: 'drop-in' }));
      expect(await router.handle('countStories', { query: 'waited', filters: {} })).toMatchObject({ ok: true, value: { total: 3 } });

      const older = router.handle('countStories', { query: '', filters: { channels: ['phone'] } });
      const newer = router.handle('countStories', { query: '', filters: { channels: ['drop-in'] } });
      expect(await older).toMatchObject({ ok: false, code: 'CANCELLED' });
      expect(await newer).toMatchObject({ ok: true, value: { total: 2 } });

      const locked = router.handle('countStories', { query: 'nurse', filters: {} });
      await router.handle('lockStore', {});
      expect(await locked).toMatchObject({ ok: false, code: 'CANCELLED' });
      // Unlocked again, a new thread counts with the store's key.
      await router.handle('unlockStore', { passphrase: PASSPHRASE });
      await router.handle('signIn', { userId: ((await router.handle('listUsers', {})) as { value: Array<{ id: string }> }).value[0]!.id, pin: '2468' });
      expect(await router.handle('countStories', { query: 'nurse', filters: {} })).toMatchObject({ ok: true, value: { total: 1 } });
    } finally {
      await worker.close();
    }
  });
});
