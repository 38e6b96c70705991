import type { Detection } from '../types';

// BS 7666 shape: outward A9, A99, AA9, AA99, A9A, AA9A; inward 9AA (inward letters never C I K M O V).
const POSTCODE = /(?<![\p{L}\p{N}])([A-Z]{1,2}\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/giu;

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
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(text); m !== null; m = POSTCODE.exec(text)) {
    const outward = m[1] ?? '';
    if (!isValidOutwardCode(outward) && outward.toUpperCase() !== 'GIR') continue;
    found.push({ start: m.index, end: m.index + m[0].length, type: 'POSTCODE', confidence: 'high', rule: 'postcode.bs7666' });
  }
  return found;
}
