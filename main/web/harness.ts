/**
 * The web harness: serves the built renderer and the real services over HTTP on
 * 127.0.0.1, for end-to-end tests in Chromium and for trying Verbatim where
 * Electron is unavailable. Never packaged (see electron-builder.yml and the test
 * that checks the production bundle).
 *
 * Every request needs the per-run token: the first page load carries it in the
 * URL and receives it as a strict, HttpOnly cookie; API calls may also send it as
 * a header. Host headers other than 127.0.0.1:<port> are refused (DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve } from 'node:path';
import { createRouter } from '../ipc/router';
import { SECURITY_HEADERS } from '../security/csp';
import { localToday } from '../users/user-service';
import { contentTypeOf, resolveStaticPath } from '../security/static-files';
import type { PdfPrinter } from '../insight/report/pdf-printer';
import { workerBackend } from '../worker/worker-backend';
import { chromiumPdfPrinter } from './chromium-printer';

export const HARNESS_MARKER = 'verbatim-web-harness';
const MAX_BODY_BYTES = 4 * 1024 * 1024;
const COOKIE = 'verbatim_token';

export interface HarnessOptions {
  dbPath: string;
  rendererDir: string;
  bridgeFile: string;
  workerScript: string;
  port?: number;
  /** Prints the quarterly report; Debian's Chromium unless given. */
  printer?: PdfPrinter;
}

export interface Harness {
  url: string;
  token: string;
  /**
   * Moves the services' "today" to `date` (YYYY-MM-DD), or back to the real date with
   * null. Only with the harness's own worker build (dist/web/db-worker.cjs).
   */
  setToday(date: string | null): void;
  close(): Promise<void>;
}

const sameToken = (given: string | undefined, token: string): boolean => {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
};

function cookieToken(request: IncomingMessage): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === COOKIE) return value;
  }
  return undefined;
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolveBody(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  response.end(body);
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = randomBytes(32).toString('hex');
  mkdirSync(dirname(options.dbPath), { recursive: true });
  const clockShift = new SharedArrayBuffer(4);
  const backend = workerBackend(options.workerScript, { dbPath: options.dbPath, clockShift }, options.printer ?? chromiumPdfPrinter());
  const router = createRouter(backend);
  const rendererDir = resolve(options.rendererDir);
  const bridge = readFileSync(options.bridgeFile);
  let port = 0;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.headers.host !== `127.0.0.1:${port}`) return send(response, 421, 'Wrong host');

    if (url.searchParams.has('token')) {
      if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return send(response, 403, 'Wrong token');
      return send(response, 303, '', 'text/plain', {
        Location: '/',
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    const given = (request.headers['x-verbatim-token'] as string | undefined) ?? cookieToken(request);
    if (!sameToken(given, token)) return send(response, 403, 'This page needs the link printed when the harness started.');

    if (url.pathname.startsWith('/ipc/')) {
      if (request.method !== 'POST') return send(response, 405, 'POST only');
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return send(response, 415, 'JSON only');
      const body = await readBody(request);
      if (body === null) return send(response, 413, 'Request too large');
      let payload: unknown;
      try {
        payload = body === '' ? {} : JSON.parse(body);
      } catch {
        return send(response, 400, JSON.stringify({ ok: false, code: 'INVALID_REQUEST', message: 'The request was not valid JSON.' }), 'application/json');
      }
      const result = await router.handle(url.pathname.slice('/ipc/'.length), payload);
      return send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }

    if (request.method !== 'GET') return send(response, 405, 'GET only');
    if (url.pathname === '/__harness/bridge.js') return send(response, 200, bridge, 'text/javascript; charset=utf-8');

    let file = resolveStaticPath(rendererDir, url.pathname);
    if (!file) return send(response, 404, 'Not found');
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      // An unknown path is a screen of the single-page app: serve index.html.
    }
    // Screens of the single-page app have no extension; a missing file (favicon.ico) is a 404.
    if (!isFile && extname(url.pathname) !== '') return send(response, 404, 'Not found');
    if (!isFile) file = join(rendererDir, 'index.html');
    let content = readFileSync(file);
    if (file.endsWith('index.html')) {
      content = Buffer.from(
        content.toString('utf8').replace('<head>', `<head>\n    <script src="/__harness/bridge.js" data-${HARNESS_MARKER}></script>`),
      );
    }
    return send(response, 200, content, contentTypeOf(file));
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('harness request failed', error);
      if (!response.headersSent) send(response, 500, 'Internal error');
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    setToday(date) {
      const days = date === null ? 0 : Math.round((Date.parse(`${date}T12:00:00`) - Date.parse(`${localToday()}T12:00:00`)) / 86_400_000);
      Atomics.store(new Int32Array(clockShift), 0, days);
    },
    async close() {
      // Keep-alive connections would hold close() open: end them as it starts.
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await closed;
      await backend.close();
    },
  };
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (require.main === module) {
  const dist = resolve(__dirname, '..');
  const dbPath = resolve(argValue('--db') ?? join(process.cwd(), '.tmp', 'web', 'verbatim.db'));
  startHarness({
    dbPath,
    rendererDir: join(dist, 'renderer'),
    bridgeFile: join(__dirname, 'bridge.js'),
    workerScript: join(__dirname, 'db-worker.cjs'),
    port: Number(argValue('--port') ?? 0),
  }).then(
    (harness) => {
      process.stdout.write(`Verbatim web harness (for testing; not the desktop app)\nstore: ${dbPath}\nopen: ${harness.url}\n`);
      const stop = () => harness.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      process.stderr.write(`verbatim web harness: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
