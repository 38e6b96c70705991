/**
 * The one origin the UI is served from. Everything that decides "is this ours?"
 * (navigation, network requests, IPC senders) asks this module.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'verbatim';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/`;

/**
 * True when `url` is on app://verbatim. Compares scheme and host rather than
 * `URL.origin`, because Node's URL reports "null" as the origin of custom schemes.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
