import type { Detection } from '../types';

// Two letters, six digits (grouped in pairs or not), an optional suffix A-D.
// Pairs may be separated by spaces, or consistently by dashes or dots ("SZ-74-20-18-A", "SZ.74.20.18.A").
const NINO = /(?<![\p{L}\p{N}])([A-Za-z])([A-Za-z])(?: ?(\d{2}) ?(\d{2}) ?(\d{2})(?: ?([A-Da-d]))?|([-.])(\d{2})\7(\d{2})\7(\d{2})(?:\7([A-Da-d]))?)(?![\p{L}\p{N}]|[-.]\p{N})/gu;
// Dashes or dots around the six digits written together: "WP-116438-B", "wp.116438.b".
const DASHED_BLOCK_NINO = /(?<![\p{L}\p{N}])([A-Za-z])([A-Za-z])([-.])(\d{6})(?:\3([A-Da-d]))?(?![\p{L}\p{N}]|[-.]\p{N})/gu;
// Every character set apart to dodge a filter: "J M 7 0 0 8 3 4 C".
const SPACED_NINO = /(?<![\p{L}\p{N}])([A-Za-z]) ([A-Za-z]) (\d) (\d) (\d) (\d) (\d) (\d)(?: ([A-Da-d]))?(?![\p{L}\p{N}])/gu;
const NEVER_EITHER = /[DFIQUV]/;
const EVEN_SPACING = /^ ?(?:\d{6}|\d{2} \d{2} \d{2})(?: ?[A-Da-d])?$/;
const INVALID_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const NI_CUE = /\b(?:N\.?I\.?|national insurance|nino|insurance)\b/i;

/** HMRC rules (NIM39110): D F I Q U V never used, O never second, some prefixes never issued. */
export function isValidNinoPrefix(prefix: string): boolean {
  const upper = prefix.toUpperCase();
  if (upper.length !== 2) return false;
  if (NEVER_EITHER.test(upper)) return false;
  if (upper[1] === 'O') return false;
  return !INVALID_PREFIXES.has(upper);
}

export function detectNinos(text: string): Detection[] {
  const found: Detection[] = [];
  if (!/\d/.test(text)) return found;
  SPACED_NINO.lastIndex = 0;
  for (let m = SPACED_NINO.exec(text); m !== null; m = SPACED_NINO.exec(text)) {
    const prefix = `${m[1]}${m[2]}`;
    const cued = prefix === prefix.toUpperCase() || NI_CUE.test(text.slice(Math.max(0, m.index - 60), m.index));
    if (isValidNinoPrefix(prefix) && cued) found.push({ start: m.index, end: m.index + m[0].length, type: 'NINO', confidence: 'high', rule: 'nino.spaced' });
  }
  DASHED_BLOCK_NINO.lastIndex = 0;
  for (let m = DASHED_BLOCK_NINO.exec(text); m !== null; m = DASHED_BLOCK_NINO.exec(text)) {
    const prefix = `${m[1]}${m[2]}`;
    const cued = (prefix === prefix.toUpperCase() && m[5] !== undefined) || NI_CUE.test(text.slice(Math.max(0, m.index - 60), m.index));
    if (isValidNinoPrefix(prefix) && cued) found.push({ start: m.index, end: m.index + m[0].length, type: 'NINO', confidence: 'high', rule: 'nino.dashed' });
  }
  NINO.lastIndex = 0;
  for (let m = NINO.exec(text); m !== null; m = NINO.exec(text)) {
    const prefix = `${m[1]}${m[2]}`;
    if (!isValidNinoPrefix(prefix)) continue;
    // Spaced in pairs or not at all: "PC 4021 88" is a reference, not a number grouped by HMRC.
    if (m[7] === undefined && !EVEN_SPACING.test(m[0].slice(2))) continue;
    const suffix = m[6] ?? m[11];
    // Lowercase "at 12 34 56" is more often words and a number: ask for a suffix or an NI cue.
    if (prefix !== prefix.toUpperCase() || (suffix !== undefined && suffix !== suffix.toUpperCase())) {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      if (suffix === undefined && !NI_CUE.test(before)) continue;
    }
    found.push({ start: m.index, end: m.index + m[0].length, type: 'NINO', confidence: 'high', rule: 'nino.hmrc' });
  }
  return found;
}
