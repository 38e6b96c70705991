import type { Detection } from '../types';

// BS 7666 shape: outward A9, A99, AA9, AA99, A9A, AA9A; inward 9AA (inward letters never C I K M O V).
const POSTCODE = /(?<![\p{L}\p{N}])([A-Z]{1,2}\d[A-Z\d]?) {0,2}(\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/giu;
// Written with spaces inside it to dodge a filter ("N1 5 AA", "W10 6 DF", "E 2 7 D J"): capitals only.
const SPACED_POSTCODE = /(?<![\p{L}\p{N}])([A-Z](?: ?[A-Z])?) ?(\d)(?: ?([A-Z\d]))? {0,2}(\d) ?([ABD-HJLNP-UW-Z]) ?([ABD-HJLNP-UW-Z])(?![\p{L}\p{N}])/gu;

/** The Cabinet Office's letter rules for the outward code. */
export function isValidOutwardCode(outward: string): boolean {
  const o = outward.toUpperCase();
  return (
    /^[A-PR-UWYZ]\d{1,2}$/.test(o) ||
    /^[A-PR-UWYZ][A-HK-Y]\d{1,2}$/.test(o) ||
    /^[A-PR-UWYZ]\d[A-HJKPSTUW]$/.test(o) ||
    /^[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY]$/.test(o)
  );
}

export function detectPostcodes(text: string): Detection[] {
  const found: Detection[] = [];
  if (!/[A-Za-z] ?\d/.test(text)) return found;
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(text); m !== null; m = POSTCODE.exec(text)) {
    const outward = m[1] ?? '';
    if (!isValidOutwardCode(outward) && outward.toUpperCase() !== 'GIR') continue;
    found.push({ start: m.index, end: m.index + m[0].length, type: 'POSTCODE', confidence: 'high', rule: 'postcode.bs7666' });
  }
  SPACED_POSTCODE.lastIndex = 0;
  for (let m = SPACED_POSTCODE.exec(text); m !== null; m = SPACED_POSTCODE.exec(text)) {
    const outward = `${m[1]!.replace(' ', '')}${m[2]}${m[3] ?? ''}`;
    if (!isValidOutwardCode(outward) || found.some((d) => d.start < m!.index + m![0].length && m!.index < d.end)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, type: 'POSTCODE', confidence: 'high', rule: 'postcode.spaced' });
  }
  return found;
}
