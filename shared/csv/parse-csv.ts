/**
 * An RFC 4180 CSV reader that returns every cell exactly as written: no trimming,
 * no normalising (the words are sacred). Commas, semicolons or tabs, found from
 * the header line; quoted fields with delimiters, doubled quotes and line breaks
 * inside; CRLF, LF or CR line ends. Problems carry the row number a person sees
 * in their spreadsheet (the header is row 1). Pure: no Node APIs.
 */
import { ServiceError } from '../result';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** The spreadsheet row number: the header is row 1, the first answer row 2. */
  row: number;
  cells: string[];
}

export interface CsvProblem {
  row: number;
  message: string;
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  header: string[];
  /** Every row under the header, including those with a problem (so counts add up). Blank lines are left out. */
  rows: CsvRow[];
  problems: CsvProblem[];
}

export const MAX_CSV_ROWS = 200_000;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export function parseCsv(text: string, maxRows = MAX_CSV_ROWS): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const records = readRecords(text, delimiter.charCodeAt(0), maxRows);
  const first = records.shift();
  if (!first || (first.cells.length === 1 && first.cells[0] === '')) {
    throw new ServiceError('CSV_INVALID', 'The file is empty: the first row should hold the column names.');
  }
  if (first.problem) throw new ServiceError('CSV_INVALID', `Row 1, the column names: ${first.problem}`);
  const header = first.cells;
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  for (const record of records) {
    const blank = record.cells.length === 1 && record.cells[0] === '' && !record.problem;
    if (blank) continue;
    rows.push({ row: record.row, cells: record.cells });
    if (record.problem) problems.push({ row: record.row, message: record.problem });
    else if (record.cells.length !== header.length) {
      problems.push({
        row: record.row,
        message: `Row ${record.row} has ${record.cells.length} ${record.cells.length === 1 ? 'field' : 'fields'} but the header has ${header.length}.`,
      });
    }
  }
  return { delimiter, header, rows, problems };
}

/** The delimiter that splits the header line most often, outside quotes; a comma when none does. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

interface CsvRecord {
  row: number;
  cells: string[];
  problem: string | null;
}

function readRecords(text: string, delimiter: number, maxRows: number): CsvRecord[] {
  const records: CsvRecord[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (records.length > maxRows) {
      throw new ServiceError('CSV_INVALID', `The file has more than ${maxRows.toLocaleString('en-GB')} rows. Split it into smaller files and import each.`);
    }
    const cells: string[] = [];
    let problem: string | null = null;
    // A record is one spreadsheet row, however many line breaks its quoted cells hold.
    const startRow = records.length + 1;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        // A quoted field: runs to the next quote not doubled, across delimiters and line breaks.
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) {
            value += text.slice(from);
            i = length;
            problem = `A quote opened in row ${startRow} is never closed, so the rest of the file is inside it.`;
            break;
          }
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        if (problem) {
          cells.push(value);
          break;
        }
        const next = text.charCodeAt(i);
        if (i < length && next !== delimiter && next !== LF && next !== CR) {
          // Text after a closing quote: keep it as written, and say so.
          const end = fieldEnd(text, i, delimiter);
          value += text.slice(i, end);
          problem ??= `Row ${startRow}, column ${cells.length + 1} has text after its closing quote.`;
          i = end;
        }
        cells.push(value);
      } else {
        const end = fieldEnd(text, i, delimiter);
        cells.push(text.slice(i, end));
        i = end;
      }
      const c = text.charCodeAt(i);
      if (i < length && c === delimiter) {
        i += 1;
        continue;
      }
      if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (c === LF) i += 1;
      break;
    }
    records.push({ row: startRow, cells, problem });
  }
  return records;
}

/** Where an unquoted field ends: at the delimiter or line break, or the end of the text. */
function fieldEnd(text: string, from: number, delimiter: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === delimiter || c === LF || c === CR) return i;
    i += 1;
  }
  return i;
}
