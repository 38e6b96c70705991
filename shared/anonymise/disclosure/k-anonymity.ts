import { widenAgeBand, AGE_BAND_LEVELS } from './age-bands';
import { districtToArea, ethnicityToBroadGroup, monthToQuarter, periodToYear } from './generalise';

/** Fields that together could single a person out. */
export const QUASI_IDENTIFIERS = ['ageBand', 'sex', 'ethnicity', 'postcodeDistrict', 'service', 'month'] as const;
export type QuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number];

export type QuasiRecord = { [K in QuasiIdentifier]?: string | null };

/** The value every generalisation ends at. */
export const SUPPRESSED = '*';

/** Generalisation ladders: level 0 is the value as given; the last level is always "*". */
const LADDERS: Readonly<Record<QuasiIdentifier, readonly ((value: string) => string)[]>> = {
  ageBand: [(v) => v, ...AGE_BAND_LEVELS.slice(1).map((_, i) => (v: string) => widenAgeBand(v, i + 1)), () => SUPPRESSED],
  sex: [(v) => v, () => SUPPRESSED],
  ethnicity: [(v) => v, (v) => ethnicityToBroadGroup(v), () => SUPPRESSED],
  postcodeDistrict: [(v) => v, (v) => districtToArea(v) ?? SUPPRESSED, () => SUPPRESSED],
  service: [(v) => v, () => SUPPRESSED],
  month: [(v) => v, (v) => monthToQuarter(v) ?? periodToYear(v) ?? SUPPRESSED, (v) => periodToYear(v) ?? SUPPRESSED, () => SUPPRESSED],
};

const LEVEL_NAMES: Readonly<Record<QuasiIdentifier, readonly string[]>> = {
  ageBand: ['age band', 'wider age band (0-17, 18-34, 35-54, 55-74, 75+)', 'broad age band (0-17, 18-64, 65+)', 'age removed'],
  sex: ['sex', 'sex removed'],
  ethnicity: ['ethnicity', 'broad ethnic group', 'ethnicity removed'],
  postcodeDistrict: ['postcode district', 'postcode area', 'postcode removed'],
  service: ['service', 'service removed'],
  month: ['month', 'quarter', 'year', 'date removed'],
};

export interface KAnonymityOptions {
  /** Smallest group of records that may share the same quasi-identifiers. Default 5. */
  k?: number;
  quasiIdentifiers?: readonly QuasiIdentifier[];
  /** Records in groups smaller than k are removed once they are at most this share of all records. Default 0.05. */
  maxSuppressionRate?: number;
  /**
   * Fields the recipient needs most (such as the service, for the trust that runs it):
   * widened only once every other field is as wide as it goes. k is met either way.
   */
  keepLongest?: readonly QuasiIdentifier[];
}

export interface Generalisation {
  field: QuasiIdentifier;
  level: number;
  description: string;
}

export interface KAnonymityReport {
  k: number;
  inputRecords: number;
  outputRecords: number;
  generalised: Generalisation[];
  /** Positions, in the input, of records removed because their group stayed smaller than k. */
  suppressedIndexes: number[];
  equivalenceClasses: number;
  smallestClass: number;
}

export interface KAnonymityResult<R> {
  records: R[];
  report: KAnonymityReport;
}

function generalise<R extends QuasiRecord>(record: R, fields: readonly QuasiIdentifier[], levels: Readonly<Record<QuasiIdentifier, number>>): R {
  const copy: R = { ...record };
  for (const field of fields) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    const ladder = LADDERS[field];
    const step = ladder[Math.min(levels[field], ladder.length - 1)]!;
    copy[field] = step(value) as R[typeof field];
  }
  return copy;
}

function groupKey(record: QuasiRecord, fields: readonly QuasiIdentifier[]): string {
  return JSON.stringify(fields.map((f) => record[f] ?? null));
}

/**
 * k-anonymity by generalising then suppressing (a Datafly-style greedy search): while some
 * group of identical quasi-identifiers is smaller than k, either remove the records in small
 * groups (when few enough) or generalise the field with the most distinct values one level.
 */
export function kAnonymise<R extends QuasiRecord>(records: readonly R[], options: KAnonymityOptions = {}): KAnonymityResult<R> {
  const k = options.k ?? 5;
  const maxSuppression = Math.floor(records.length * (options.maxSuppressionRate ?? 0.05));
  const fields = (options.quasiIdentifiers ?? QUASI_IDENTIFIERS).filter((f) => records.some((r) => r[f] !== undefined && r[f] !== null));
  const levels = Object.fromEntries(QUASI_IDENTIFIERS.map((f) => [f, 0])) as Record<QuasiIdentifier, number>;
  const generalised: Generalisation[] = [];

  for (;;) {
    const current = records.map((r) => generalise(r, fields, levels));
    const groups = new Map<string, number[]>();
    current.forEach((r, index) => {
      const key = groupKey(r, fields);
      const members = groups.get(key);
      if (members) members.push(index);
      else groups.set(key, [index]);
    });
    const small = [...groups.values()].filter((members) => members.length < k).flat();
    const canGeneralise = fields.filter((f) => levels[f] < LADDERS[f].length - 1);
    if (small.length === 0 || small.length <= maxSuppression || canGeneralise.length === 0) {
      const removed = new Set(small);
      const kept = current.filter((_, index) => !removed.has(index));
      const sizes = [...groups.values()].map((m) => m.length).filter((size) => size >= k);
      return {
        records: kept,
        report: {
          k,
          inputRecords: records.length,
          outputRecords: kept.length,
          generalised,
          suppressedIndexes: [...removed].sort((a, b) => a - b),
          equivalenceClasses: sizes.length,
          smallestClass: sizes.length > 0 ? Math.min(...sizes) : 0,
        },
      };
    }
    // Generalise the field that splits the records most, sparing the ones to keep longest.
    const spared = options.keepLongest ?? [];
    const others = canGeneralise.filter((f) => !spared.includes(f));
    const candidates = others.length > 0 ? others : canGeneralise;
    let best = candidates[0]!;
    let bestDistinct = -1;
    for (const field of candidates) {
      const distinct = new Set(current.map((r) => r[field] ?? null)).size;
      if (distinct > bestDistinct) {
        best = field;
        bestDistinct = distinct;
      }
    }
    levels[best] += 1;
    generalised.push({ field: best, level: levels[best], description: LEVEL_NAMES[best][levels[best]] ?? 'removed' });
  }
}
