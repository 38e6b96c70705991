import { toPostcodeDistrict } from '../../capture/postcode';

/** Dates to month and year ("2024-03"), the finest time an export carries. */
export function dateToMonth(date: Date | string): string | null {
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{2})/.exec(date.trim());
    if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]}` : null;
    date = new Date(date);
  }
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "2024-03" -> "2024-Q1". */
export function monthToQuarter(month: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  return `${m[1]}-Q${Math.floor((Number(m[2]) - 1) / 3) + 1}`;
}

/** "2024-03" or "2024-Q1" -> "2024". */
export function periodToYear(period: string): string | null {
  const m = /^(\d{4})-/.exec(period);
  return m ? (m[1] ?? null) : null;
}

/** Full postcode or district to district: "W9 3EU" -> "W9"; "w9" -> "W9" (the same rule capture uses). */
export const postcodeToDistrict = (value: string): string | null => toPostcodeDistrict(value).district;

/** District to postcode area: "NW10" -> "NW". */
export function districtToArea(district: string): string | null {
  const m = /^\s*([A-Z]{1,2})\d/i.exec(district);
  return m ? (m[1]?.toUpperCase() ?? null) : null;
}

/** The five broad groups of the 2021 Census ethnicity question, plus the answers that are not a group. */
export const BROAD_ETHNIC_GROUPS = ['Asian', 'Black', 'Mixed', 'White', 'Other'] as const;

const NOT_A_GROUP = /prefer not|not (?:stated|known|given)|unknown|declined/i;
// Order matters: "Asian or Asian British" and "Black British" are not White, and
// "White and Black Caribbean" is Mixed.
const BROAD_RULES: readonly (readonly [RegExp, string])[] = [
  [/mixed|multiple|white and (?:black|asian)/i, 'Mixed'],
  [/asian|indian|pakistani|bangladeshi|chinese|sri lankan|nepali|tamil/i, 'Asian'],
  [/black|african|caribbean/i, 'Black'],
  [/arab|other ethnic|any other/i, 'Other'],
  [/white|english|welsh|scottish|irish|british|gypsy|traveller|roma|polish|european/i, 'White'],
];

/** "Asian or Asian British: Bangladeshi" -> "Asian". Unrecognised values become "Other". */
export function ethnicityToBroadGroup(value: string): string {
  if (NOT_A_GROUP.test(value)) return 'Not stated';
  for (const [pattern, group] of BROAD_RULES) if (pattern.test(value)) return group;
  return 'Other';
}
