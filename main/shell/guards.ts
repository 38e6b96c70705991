/**
 * What a page inside Verbatim may do beyond showing itself: almost nothing. It may
 * not navigate away from app://verbatim, open windows, attach webviews, ask for
 * any permission (camera, microphone, notifications, ...) or reach the network.
 */
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './origin';

/**
 * Schemes a request may use. Everything else is cancelled, including http:, https:,
 * ws:, wss:, ftp: and file:: the app makes no network requests and reads no files
 * from the renderer. data: and blob: stay in-page (CSP limits data: to images).
 */
const IN_PAGE_SCHEMES = new Set(['data:', 'blob:']);

export function isRequestAllowed(url: string, allowDevTools: boolean): boolean {
  if (isAppUrl(url)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (IN_PAGE_SCHEMES.has(protocol)) return true;
  // Developer tools load their own front end from devtools:// in development only.
  return allowDevTools && protocol === 'devtools:';
}

export function configureSessionGuards(session: Session, allowDevTools: boolean): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, allowDevTools) });
  });
  // Chromium's spellchecker would download dictionaries and mark people's words as wrong.
  session.setSpellCheckerEnabled(false);
}

export function configureContentsGuards(contents: WebContents, allowDevTools: boolean): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (!allowDevTools) contents.on('devtools-opened', () => contents.closeDevTools());
}

/** Both sets of guards, for a window's session and its contents. */
export function configureGuards(session: Session, contents: WebContents, allowDevTools = false): void {
  configureSessionGuards(session, allowDevTools);
  configureContentsGuards(contents, allowDevTools);
}
