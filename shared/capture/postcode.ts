/**
 * Cutting a postcode typed into the district field down to its outward code, so
 * that a full postcode is never stored with equality data.
 */
const FULL_POSTCODE = /^\s*(GIR\s*0AA|[A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})?\s*$/i;

export interface DistrictResult {
  /** The outward code, upper case, or null when the input is not a postcode at all. */
  district: string | null;
  /** True when a full postcode was typed and the inward part was dropped. */
  wasCut: boolean;
}

export function toPostcodeDistrict(typed: string): DistrictResult {
  const match = FULL_POSTCODE.exec(typed);
  if (!match) return { district: null, wasCut: false };
  const outward = match[1]!.toUpperCase().replace(/\s+/g, '');
  if (outward.startsWith('GIR')) return { district: 'GIR', wasCut: true };
  return { district: outward, wasCut: match[2] !== undefined };
}
