/**
 * Reads a zip held in memory and checks everything before trusting any of it:
 * the structure, every name, every size against the limits, and every checksum.
 * Anything odd is refused with a ServiceError naming the entry and the problem.
 */
import { inflateRawSync } from 'node:zlib';
import { ServiceError } from '../../../shared/result';
import { crc32 } from './crc32';
import { nameCollisionKey, unsafeNameReason } from './entry-name';
import {
  CENTRAL_HEADER_SIGNATURE,
  CENTRAL_HEADER_SIZE,
  DOS_DIRECTORY,
  END_RECORD_SIGNATURE,
  END_RECORD_SIZE,
  FLAG_DATA_DESCRIPTOR,
  FLAG_ENCRYPTED,
  FLAG_STRONG_ENCRYPTION,
  LOCAL_HEADER_SIGNATURE,
  LOCAL_HEADER_SIZE,
  MAX_32,
  MAX_COMMENT,
  MAX_ENTRIES_16,
  METHOD_DEFLATE,
  METHOD_STORE,
  UNIX_TYPE_FOLDER,
  UNIX_TYPE_MASK,
  UNIX_TYPE_REGULAR,
  ZIP64_LOCATOR_SIGNATURE,
} from './zip-format';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio, checked for entries over RATIO_FLOOR bytes. */
  maxRatio: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxEntryBytes: 512 * MiB, maxTotalBytes: 1024 * MiB, maxRatio: 200 };
/** Small entries may compress very well (a run of spaces); only larger ones are checked for ratio. */
const RATIO_FLOOR = MiB;

interface CentralEntry {
  name: string;
  /** A folder entry ("name/"), as `zip -r` writes: allowed, empty, and not returned. */
  folder: boolean;
  nameBytes: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const truncated = (what: string) => new ServiceError('BUNDLE_TRUNCATED', `The bundle is cut short: ${what}. It may not have finished copying.`);
const unsafe = (what: string) => new ServiceError('BUNDLE_UNSAFE', `The bundle holds ${what}, so Verbatim will not open it.`);
const tampered = (what: string) => new ServiceError('BUNDLE_TAMPERED', `The bundle has been changed or damaged: ${what}.`);
const tooLarge = (what: string) => new ServiceError('BUNDLE_TOO_LARGE', `The bundle is too large to open safely: ${what}.`);

const startsWithZipSignature = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL_HEADER_SIGNATURE;
const isEmptyZipPrefix = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === END_RECORD_SIGNATURE;

/** The end record is the last 22 bytes, unless a comment follows it; search back for one that fits exactly. */
function findEndRecord(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_RECORD_SIGNATURE && at + END_RECORD_SIZE + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  if (startsWithZipSignature(bytes) || isEmptyZipPrefix(bytes)) throw truncated('its table of contents (the zip central directory) is missing');
  throw new ServiceError('BUNDLE_NOT_A_BUNDLE', 'This file is not a bundle: it is not a zip file at all.');
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeName(nameBytes: Buffer): string {
  try {
    return decoder.decode(nameBytes);
  } catch {
    throw unsafe(`a file name that is not valid text (${JSON.stringify(nameBytes.toString('latin1'))})`);
  }
}

function readCentralDirectory(bytes: Buffer, limits: ZipLimits): { entries: CentralEntry[]; centralOffset: number } {
  const end = findEndRecord(bytes);
  if (end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR_SIGNATURE) throw unsafe('zip64 records, which Verbatim does not read');
  const disk = bytes.readUInt16LE(end + 4);
  const centralDisk = bytes.readUInt16LE(end + 6);
  const onDisk = bytes.readUInt16LE(end + 8);
  const count = bytes.readUInt16LE(end + 10);
  const centralSize = bytes.readUInt32LE(end + 12);
  const centralOffset = bytes.readUInt32LE(end + 16);
  if (disk !== 0 || centralDisk !== 0 || onDisk !== count) throw unsafe('parts of a zip split across several files');
  if (count === MAX_ENTRIES_16 || centralSize === MAX_32 || centralOffset === MAX_32) throw unsafe('zip64 records, which Verbatim does not read');
  if (count > limits.maxEntries) throw tooLarge(`it holds ${count} files, more than the ${limits.maxEntries} allowed`);
  if (centralOffset + centralSize > end) throw truncated('its table of contents points past the end of the file');
  if (centralOffset + centralSize < end) throw tampered('there are unexpected bytes between its table of contents and its end record');

  const entries: CentralEntry[] = [];
  let at = centralOffset;
  for (let index = 0; index < count; index++) {
    if (at + CENTRAL_HEADER_SIZE > end) throw tampered(`its table of contents lists ${count} files but holds only ${index}`);
    if (bytes.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE) throw tampered(`entry ${index + 1} of its table of contents is damaged`);
    const madeBy = bytes.readUInt16LE(at + 4);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > end) throw tampered(`entry ${index + 1} of its table of contents runs past its end`);
    const nameBytes = bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength);
    const name = decodeName(nameBytes);
    const entry: CentralEntry = {
      name,
      folder: name.endsWith('/'),
      nameBytes,
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    checkEntry(entry, madeBy, bytes.readUInt16LE(at + 34), bytes.readUInt32LE(at + 38), limits);
    entries.push(entry);
    at = next;
  }
  if (at !== end) throw tampered('its table of contents is longer than the files it lists');
  return { entries, centralOffset };
}

/** Everything that can be refused from the central directory alone, before any unpacking. */
function checkEntry(entry: CentralEntry, madeBy: number, entryDisk: number, external: number, limits: ZipLimits): void {
  const quoted = JSON.stringify(entry.name);
  const reason = unsafeNameReason(entry.folder ? entry.name.slice(0, -1) : entry.name);
  if (reason) throw unsafe(reason);
  const unixType = (external >>> 16) & UNIX_TYPE_MASK;
  const allowedType = entry.folder ? UNIX_TYPE_FOLDER : UNIX_TYPE_REGULAR;
  if (madeBy >> 8 === 3 && unixType !== 0 && unixType !== allowedType) {
    throw unsafe(`${quoted}, which is ${unixType === 0o120000 ? 'a symbolic link' : 'not an ordinary file'}`);
  }
  if (entry.folder && entry.size !== 0) throw unsafe(`${quoted}, a folder entry with content`);
  if (!entry.folder && external & DOS_DIRECTORY) throw unsafe(`${quoted}, which is marked as a folder`);
  if (entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) throw unsafe(`${quoted}, an encrypted entry`);
  if (entry.method !== METHOD_STORE && entry.method !== METHOD_DEFLATE) throw unsafe(`${quoted}, compressed with a method Verbatim does not read (${entry.method})`);
  if (entryDisk !== 0) throw unsafe('parts of a zip split across several files');
  if (entry.size === MAX_32 || entry.compressedSize === MAX_32 || entry.localOffset === MAX_32) throw unsafe(`${quoted} in zip64 form, which Verbatim does not read`);
  checkSize(entry, entry.size, limits);
}

function checkSize(entry: CentralEntry, size: number, limits: ZipLimits): void {
  const quoted = JSON.stringify(entry.name);
  if (size > limits.maxEntryBytes) throw tooLarge(`${quoted} unpacks to ${size} bytes, more than the ${limits.maxEntryBytes} allowed for one file`);
  if (size > RATIO_FLOOR && size > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
    throw tooLarge(`${quoted} would grow more than ${limits.maxRatio} times when unpacked (a possible zip bomb)`);
  }
}

function checkNoDuplicates(entries: readonly CentralEntry[]): void {
  const seen = new Map<string, string>();
  for (const { name } of entries) {
    const key = nameCollisionKey(name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw unsafe(earlier === name ? `${JSON.stringify(name)} twice` : `both ${JSON.stringify(earlier)} and ${JSON.stringify(name)}, which are the same file on many computers`);
    }
    seen.set(key, name);
  }
}

/** Where an entry's stored bytes are, after checking its local header agrees with the table of contents. */
function locateData(bytes: Buffer, entry: CentralEntry, centralOffset: number): { start: number; end: number } {
  const quoted = JSON.stringify(entry.name);
  const at = entry.localOffset;
  if (at + LOCAL_HEADER_SIZE > centralOffset || bytes.readUInt32LE(at) !== LOCAL_HEADER_SIGNATURE) throw tampered(`the header of ${quoted} is missing`);
  const nameLength = bytes.readUInt16LE(at + 26);
  const start = at + LOCAL_HEADER_SIZE + nameLength + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > centralOffset) throw tampered(`the data of ${quoted} runs into the table of contents`);
  const flags = bytes.readUInt16LE(at + 6);
  const agrees =
    flags === entry.flags &&
    bytes.readUInt16LE(at + 8) === entry.method &&
    bytes.subarray(at + LOCAL_HEADER_SIZE, at + LOCAL_HEADER_SIZE + nameLength).equals(entry.nameBytes) &&
    // With a data descriptor the local header may leave checksum and sizes as zero.
    ((flags & FLAG_DATA_DESCRIPTOR) !== 0 ||
      (bytes.readUInt32LE(at + 14) === entry.crc && bytes.readUInt32LE(at + 18) === entry.compressedSize && bytes.readUInt32LE(at + 22) === entry.size));
  if (!agrees) throw tampered(`the two headers of ${quoted} disagree`);
  return { start, end };
}

/** Entries laid over one another let a tiny zip claim huge content; each must have its own bytes. */
function checkNoOverlap(spans: readonly { entry: CentralEntry; start: number; end: number }[]): void {
  const ordered = [...spans].sort((a, b) => a.entry.localOffset - b.entry.localOffset);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.entry.localOffset < ordered[i - 1]!.end) throw unsafe(`${JSON.stringify(ordered[i]!.entry.name)}, whose bytes overlap another file's`);
  }
}

/** What zlib returns with `info: true` (the types do not model it): the engine tells how much input was used. */
interface InflateInfo {
  buffer: Buffer;
  engine: { bytesWritten: number };
}

function unpack(stored: Buffer, entry: CentralEntry, limits: ZipLimits): Buffer {
  const quoted = JSON.stringify(entry.name);
  if (entry.method === METHOD_STORE) {
    if (stored.length !== entry.size) throw tampered(`${quoted} is not the size its header says`);
    return Buffer.from(stored);
  }
  let data: Buffer;
  try {
    // Never unpack past what the header declares (itself within the limits): one byte more proves it lied.
    const result = inflateRawSync(stored, { maxOutputLength: entry.size + 1, info: true }) as unknown as InflateInfo;
    if (result.engine.bytesWritten !== stored.length) throw tampered(`${quoted} has stray bytes after its content`);
    data = result.buffer;
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooLarge(`${quoted} unpacks to more than the ${entry.size} bytes its header declares (a possible zip bomb)`);
    }
    throw tampered(`${quoted} cannot be unpacked`);
  }
  if (data.length > entry.size) throw tooLarge(`${quoted} unpacks to more than the ${entry.size} bytes its header declares (a possible zip bomb)`);
  if (data.length !== entry.size) throw tampered(`${quoted} is not the size its header says`);
  checkSize(entry, data.length, limits);
  return data;
}

/**
 * Parses and fully checks a zip held in memory; returns each file's bytes by name,
 * in the order of the zip's table of contents. Empty folder entries (as `zip -r`
 * writes) are checked like any other entry and then left out.
 */
export function readZip(input: Uint8Array, limits: Partial<ZipLimits> = {}): Map<string, Buffer> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const applied: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  if (bytes.length < END_RECORD_SIZE) {
    if (bytes.length > 0 && Buffer.from('PK\x03\x04', 'latin1').subarray(0, bytes.length).equals(bytes.subarray(0, 4))) throw truncated('it ends after a few bytes');
    throw new ServiceError('BUNDLE_NOT_A_BUNDLE', 'This file is not a bundle: it is not a zip file at all.');
  }
  const { entries, centralOffset } = readCentralDirectory(bytes, applied);
  checkNoDuplicates(entries.filter((entry) => !entry.folder));
  const declaredTotal = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declaredTotal > applied.maxTotalBytes) throw tooLarge(`its files unpack to ${declaredTotal} bytes, more than the ${applied.maxTotalBytes} allowed`);
  const spans = entries.map((entry) => ({ entry, ...locateData(bytes, entry, centralOffset) }));
  checkNoOverlap(spans);

  const files = new Map<string, Buffer>();
  for (const { entry, start, end } of spans) {
    const data = unpack(bytes.subarray(start, end), entry, applied);
    if (crc32(data) !== entry.crc) throw tampered(`${JSON.stringify(entry.name)} does not match its checksum`);
    if (!entry.folder) files.set(entry.name, data);
  }
  return files;
}
