/**
 * The parts of the zip format (PKWARE APPNOTE 6.3) that Verbatim writes and reads:
 * local file headers, central directory headers and the end record. No zip64,
 * no encryption, no multi-disk archives.
 */

export const LOCAL_HEADER_SIGNATURE = 0x04034b50;
export const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
export const END_RECORD_SIGNATURE = 0x06054b50;
export const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_RECORD_SIZE = 22;
/** The end record may be followed by a comment of up to 65,535 bytes. */
export const MAX_COMMENT = 0xffff;

export const METHOD_STORE = 0;
export const METHOD_DEFLATE = 8;

export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_STRONG_ENCRYPTION = 0x0040;
export const FLAG_UTF8 = 0x0800;

/** "Made by" Unix, spec version 2.0: tells readers the high 16 bits of the external attributes are a Unix mode. */
export const MADE_BY_UNIX = (3 << 8) | 20;
export const VERSION_NEEDED = 20;
export const UNIX_REGULAR_FILE = 0o100644;
export const UNIX_TYPE_MASK = 0o170000;
export const UNIX_TYPE_REGULAR = 0o100000;
export const UNIX_TYPE_FOLDER = 0o040000;
/** MS-DOS attribute bit for a folder (low byte of the external attributes). */
export const DOS_DIRECTORY = 0x10;

/** The largest size or offset a zip without zip64 can hold. */
export const MAX_32 = 0xffffffff;
export const MAX_ENTRIES_16 = 0xffff;

/** Date and time in MS-DOS form, as zip headers keep them (local time, two-second steps). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** What both headers of one entry say about it. */
export interface EntryHeader {
  nameBytes: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  modified: { time: number; date: number };
}

/**
 * From "version needed" to the name's length, both headers hold the same fields
 * in the same order: at 4 in the local header, at 6 in the central one (after "made by").
 */
function writeSharedFields(header: Buffer, at: number, entry: EntryHeader): void {
  header.writeUInt16LE(VERSION_NEEDED, at);
  header.writeUInt16LE(FLAG_UTF8, at + 2);
  header.writeUInt16LE(entry.method, at + 4);
  header.writeUInt16LE(entry.modified.time, at + 6);
  header.writeUInt16LE(entry.modified.date, at + 8);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.compressedSize, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.nameBytes.length, at + 22);
}

export function localHeader(entry: EntryHeader): Buffer {
  const header = Buffer.alloc(LOCAL_HEADER_SIZE);
  header.writeUInt32LE(LOCAL_HEADER_SIGNATURE, 0);
  writeSharedFields(header, 4, entry);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.nameBytes]);
}

export function centralHeader(entry: EntryHeader, localOffset: number): Buffer {
  const header = Buffer.alloc(CENTRAL_HEADER_SIZE);
  header.writeUInt32LE(CENTRAL_HEADER_SIGNATURE, 0);
  header.writeUInt16LE(MADE_BY_UNIX, 4);
  writeSharedFields(header, 6, entry);
  // Extra field length, comment length, disk number, internal attributes: all 0.
  header.writeUInt32LE((UNIX_REGULAR_FILE << 16) >>> 0, 38);
  header.writeUInt32LE(localOffset, 42);
  return Buffer.concat([header, entry.nameBytes]);
}

export function endRecord(entries: number, centralSize: number, centralOffset: number): Buffer {
  const record = Buffer.alloc(END_RECORD_SIZE);
  record.writeUInt32LE(END_RECORD_SIGNATURE, 0);
  // Disk numbers 0 and 0: one disk.
  record.writeUInt16LE(entries, 8);
  record.writeUInt16LE(entries, 10);
  record.writeUInt32LE(centralSize, 12);
  record.writeUInt32LE(centralOffset, 16);
  return record;
}
