import type { Detection } from '../types';

// Emails and URLs are found from their anchors ("@", "http", "www.") and grown by bounded
// loops, so a long run of letters without an "@" costs one pass, not one pass per letter.
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
const MAX_URL = 2048;
const URL_START = /\b(?:https?:\/\/|www\.)/gi;
/**
 * Hosts of public bodies and organisations (nhs.uk, gov.uk, .org.uk, .ac.uk, .org): their
 * web pages name no one, so they stay readable. An organisation's email address is still
 * masked, since it can be one person's.
 */
const PUBLIC_SECTOR_HOST = /(?:\.(?:nhs|gov|ac|sch|police|mod|parliament)\.uk|\.nhs\.net)$|^(?:www\.)?(?:nhs|gov)\.uk$/i;
/** An organisation's home page (no path): "www.healthwatchcamden.org.uk" names no one; "example.org/my-blog" may. */
const ORGANISATION_HOST = /\.(?:org\.uk|org|int|edu)$/i;

const isLocalChar = (c: string): boolean => /[A-Za-z0-9._%+'-]/.test(c);
const isDomainChar = (c: string): boolean => /[A-Za-z0-9.-]/.test(c);

function emailAt(text: string, at: number): Detection | null {
  let start = at;
  while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))) start--;
  while (start < at && /[.'-]/.test(text.charAt(start))) start++;
  if (start === at) return null;
  let end = at + 1;
  while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text.charAt(end))) end++;
  while (end > at + 1 && /[.-]/.test(text.charAt(end - 1))) end--; // sentence full stop
  const domain = text.slice(at + 1, end);
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/.test(domain)) return null;
  return { start, end, type: 'EMAIL', confidence: 'high', rule: 'email.pattern' };
}

export function detectEmails(text: string): Detection[] {
  const found: Detection[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at < lastEnd) continue;
    const hit = emailAt(text, at);
    if (hit && hit.start >= lastEnd) {
      found.push(hit);
      lastEnd = hit.end;
    }
  }
  return found;
}

export function detectUrls(text: string): Detection[] {
  const found: Detection[] = [];
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m !== null; m = URL_START.exec(text)) {
    let end = m.index + m[0].length;
    const limit = Math.min(text.length, m.index + MAX_URL);
    while (end < limit && !/[\s<>"]/.test(text.charAt(end))) end++;
    while (end > m.index && /[.,;:!?)\]'’]/.test(text.charAt(end - 1))) end--;
    if (end - m.index <= m[0].length + 1) continue;
    const host = text.slice(m.index, end).replace(/^https?:\/\//i, '').split(/[/?#:]/)[0] ?? '';
    const path = text.slice(m.index, end).replace(/^https?:\/\//i, '').slice(host.length);
    if (PUBLIC_SECTOR_HOST.test(host) || (ORGANISATION_HOST.test(host) && /^\/?$/.test(path))) continue;
    found.push({ start: m.index, end, type: 'URL', confidence: 'high', rule: 'url.pattern' });
    URL_START.lastIndex = end;
  }
  return found;
}
