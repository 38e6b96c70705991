import { beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    send: () => {
      throw new Error('the preload must never use ipcRenderer.send');
    },
  },
}));

import { FILE_DIALOG_CHANNEL } from '../../shared/files/file-dialog';
import { channelOf, METHODS } from '../../shared/ipc/contract';

type ExposedApi = Record<string, (...args: unknown[]) => Promise<unknown>>;
let api: ExposedApi;

beforeAll(async () => {
  await import('../../main/preload/preload');
  api = electron.exposed.get('verbatim') as ExposedApi;
});

describe('the preload bridge', () => {
  it('exposes two things only: window.verbatim and the file dialog', () => {
    expect([...electron.exposed.keys()]).toEqual(['verbatim', 'verbatimFiles']);
  });

  it('offers the file dialog as one frozen function on its own fixed channel', async () => {
    const files = electron.exposed.get('verbatimFiles') as Record<string, (request: unknown) => Promise<unknown>>;
    expect(Object.keys(files)).toEqual(['choose']);
    expect(Object.isFrozen(files)).toBe(true);
    await files.choose!({ mode: 'open', title: 'Transfer file' });
    expect(electron.invoke).toHaveBeenLastCalledWith(FILE_DIALOG_CHANNEL, { mode: 'open', title: 'Transfer file' });
  });

  it('has exactly one named function per contract method and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) expect(typeof api[method], method).toBe('function');
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer', 'process', 'require']) expect(api).not.toHaveProperty(generic);
  });

  it('is frozen, so the page cannot add or swap methods', () => {
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('binds each method to its own fixed channel and passes only the request', async () => {
    for (const method of METHODS) {
      electron.invoke.mockClear();
      const request = { from: method };
      const fn = api[method];
      if (!fn) throw new Error(`missing ${method}`);
      const answer = await fn(request, 'extra argument', { channel: 'verbatim:createStore' });
      expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(channelOf(method), request);
      expect(answer).toEqual({ ok: true, value: { channel: channelOf(method), request } });
    }
  });
});
