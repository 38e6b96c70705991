/**
 * Signed bundles: a zip holding the content files, a JSON Schema for the manifest,
 * SHA256SUMS (for `sha256sum -c`), manifest.json listing every file with its hash,
 * and manifest.sig, an Ed25519 signature over the exact bytes of manifest.json.
 * The format is documented for recipients in docs/bundles.md.
 */
import { sign } from 'node:crypto';
import { z } from 'zod';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MANIFEST_FILE,
  MANIFEST_SCHEMA_FILE,
  SIGNATURE_FILE,
  SUMS_FILE,
  manifestSchema,
  type BundleKind,
  type Manifest,
  type ManifestFile,
} from '../../shared/bundles/manifest';
import { ServiceError } from '../../shared/result';
import { RESERVED_NAMES, describeFile, describeFileInPieces, sha256Hex, sumsText } from './bundle-files';
import { GENERATOR } from './generator';
import type { SigningKey } from './signing-key';
import { bytesOf } from './zip/bytes';
import { writeZipFile, zipToBuffer, type ZipEntryInput } from './zip/zip-writer';

export type { BundleKind, Manifest } from '../../shared/bundles/manifest';
export type { SigningKey } from './signing-key';
export { readSignedBundle } from './bundle-verification';

export interface BundleFile {
  name: string;
  /** A string is written as UTF-8. */
  data: Uint8Array | string;
}

export interface BundleInput {
  kind: BundleKind;
  organisation: string;
  /** What this kind of bundle says about itself (profile, recipient, period, counts…); must be JSON. */
  details: Record<string, unknown>;
  files: readonly BundleFile[];
  key: SigningKey;
}

export interface BuiltBundle {
  manifestSha256: string;
  manifest: Manifest;
}

/** The manifest's JSON Schema, published inside every bundle so recipients can validate it. */
const manifestJsonSchema = (): string => `${JSON.stringify(z.toJSONSchema(manifestSchema), null, 2)}\n`;

/** The caller's files as bytes, followed by the manifest's JSON Schema. */
function contentOf(bundle: BundleInput): { name: string; data: Buffer }[] {
  const content = bundle.files.map((file) => {
    if (RESERVED_NAMES.has(file.name)) throw new ServiceError('INVALID_INPUT', `"${file.name}" is written by Verbatim itself; a bundle's content cannot use that name.`);
    return { name: file.name, data: bytesOf(file.data) };
  });
  content.push({ name: MANIFEST_SCHEMA_FILE, data: Buffer.from(manifestJsonSchema(), 'utf8') });
  return content;
}

/** Adds SHA256SUMS, writes and signs the manifest, and lays out the zip's entries. */
function signed(bundle: BundleInput, content: readonly { name: string; data: Buffer }[], listed: readonly ManifestFile[]): BuiltBundle & { entries: ZipEntryInput[] } {
  const sums = Buffer.from(sumsText(listed), 'utf8');
  const parsed = manifestSchema.safeParse({
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    kind: bundle.kind,
    createdAt: new Date().toISOString(),
    organisation: bundle.organisation,
    generator: GENERATOR,
    files: [...listed, describeFile(SUMS_FILE, sums)],
    signingKey: { algorithm: 'Ed25519', publicKeyPem: bundle.key.publicKeyPem, fingerprint: bundle.key.fingerprint },
    details: JSON.parse(JSON.stringify(bundle.details)) as Record<string, unknown>,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ServiceError('INVALID_INPUT', `Verbatim cannot write this bundle's manifest (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}).`);
  }
  const manifest = parsed.data;
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const signature = `${sign(null, manifestBytes, bundle.key.privateKey).toString('base64')}\n`;
  return {
    manifest,
    manifestSha256: sha256Hex(manifestBytes),
    entries: [{ name: MANIFEST_FILE, data: manifestBytes }, { name: SIGNATURE_FILE, data: signature }, ...content, { name: SUMS_FILE, data: sums }],
  };
}

/** A signed bundle in memory. */
export function signedBundleToBuffer(bundle: BundleInput): { bytes: Buffer } & BuiltBundle {
  const content = contentOf(bundle);
  const { entries, manifest, manifestSha256 } = signed(bundle, content, content.map((file) => describeFile(file.name, file.data)));
  return { bytes: zipToBuffer(entries), manifest, manifestSha256 };
}

/**
 * Writes a signed bundle to `path` durably and never over an existing file; a
 * failure or a cancel (`checkpoint` throwing) leaves no file behind.
 */
export async function writeSignedBundle(
  path: string,
  bundle: BundleInput,
  options: { checkpoint?: () => Promise<void> } = {},
): Promise<BuiltBundle> {
  const checkpoint = options.checkpoint ?? (async () => {});
  const content = contentOf(bundle);
  const listed: ManifestFile[] = [];
  for (const file of content) listed.push(await describeFileInPieces(file.name, file.data, checkpoint));
  const { entries, manifest, manifestSha256 } = signed(bundle, content, listed);
  await writeZipFile(path, entries, { checkpoint });
  return { manifest, manifestSha256 };
}
