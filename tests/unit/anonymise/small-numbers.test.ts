import { describe, expect, it } from 'vitest';
import { suppressCount, suppressTable } from '../../../shared/anonymise/index';

describe('small-number suppression', () => {
  it('keeps 0, hides 1 to 7 and rounds the rest to the nearest 5', () => {
    expect([0, 1, 7, 8, 12, 13, 100, 1234].map((n) => suppressCount(n))).toEqual(['0', '*', '*', '10', '10', '15', '100', '1235']);
  });

  it('takes a configurable threshold, rounding base and symbol', () => {
    expect(suppressCount(9, { threshold: 9 })).toBe('*');
    expect(suppressCount(10, { threshold: 9, roundTo: 10 })).toBe('10');
    expect(suppressCount(14, { roundTo: 10 })).toBe('10');
    expect(suppressCount(3, { symbol: '<8' })).toBe('<8');
    expect(suppressCount(11, { roundTo: 1 })).toBe('11');
  });

  it('refuses counts that are not counts', () => {
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(2.5)).toThrow(RangeError);
  });

  it('applies the rule to every cell of a table', () => {
    const table = [
      { praise: 23, complaint: 4, neutral: 0 },
      { praise: 7, complaint: 58, neutral: 12 },
    ];
    expect(suppressTable(table)).toEqual([
      { praise: '25', complaint: '*', neutral: '0' },
      { praise: '*', complaint: '60', neutral: '10' },
    ]);
  });
});
