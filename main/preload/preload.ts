/**
 * The sandboxed preload (bundled into one file; it may only require `electron`).
 * It exposes `window.verbatim` with one named method per contract channel, each
 * bound to its own fixed channel. No generic invoke or send, no ipcRenderer, no
 * process: a compromised page can only make the requests the contract lists, and
 * main still checks every one.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { FILE_DIALOG_CHANNEL, type VerbatimFiles } from '../../shared/files/file-dialog';
import { channelOf, METHODS, type VerbatimApi } from '../../shared/ipc/contract';

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;

export function buildVerbatimApi(invoke: Invoke): VerbatimApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const method of METHODS) {
    const channel = channelOf(method);
    // Only the request crosses: no extra arguments, no event objects.
    api[method] = (request: unknown) => invoke(channel, request);
  }
  return Object.freeze(api) as unknown as VerbatimApi;
}

contextBridge.exposeInMainWorld(
  'verbatim',
  buildVerbatimApi((channel, request) => ipcRenderer.invoke(channel, request)),
);

// The native file dialog: one fixed channel; it answers with a path or null.
const files: VerbatimFiles = { choose: (request) => ipcRenderer.invoke(FILE_DIALOG_CHANNEL, request) as Promise<string | null> };
contextBridge.exposeInMainWorld('verbatimFiles', Object.freeze(files));
