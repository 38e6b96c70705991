import { describe, expect, it } from 'vitest';
import { ageToBand, widenAgeBand } from '../../../shared/anonymise/index';

describe('age bands', () => {
  it.each([
    [0, '0-17'],
    [17, '0-17'],
    [18, '18-24'],
    [24.9, '18-24'],
    [25, '25-34'],
    [64, '55-64'],
    [84, '75-84'],
    [85, '85+'],
    [104, '85+'],
  ])('puts age %s in band %s', (age, band) => {
    expect(ageToBand(age)).toBe(band);
  });

  it('refuses ages that are not ages', () => {
    expect(ageToBand(-1)).toBeNull();
    expect(ageToBand(Number.NaN)).toBeNull();
    expect(ageToBand(200)).toBeNull();
  });

  it('widens bands for k-anonymity', () => {
    expect(widenAgeBand('25-34', 1)).toBe('18-34');
    expect(widenAgeBand('45-54', 1)).toBe('35-54');
    expect(widenAgeBand('85+', 1)).toBe('75+');
    expect(widenAgeBand('45-54', 2)).toBe('18-64');
    expect(widenAgeBand('75-84', 2)).toBe('65+');
    expect(widenAgeBand('nonsense', 1)).toBe('*');
  });
});
