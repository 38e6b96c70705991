/**
 * The app:// protocol that serves the built UI (never file://). Only files inside
 * dist/renderer are served; a path that tries to leave it gets 404, any other
 * unknown path is a screen of the single-page app and gets index.html. Every
 * response carries the strict Content-Security-Policy and the other security headers.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { protocol, type CustomScheme } from 'electron';
import { SECURITY_HEADERS } from '../security/csp';
import { contentTypeOf, resolveStaticPath } from '../security/static-files';
import { APP_HOST, APP_SCHEME } from './origin';

/** Standard (so relative URLs and origins work) and secure (so it counts as https-like). */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, corsEnabled: false, allowServiceWorkers: false, stream: false },
};

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
}

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export type AppRequestHandler = (request: Request) => Promise<Response>;

export function createAppRequestHandler(rendererDir: string): AppRequestHandler {
  const indexFile = join(rendererDir, 'index.html');
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.host !== APP_HOST) return plain(404, 'Not found');
    const resolved = resolveStaticPath(rendererDir, url.pathname);
    if (resolved === null) return plain(404, 'Not found');
    const file = (await isFile(resolved)) ? resolved : indexFile;
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return plain(404, 'Not found');
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
