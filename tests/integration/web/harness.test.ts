import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, HarnessOptions } from '../../../main/web/harness';
import { buildNodeEntry } from '../../helpers/build-node-entry';

let harness: Harness;
let origin: string;
let folder: string;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP so that the Host header and the path go out exactly as written. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeAll(async () => {
  const workerScript = await buildNodeEntry('main/worker/db-worker.ts', 'db-worker');
  const harnessScript = await buildNodeEntry('main/web/harness.ts', 'harness');
  // Lives for the whole file (tempFolder() folders are removed after each test).
  folder = mkdtempSync(join(tmpdir(), 'verbatim-harness-'));
  const rendererDir = join(folder, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(folder, 'secret.txt'), 'outside the renderer folder');
  writeFileSync(join(folder, 'bridge.js'), '/* bridge */');
  const { startHarness } = (await import(harnessScript)) as { startHarness: (o: HarnessOptions) => Promise<Harness> };
  harness = await startHarness({ dbPath: join(folder, 'store', 'verbatim.db'), rendererDir, bridgeFile: join(folder, 'bridge.js'), workerScript });
  origin = new URL(harness.url).origin;
});

afterAll(async () => {
  await harness?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the web harness', () => {
  const withToken = () => ({ 'X-Verbatim-Token': harness.token });

  it('listens on 127.0.0.1 only, with a long random token', () => {
    expect(new URL(harness.url).hostname).toBe('127.0.0.1');
    expect(harness.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses every request without the token', async () => {
    expect((await send('/')).status).toBe(403);
    expect((await send('/index.html')).status).toBe(403);
    const ipc = await send('/ipc/getStoreStatus', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(ipc.status).toBe(403);
    expect((await send('/?token=0123')).status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const answer = await send('/', { headers: { ...withToken(), Host: 'evil.example:80' } });
    expect(answer.status).toBe(421);
  });

  it('turns the token link into a strict HttpOnly cookie', async () => {
    const answer = await send(`/?token=${harness.token}`);
    expect(answer.status).toBe(303);
    expect(String(answer.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const cookie = String(answer.headers['set-cookie']).split(';')[0]!;
    const page = await send('/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
  });

  it('serves the UI with the strict CSP and the bridge script injected', async () => {
    const page = await send('/', { headers: withToken() });
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<script src="/__harness/bridge.js"');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
      const answer = await send(path, { headers: withToken() });
      expect(answer.body).not.toContain('outside the renderer folder');
    }
  });

  it('answers IPC calls through the same validated router', async () => {
    const headers = { ...withToken(), 'Content-Type': 'application/json' };
    const status = await send('/ipc/getStoreStatus', { method: 'POST', headers, body: '{}' });
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { state: 'absent' } });
    const invalid = await send('/ipc/createStore', { method: 'POST', headers, body: '{"organisation":"x"}' });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
    const unknown = await send('/ipc/eval', { method: 'POST', headers, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
    const notJson = await send('/ipc/getStoreStatus', { method: 'POST', headers, body: '{' });
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
    const get = await send('/ipc/getStoreStatus', { headers: withToken() });
    expect(get.status).toBe(405);
  });
});
