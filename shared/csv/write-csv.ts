/**
 * CSV as RFC 4180 describes it, for people who open it in a spreadsheet: UTF-8 with a
 * byte order mark (so Excel reads the accents), CRLF line ends, and any cell holding a
 * comma, quote or line break in double quotes with inner quotes doubled.
 */
export type CsvCell = string | number | null;

export interface CsvOptions {
  /**
   * Prefix an apostrophe to a cell that starts with = + - @ tab or carriage return, so a
   * spreadsheet shows it as text instead of running it as a formula (CSV injection).
   * It changes what the cell holds, so files that must keep text exact say so.
   */
  guardFormulas?: boolean;
}

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell, options: CsvOptions = {}): string {
  let text = value === null ? '' : String(value);
  if (options.guardFormulas && typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: readonly CsvCell[], options: CsvOptions = {}): string => cells.map((cell) => csvCell(cell, options)).join(',');

/** A whole file: BOM, then each row ended by CRLF (the last one too). */
export function writeCsv(rows: Iterable<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(csvRow(row, options));
  return `${CSV_BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}
