import { describe, expect, it } from 'vitest';
import { kAnonymise, type QuasiRecord } from '../../../shared/anonymise/index';

type Row = QuasiRecord & { id: number };

function groupSizes(rows: readonly QuasiRecord[]): number[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = JSON.stringify([r.ageBand, r.sex, r.ethnicity, r.postcodeDistrict, r.service, r.month]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()];
}

const base = { sex: 'Female', ethnicity: 'White: English', service: 'GP', month: '2024-03' };

describe('k-anonymity', () => {
  it('leaves records alone when every group already has k members', () => {
    const rows: Row[] = Array.from({ length: 10 }, (_, id) => ({ id, ...base, ageBand: '25-34', postcodeDistrict: 'W9' }));
    const { records, report } = kAnonymise(rows);
    expect(records).toEqual(rows);
    expect(report.generalised).toEqual([]);
    expect(report.suppressedIndexes).toEqual([]);
    expect(report.smallestClass).toBe(10);
  });

  it('generalises until every group has at least k = 5 members, and reports how', () => {
    const districts = ['W9', 'W10', 'W11', 'W2', 'W1'];
    const rows: Row[] = Array.from({ length: 25 }, (_, id) => ({ id, ...base, ageBand: '25-34', postcodeDistrict: districts[id % 5]!, month: `2024-0${1 + (id % 3)}` }));
    const { records, report } = kAnonymise(rows);
    expect(records).toHaveLength(25);
    expect(Math.min(...groupSizes(records))).toBeGreaterThanOrEqual(5);
    expect(report.generalised.length).toBeGreaterThan(0);
    expect(report.generalised.map((g) => g.field)).toContain('postcodeDistrict');
    expect(records.every((r) => r.postcodeDistrict === 'W' || r.postcodeDistrict === '*')).toBe(true);
    expect(records[0]!.id).toBe(0); // other fields survive
  });

  it('widens the fields the recipient needs most only after every other field, still meeting k', () => {
    const services = ['GP A', 'GP B', 'GP C', 'GP D', 'GP E', 'GP F', 'GP G', 'GP H'];
    const rows: Row[] = Array.from({ length: 80 }, (_, id) => ({ id, ...base, service: services[id % 8]!, ageBand: ['18-24', '25-34', '35-44'][id % 3]!, postcodeDistrict: ['W9', 'W10'][id % 2]! }));
    const plain = kAnonymise(rows, { maxSuppressionRate: 0 });
    expect(plain.report.generalised[0]!.field).toBe('service');
    const { records, report } = kAnonymise(rows, { maxSuppressionRate: 0, keepLongest: ['service'] });
    expect(records.map((r) => r.service)).toEqual(rows.map((r) => r.service));
    expect(report.generalised.map((g) => g.field)).not.toContain('service');
    expect(Math.min(...groupSizes(records))).toBeGreaterThanOrEqual(5);
  });

  it('suppresses a few outliers instead of generalising everyone', () => {
    const rows: Row[] = [
      ...Array.from({ length: 40 }, (_, id) => ({ id, ...base, ageBand: '35-44', postcodeDistrict: 'NW6' })),
      { id: 40, ...base, ageBand: '85+', postcodeDistrict: 'E14', ethnicity: 'Asian or Asian British: Chinese' },
    ];
    const { records, report } = kAnonymise(rows, { k: 5, maxSuppressionRate: 0.05 });
    expect(report.suppressedIndexes).toEqual([40]);
    expect(report.generalised).toEqual([]);
    expect(records).toHaveLength(40);
    expect(report.outputRecords).toBe(40);
  });

  it('honours a different k and a chosen set of quasi-identifiers', () => {
    const rows: Row[] = Array.from({ length: 6 }, (_, id) => ({ id, ...base, ageBand: id < 3 ? '18-24' : '25-34', postcodeDistrict: 'W9' }));
    expect(kAnonymise(rows, { k: 3 }).report.generalised).toEqual([]);
    const wider = kAnonymise(rows, { k: 6, quasiIdentifiers: ['ageBand'], maxSuppressionRate: 0 });
    expect(new Set(wider.records.map((r) => r.ageBand))).toEqual(new Set(['18-34']));
  });

  it('ends with everything suppressed rather than loop when k cannot be met', () => {
    const rows: Row[] = [{ id: 1, ...base, ageBand: '18-24', postcodeDistrict: 'W9' }];
    const { records, report } = kAnonymise(rows, { k: 5, maxSuppressionRate: 0 });
    expect(records).toEqual([]);
    expect(report.suppressedIndexes).toEqual([0]);
  });
});
