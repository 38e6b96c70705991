/**
 * A test-only zip builder that will write anything: unsafe names, symlink
 * attributes, lying sizes, bad checksums. The production writer refuses all of
 * these, so malicious bundles for tests are made here instead.
 */
import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../main/bundles/zip/crc32';

export interface CraftEntry {
  name: string;
  data?: Buffer | string;
  /** 0 store, 8 deflate (default), or anything else to test refusal. */
  method?: number;
  /** Bytes stored in place of the real (compressed) data. */
  stored?: Buffer;
  size?: number;
  compressedSize?: number;
  crc?: number;
  flags?: number;
  /** Central directory external attributes, e.g. (0o120777 << 16) for a symlink. */
  externalAttributes?: number;
  madeBy?: number;
  /** A different name in the local header than in the central directory. */
  localName?: string;
  /** Where the central directory says the local header is, instead of where it was written. */
  localOffset?: number;
}

export interface CraftOptions {
  /** Written in the end record instead of the true count. */
  count?: number;
  comment?: string;
}

export function craftZip(entries: readonly CraftEntry[], options: CraftOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data ?? '', 'utf8');
    const method = entry.method ?? 8;
    const stored = entry.stored ?? (method === 8 ? deflateRawSync(raw) : raw);
    const name = Buffer.from(entry.name, 'utf8');
    const localName = Buffer.from(entry.localName ?? entry.name, 'utf8');
    const crc = entry.crc ?? crc32(raw);
    const size = entry.size ?? raw.length;
    const compressedSize = entry.compressedSize ?? stored.length;
    const flags = entry.flags ?? 0x0800;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressedSize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    locals.push(local, localName, stored);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.madeBy ?? (3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressedSize, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((entry.externalAttributes ?? 0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(entry.localOffset ?? offset, 42);
    centrals.push(central, name);
    offset += local.length + localName.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.count ?? entries.length, 8);
  end.writeUInt16LE(options.count ?? entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directory, end, comment]);
}
