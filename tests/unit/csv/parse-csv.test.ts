import { describe, expect, it } from 'vitest';
import { decodeCsv, MAX_CSV_BYTES } from '../../../shared/csv/decode-csv';
import { parseCsv } from '../../../shared/csv/parse-csv';
import { ServiceError } from '../../../shared/result';

const utf8 = (text: string) => new TextEncoder().encode(text);
const cellsOf = (text: string) => parseCsv(text).rows.map((row) => row.cells);

function refusal(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseCsv', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const parsed = parseCsv('words,date\n"It was slow, really slow",2026-03-14\n"She said ""wait""\nthen left",2026-03-15\n');
    expect(parsed.header).toEqual(['words', 'date']);
    expect(parsed.rows).toEqual([
      { row: 2, cells: ['It was slow, really slow', '2026-03-14'] },
      { row: 3, cells: ['She said "wait"\nthen left', '2026-03-15'] },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('keeps CRLF, LF and CR line breaks inside a quoted cell exactly', () => {
    expect(cellsOf('a,b\r\n"one\r\ntwo\rthree\nfour",x\r\n')).toEqual([['one\r\ntwo\rthree\nfour', 'x']]);
  });

  it.each([
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['LF', 'a,b\n1,2\n3,4\n'],
    ['CR', 'a,b\r1,2\r3,4\r'],
    ['no final line break', 'a,b\n1,2\n3,4'],
    ['empty trailing lines', 'a,b\n1,2\n3,4\n\n\r\n\n'],
  ])('reads %s line ends', (_name, text) => {
    expect(parseCsv(text).rows).toEqual([
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: ['3', '4'] },
    ]);
  });

  it('returns cells exactly: leading and trailing spaces, tabs and non-ASCII kept', () => {
    const words = '  Dr Ó Súilleabháin was kind — 谢谢 🙏 ';
    expect(cellsOf(`text,n\n"${words}", 7 \n`)).toEqual([[words, ' 7 ']]);
  });

  it('detects semicolon- and tab-delimited files from the header line', () => {
    const semicolons = parseCsv('Tell us;Date\n"a;b, c";14/03/2026\n');
    expect(semicolons.delimiter).toBe(';');
    expect(semicolons.rows[0]!.cells).toEqual(['a;b, c', '14/03/2026']);
    const tabs = parseCsv('Tell us\tDate\na, b; c\t14/03/2026\n');
    expect(tabs.delimiter).toBe('\t');
    expect(tabs.rows[0]!.cells).toEqual(['a, b; c', '14/03/2026']);
    expect(parseCsv('"a;b",c\n1,2\n').delimiter).toBe(',');
  });

  it('reports ragged rows with the row number a spreadsheet shows, counting multi-line cells as one row', () => {
    const parsed = parseCsv('a,b,c\n"x\ny",2,3\n1,2\n1,2,3,4\n1,2,3\n');
    expect(parsed.rows.map((row) => row.row)).toEqual([2, 3, 4, 5]);
    expect(parsed.problems).toEqual([
      { row: 3, message: 'Row 3 has 2 fields but the header has 3.' },
      { row: 4, message: 'Row 4 has 4 fields but the header has 3.' },
    ]);
  });

  it('keeps counting rows across blank lines in the middle', () => {
    expect(parseCsv('a,b\n1,2\n\n3,4\n').rows.map((row) => row.row)).toEqual([2, 4]);
  });

  it('names the row where an unterminated quote opened', () => {
    const parsed = parseCsv('a,b\n1,2\n"never closed,3\n4,5\n6,7\n');
    expect(parsed.problems).toEqual([{ row: 3, message: 'A quote opened in row 3 is never closed, so the rest of the file is inside it.' }]);
    expect(parsed.rows).toHaveLength(2);
  });

  it('reports text after a closing quote without dropping it', () => {
    const parsed = parseCsv('a,b\n"quoted"tail,2\n');
    expect(parsed.rows[0]!.cells).toEqual(['quotedtail', '2']);
    expect(parsed.problems[0]).toEqual({ row: 2, message: 'Row 2, column 1 has text after its closing quote.' });
  });

  it('refuses an empty file and an over-long one with clear messages', () => {
    expect(refusal(() => parseCsv('')).message).toMatch(/empty/);
    expect(refusal(() => parseCsv('\n\n')).message).toMatch(/empty/);
    const tooMany = refusal(() => parseCsv('a\n1\n2\n3\n4\n', 3));
    expect(tooMany.code).toBe('CSV_INVALID');
    expect(tooMany.message).toMatch(/more than 3 rows/);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a byte order mark, dropping only the mark', () => {
    expect(decodeCsv(utf8('\uFEFFcafé,x\n'))).toEqual({ text: 'café,x\n', encoding: 'utf-8' });
    expect(decodeCsv(utf8('café,x\n'))).toEqual({ text: 'café,x\n', encoding: 'utf-8' });
  });

  it('keeps a second byte order mark that is part of the text', () => {
    expect(decodeCsv(utf8('\uFEFF\uFEFFa')).text).toBe('\uFEFFa');
  });

  it('reads UTF-16 little- and big-endian text with a byte order mark (Excel "Unicode text")', () => {
    const text = 'Tell us\tDate\nŁódź 🙂\t14/03/2026\n';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      le.set([unit & 0xff, unit >> 8], 2 + i * 2);
      be.set([unit >> 8, unit & 0xff], 2 + i * 2);
    }
    expect(decodeCsv(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeCsv(be)).toEqual({ text, encoding: 'utf-16be' });
    expect(parseCsv(decodeCsv(le).text).rows[0]!.cells).toEqual(['Łódź 🙂', '14/03/2026']);
  });

  it('refuses Windows-1252 bytes, naming the row and the byte, with advice', () => {
    // "café" saved by old Excel: é is the single byte 0xE9. The quoted cell spans two lines but is one row.
    const bytes = new Uint8Array([...utf8('words,date\n"line one\nline two",1\nfine,2\ncaf'), 0xe9, ...utf8(',3\n')]);
    const error = refusal(() => decodeCsv(bytes));
    expect(error.code).toBe('CSV_INVALID');
    expect(error.message).toContain('Row 4 ');
    expect(error.message).toContain('0xE9');
    expect(error.message).toContain('CSV UTF-8');
  });

  it('refuses overlong and surrogate UTF-8 sequences', () => {
    expect(refusal(() => decodeCsv(new Uint8Array([0x61, 0xc0, 0xaf]))).message).toContain('0xC0');
    expect(refusal(() => decodeCsv(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).message).toContain('0xED');
  });

  it('refuses a file over the size limit before decoding it', () => {
    const error = refusal(() => decodeCsv(new Uint8Array(MAX_CSV_BYTES + 1)));
    expect(error.code).toBe('CSV_INVALID');
    expect(error.message).toMatch(/larger than 50 MB/);
  });

  it('refuses UTF-16 cut half way through a character', () => {
    expect(refusal(() => decodeCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62]))).code).toBe('CSV_INVALID');
  });
});
