/**
 * Turning a CSV file's bytes into text without guessing: UTF-8 (with or without a
 * byte order mark) and UTF-16 with a byte order mark (Excel's "Unicode text").
 * Anything else, such as Windows-1252 from older Excel, is refused rather than
 * decoded into the wrong characters: a changed word is worse than no import.
 * Pure: no Node APIs, so the renderer may use it too.
 */
import { ServiceError } from '../result';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

/** Files bigger than this are refused before they are decoded. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

const SAVE_AS_UTF8 = 'Save it as "CSV UTF-8 (Comma delimited)" in Excel, or as UTF-8 from your survey tool, and try again.';

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes.length > MAX_CSV_BYTES) {
    throw new ServiceError('CSV_INVALID', `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB. Split it into smaller files and import each.`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  return { text: decodeUtf8(bytes), encoding: 'utf-8' };
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const row = rowAt(new TextDecoder('utf-8').decode(bytes.subarray(0, at)));
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new ServiceError(
      'CSV_INVALID',
      `Row ${row} is not UTF-8 text: byte 0x${byte} (at position ${at + 1} in the file) is from another encoding, probably Windows-1252 from older Excel. ${SAVE_AS_UTF8}`,
    );
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) throw new ServiceError('CSV_INVALID', `The file says it is UTF-16 text but ends half way through a character. ${SAVE_AS_UTF8}`);
  // Swapping the bytes of big-endian text lets one decoder, present everywhere, read both.
  const littleEndian = encoding === 'utf-16le' ? bytes : swapPairs(bytes);
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(littleEndian);
  } catch {
    throw new ServiceError('CSV_INVALID', `The file says it is UTF-16 text but holds a broken character. ${SAVE_AS_UTF8}`);
  }
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return swapped;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    // The second byte's range is narrower after some lead bytes (overlong forms, surrogates, beyond U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k += 1) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** The spreadsheet row (header = 1) that the end of this text is on: line breaks inside quotes do not count. */
function rowAt(text: string): number {
  let row = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a))) row += 1;
  }
  return row;
}
