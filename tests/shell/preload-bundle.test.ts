/**
 * A sandboxed preload can only require a few modules, so it must be ONE file whose
 * only require is `electron`. Bundles the preload the way build.config.mjs does and
 * runs it in a bare VM context with a require that knows nothing but electron.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf, METHODS } from '../../shared/ipc/contract';

const outDir = mkdtempSync(join(tmpdir(), 'verbatim-preload-'));
const outfile = join(outDir, 'preload.cjs');
let code = '';

beforeAll(async () => {
  await build({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    entryPoints: [resolve(__dirname, '../../main/preload/preload.ts')],
    outfile,
    external: ['electron'],
    logLevel: 'silent',
  });
  code = readFileSync(outfile, 'utf8');
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the bundled preload', () => {
  it('requires electron and nothing else', () => {
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]));
    expect([...required]).toEqual(['electron']);
  });

  it('runs where only electron can be required and exposes the contract methods', async () => {
    const exposed = new Map<string, Record<string, (request: unknown) => Promise<unknown>>>();
    const invoked: Array<[string, unknown]> = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (request: unknown) => Promise<unknown>>) => exposed.set(key, api) },
      ipcRenderer: { invoke: async (channel: string, request: unknown) => void invoked.push([channel, request]) },
    };
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require "${name}"`);
    };
    const module = { exports: {} };
    // A sandboxed preload's `process` is a small subset; give it less than that.
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, process: { env: {}, platform: 'linux' }, console });
    const api = exposed.get('verbatim');
    expect(Object.keys(api ?? {}).sort()).toEqual([...METHODS].sort());
    await api?.getStoreStatus?.({});
    expect(invoked).toEqual([[channelOf('getStoreStatus'), {}]]);
  });
});
