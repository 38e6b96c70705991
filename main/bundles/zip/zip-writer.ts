/**
 * Writes zips that standard tools open (unzip, Windows Explorer, macOS Archive
 * Utility): deflate where it helps, UTF-8 names, regular files only, no zip64.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { deflateRaw, deflateRawSync } from 'node:zlib';
import { ServiceError } from '../../../shared/result';
import { fsyncFolder } from '../../files/durable-write';
import { toServiceError } from '../../files/fs-errors';
import { refuseExistingFile } from '../out-path';
import { bytesOf } from './bytes';
import { crc32 } from './crc32';
import { nameCollisionKey, unsafeNameReason } from './entry-name';
import {
  MAX_32,
  MAX_ENTRIES_16,
  METHOD_DEFLATE,
  METHOD_STORE,
  centralHeader,
  dosDateTime,
  endRecord,
  localHeader,
  type EntryHeader,
} from './zip-format';

export interface ZipEntryInput {
  name: string;
  /** A string is written as UTF-8. */
  data: Uint8Array | string;
}

const deflateRawAsync = promisify(deflateRaw);
/** CRC work is split into pieces this big so a cancel or a status poll is not kept waiting. */
const CRC_PIECE = 4 * 1024 * 1024;

/** Refuses names that would be unsafe to unpack, and two names one file system would merge. */
function checkNames(entries: readonly ZipEntryInput[]): void {
  if (entries.length > MAX_ENTRIES_16) throw new ServiceError('BUNDLE_TOO_LARGE', `A bundle can hold at most ${MAX_ENTRIES_16} files.`);
  const seen = new Set<string>();
  for (const { name } of entries) {
    const reason = unsafeNameReason(name);
    if (reason) throw new ServiceError('INVALID_INPUT', `Verbatim will not write ${reason}.`);
    const key = nameCollisionKey(name);
    if (seen.has(key)) throw new ServiceError('INVALID_INPUT', `Verbatim will not write "${name}" twice into one bundle.`);
    seen.add(key);
  }
}

/** Deflated bytes when they are smaller, else the bytes as they are. */
function chooseMethod(raw: Buffer, deflated: Buffer): { method: number; stored: Buffer } {
  return deflated.length < raw.length ? { method: METHOD_DEFLATE, stored: deflated } : { method: METHOD_STORE, stored: raw };
}

function header(name: string, raw: Buffer, crc: number, method: number, stored: Buffer, modified: EntryHeader['modified']): EntryHeader {
  if (raw.length > MAX_32 || stored.length > MAX_32) throw new ServiceError('BUNDLE_TOO_LARGE', `"${name}" is too large for a bundle (4 GB or more).`);
  return { nameBytes: Buffer.from(name, 'utf8'), method, crc, compressedSize: stored.length, size: raw.length, modified };
}

/** Lays out entries one after another and appends the central directory. */
class ZipLayout {
  private offset = 0;
  private readonly central: Buffer[] = [];

  /** The bytes to write for one entry. */
  add(entry: EntryHeader, stored: Buffer): Buffer[] {
    const local = localHeader(entry);
    this.central.push(centralHeader(entry, this.offset));
    this.offset += local.length + stored.length;
    if (this.offset > MAX_32) throw new ServiceError('BUNDLE_TOO_LARGE', 'The bundle would be 4 GB or more, which is too large.');
    return [local, stored];
  }

  finish(): Buffer {
    const directory = Buffer.concat(this.central);
    return Buffer.concat([directory, endRecord(this.central.length, directory.length, this.offset)]);
  }
}

/** A complete zip in memory. Names must be safe relative paths, each used once. */
export function zipToBuffer(entries: readonly ZipEntryInput[]): Buffer {
  checkNames(entries);
  const modified = dosDateTime(new Date());
  const layout = new ZipLayout();
  const parts: Buffer[] = [];
  for (const { name, data } of entries) {
    const raw = bytesOf(data);
    const { method, stored } = chooseMethod(raw, deflateRawSync(raw));
    parts.push(...layout.add(header(name, raw, crc32(raw), method, stored, modified), stored));
  }
  parts.push(layout.finish());
  return Buffer.concat(parts);
}

async function crcInPieces(raw: Buffer, checkpoint: () => Promise<void>): Promise<number> {
  let crc = 0;
  for (let start = 0; start < raw.length; start += CRC_PIECE) {
    crc = crc32(raw.subarray(start, start + CRC_PIECE), crc);
    if (start + CRC_PIECE < raw.length) await checkpoint();
  }
  return crc;
}

async function writeAll(handle: FileHandle, parts: readonly Buffer[]): Promise<void> {
  for (const part of parts) {
    let written = 0;
    while (written < part.length) written += (await handle.write(part, written, part.length - written)).bytesWritten;
  }
}

/**
 * Writes a zip to `path` durably: a temporary file beside it, fsync, rename, fsync
 * the folder. Refuses to overwrite (FILE_EXISTS). On any error, or when
 * `checkpoint` throws (a cancel), the temporary file is removed: no partial file
 * is ever left behind. Compression runs off the event loop.
 */
export async function writeZipFile(
  path: string,
  entries: readonly ZipEntryInput[],
  options: { checkpoint?: () => Promise<void> } = {},
): Promise<void> {
  checkNames(entries);
  const checkpoint = options.checkpoint ?? (async () => {});
  refuseExistingFile(path);
  const temporary = `${path}.${randomBytes(6).toString('hex')}.partial`;
  let handle: FileHandle | null = null;
  try {
    handle = await open(temporary, 'wx', 0o600);
    const modified = dosDateTime(new Date());
    const layout = new ZipLayout();
    for (const { name, data } of entries) {
      await checkpoint();
      const raw = bytesOf(data);
      const crc = await crcInPieces(raw, checkpoint);
      const { method, stored } = chooseMethod(raw, await deflateRawAsync(raw));
      await writeAll(handle, layout.add(header(name, raw, crc, method, stored, modified), stored));
    }
    await writeAll(handle, [layout.finish()]);
    await handle.sync();
    await handle.close();
    handle = null;
    await checkpoint();
    refuseExistingFile(path);
    renameSync(temporary, path);
    fsyncFolder(dirname(path));
  } catch (error) {
    await handle?.close().catch(() => {});
    rmSync(temporary, { force: true });
    throw toServiceError(error, path);
  }
}
