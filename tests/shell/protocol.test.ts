import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electronProtocol = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }));
vi.mock('electron', () => ({ protocol: electronProtocol }));

import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../main/security/csp';
import { createAppRequestHandler, registerAppScheme, serveAppProtocol, type AppRequestHandler } from '../../main/shell/protocol';

const INDEX = '<!doctype html><title>Verbatim</title><script type="module" src="/assets/app.js"></script>';
const SECRET = 'root:x:0:0 secret outside the UI folder';

let root: string;
let rendererDir: string;
let handler: AppRequestHandler;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'verbatim-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  handler = createAppRequestHandler(rendererDir);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
}

describe('registering app://', () => {
  it('registers app as a standard, secure scheme that supports fetch, without bypassing CSP', () => {
    registerAppScheme();
    const [schemes] = electronProtocol.registerSchemesAsPrivileged.mock.calls[0] ?? [];
    expect(schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false }) },
    ]);
  });

  it('handles the app scheme', () => {
    serveAppProtocol(rendererDir);
    expect(electronProtocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('serving the UI', () => {
  it('serves index.html at the root with the strict CSP', async () => {
    const response = await get('app://verbatim/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(INDEX);
  });

  it('serves assets with their content type and the security headers', async () => {
    const script = await get('app://verbatim/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expectSecurityHeaders(script);
    const style = await get('app://verbatim/assets/app.css');
    expect(style.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it('answers unknown paths (screens of the single-page app) with index.html', async () => {
    for (const path of ['/stories', '/settings/security', '/assets']) {
      const response = await get(`app://verbatim${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe(INDEX);
      expectSecurityHeaders(response);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://verbatim/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://verbatim/', 'POST');
    expect(post.status).toBe(405);
    expectSecurityHeaders(post);
  });

  it('serves nothing for another host on the app scheme', async () => {
    const response = await get('app://elsewhere/index.html');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
  });
});

describe('path traversal', () => {
  it.each([
    'app://verbatim/%2e%2e%2fsecret.txt',
    'app://verbatim/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://verbatim/..%2fsecret.txt',
    'app://verbatim/assets/..%2f..%2fsecret.txt',
    'app://verbatim/..\\secret.txt',
    'app://verbatim/..%5csecret.txt',
    'app://verbatim/assets%5c..%5c..%5csecret.txt',
    'app://verbatim/%00index.html',
  ])('refuses %s with 404', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain(SECRET);
  });

  it.each(['app://verbatim/../secret.txt', 'app://verbatim/../../etc/passwd', 'app://verbatim/assets/../../secret.txt', 'app://verbatim/%2e%2e/secret.txt', 'app://verbatim/%2fetc%2fpasswd'])(
    'never leaves the UI folder for %s (dots folded by the URL parser, leading slashes kept inside)',
    async (url) => {
      const response = await get(url);
      const body = await response.text();
      expect(body).not.toContain(SECRET);
      expect(body).not.toMatch(/^root:/m);
      expectSecurityHeaders(response);
    },
  );
});
