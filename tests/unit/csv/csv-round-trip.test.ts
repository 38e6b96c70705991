/** Property: any table the CSV writer produces reads back identical, cell for cell. */
import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../shared/csv/decode-csv';
import { parseCsv } from '../../../shared/csv/parse-csv';
import { writeCsv } from '../../../shared/csv/write-csv';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = ['a', 'Z', ' ', '  ', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', 'é', 'ß', '🙂', '谢', '\u00a0', '=1+1', "'", '0', 'word'];

function cell(next: () => number, allowDelimiters: boolean): string {
  let text = '';
  const length = Math.floor(next() * 6);
  for (let i = 0; i < length; i += 1) {
    const piece = PIECES[Math.floor(next() * PIECES.length)]!;
    if (!allowDelimiters && /[;\t\r\n",]/.test(piece)) continue;
    text += piece;
  }
  return text;
}

describe('CSV round trip (writer → bytes → reader)', () => {
  it('reads back 500 random tables exactly', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const next = random(seed);
      const columns = 2 + Math.floor(next() * 4);
      // Column names are plain words: a header is how the delimiter is detected.
      const header = Array.from({ length: columns }, (_, i) => `col${i}${cell(next, false)}`);
      const rows = Array.from({ length: Math.floor(next() * 8) }, () => Array.from({ length: columns }, () => cell(next, true)));
      const bytes = new TextEncoder().encode(writeCsv([header, ...rows]));
      const parsed = parseCsv(decodeCsv(bytes).text);
      expect(parsed.problems, `seed ${seed}`).toEqual([]);
      expect(parsed.header, `seed ${seed}`).toEqual(header);
      // An all-empty row is written as a line of commas, which is still a row.
      expect(
        parsed.rows.map((row) => row.cells),
        `seed ${seed}`,
      ).toEqual(rows);
    }
  });
});
