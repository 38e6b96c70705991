import { describe, expect, it } from 'vitest';
import { csvCell, writeCsv } from '../../../shared/csv/write-csv';

describe('writing CSV (RFC 4180, for spreadsheets)', () => {
  it('starts with a BOM, ends every row with CRLF, and quotes commas, quotes and line breaks', () => {
    expect(writeCsv([['a', 'b'], ['x, y', 'say "hi"'], ['two\nlines', null]])).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",\r\n');
  });

  it('keeps text exact unless asked to guard against formulas', () => {
    expect(csvCell('=1+1')).toBe('=1+1');
    expect(csvCell('café 😀')).toBe('café 😀');
  });

  it.each([['=SUM(A1)'], ['+44 20'], ['-3'], ['@cmd'], ['\tx'], ['\rx']])('guards %j with an apostrophe', (value) => {
    expect(csvCell(value, { guardFormulas: true }).replace(/^"|"$/g, '').startsWith(`'${value[0]}`)).toBe(true);
  });

  it('leaves numbers and other text alone when guarding', () => {
    expect(csvCell(-3, { guardFormulas: true })).toBe('-3');
    expect(csvCell('a=b', { guardFormulas: true })).toBe('a=b');
  });
});
