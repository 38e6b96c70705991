/** Helpers both the writing and the checking of signed bundles need, so the two agree. */
import { createHash } from 'node:crypto';
import { MANIFEST_FILE, MANIFEST_SCHEMA_FILE, SIGNATURE_FILE, SUMS_FILE, type ManifestFile } from '../../shared/bundles/manifest';

/** Files Verbatim writes into every bundle itself; content may not use these names. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([MANIFEST_FILE, SIGNATURE_FILE, SUMS_FILE, MANIFEST_SCHEMA_FILE]);

export const sha256Hex = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

export const describeFile = (name: string, data: Uint8Array): ManifestFile => ({ name, sha256: sha256Hex(data), bytes: data.byteLength });

/** SHA256SUMS in the form `sha256sum -c` reads: hash, two spaces, path from the zip's root. */
export const sumsText = (files: readonly ManifestFile[]): string => files.map((file) => `${file.sha256}  ${file.name}\n`).join('');

/** Hashing is split into pieces this big so that a long job yields between them. */
const HASH_PIECE = 4 * 1024 * 1024;

/** describeFile, yielding to `pause` between pieces of a large file. */
export async function describeFileInPieces(name: string, data: Uint8Array, pause: () => Promise<void>): Promise<ManifestFile> {
  const hash = createHash('sha256');
  for (let start = 0; start < data.byteLength; start += HASH_PIECE) {
    hash.update(data.subarray(start, start + HASH_PIECE));
    await pause();
  }
  return { name, sha256: hash.digest('hex'), bytes: data.byteLength };
}
