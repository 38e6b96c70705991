/**
 * Checking a signed bundle before anything in it is trusted: zip safety, the
 * manifest's format and version, the signature, and every file's size and hash.
 * The first problem found is thrown as a ServiceError naming it.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_KINDS,
  MANIFEST_FILE,
  SIGNATURE_FILE,
  SUMS_FILE,
  manifestSchema,
  type BundleKind,
  type Manifest,
} from '../../shared/bundles/manifest';
import { ServiceError } from '../../shared/result';
import { RESERVED_NAMES, sha256Hex, sumsText } from './bundle-files';
import { publicKeyFingerprint } from './signing-key';
import { readZip, type ZipLimits } from './zip/zip-reader';

export interface VerifiedBundle {
  manifest: Manifest;
  /** The content files by name: everything except manifest.json, manifest.sig, SHA256SUMS and the manifest's schema. */
  files: Map<string, Buffer>;
  /** SHA-256 of manifest.json's bytes, as recorded in the audit trail. */
  manifestSha256: string;
}

const KIND_NAMES: Record<BundleKind, string> = {
  intelligence: 'an intelligence bundle',
  'volunteer-pack': 'a volunteer review pack',
  'volunteer-results': "a volunteer's review results",
  archive: 'an archive',
  'interests-register': 'a published register of interests',
  'board-pack': 'an advisory board pack',
};

const tampered = (what: string) => new ServiceError('BUNDLE_TAMPERED', `The bundle has been changed or damaged: ${what}.`);
const badSignature = (what: string) => new ServiceError('BUNDLE_SIGNATURE_INVALID', `The bundle's signature is not valid: ${what}.`);
const decoder = new TextDecoder('utf-8', { fatal: true });
/** A manifest lists files and a few details; anything this big is not one of ours. */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

/** Format, version and kind come first, so a newer bundle gets "unsupported" rather than "damaged". */
function parseManifest(bytes: Buffer, expectedKind: BundleKind | undefined): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(bytes));
  } catch {
    throw tampered('manifest.json is not valid JSON');
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (head.format !== BUNDLE_FORMAT) throw new ServiceError('BUNDLE_NOT_A_BUNDLE', 'This zip is not a Verbatim bundle: its manifest.json is of another kind.');
  if (head.formatVersion !== BUNDLE_FORMAT_VERSION) {
    throw new ServiceError('BUNDLE_VERSION_UNSUPPORTED', `This bundle is in format version ${JSON.stringify(head.formatVersion)}; this Verbatim reads version ${BUNDLE_FORMAT_VERSION}. A newer Verbatim may open it.`);
  }
  const kind = BUNDLE_KINDS.find((known) => known === head.kind);
  if (kind === undefined) throw new ServiceError('BUNDLE_VERSION_UNSUPPORTED', `This bundle is of a kind this Verbatim does not know (${JSON.stringify(head.kind)}).`);
  if (expectedKind !== undefined && kind !== expectedKind) {
    throw new ServiceError('BUNDLE_VERSION_UNSUPPORTED', `This file is ${KIND_NAMES[kind]}, not ${KIND_NAMES[expectedKind]}.`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw tampered(`manifest.json does not follow the bundle format (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'unknown problem'})`);
  }
  return parsed.data;
}

function publicKeyOf(manifest: Manifest): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(manifest.signingKey.publicKeyPem);
  } catch {
    throw badSignature('the public key in manifest.json cannot be read');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw badSignature('the public key in manifest.json is not an Ed25519 key');
  if (publicKeyFingerprint(key) !== manifest.signingKey.fingerprint) throw badSignature('the fingerprint in manifest.json is not that of its public key');
  return key;
}

function checkSignature(manifestBytes: Buffer, signatureFile: Buffer | undefined, key: KeyObject): void {
  if (signatureFile === undefined) throw badSignature('the bundle holds no manifest.sig');
  if (signatureFile.length > 200) throw badSignature('manifest.sig does not hold an Ed25519 signature');
  const text = signatureFile.toString('latin1').replace(/\r?\n$/u, '');
  // An Ed25519 signature is 64 bytes: 88 base64 characters ending in "==".
  if (!/^[A-Za-z0-9+/]{86}==$/u.test(text)) throw badSignature('manifest.sig does not hold an Ed25519 signature');
  if (!verify(null, manifestBytes, key, Buffer.from(text, 'base64'))) {
    throw badSignature('manifest.json was changed after it was signed, or it was signed with another key');
  }
}

/** Every listed file present with its size and hash, nothing unlisted, and SHA256SUMS agreeing with the manifest. */
function checkFiles(manifest: Manifest, entries: Map<string, Buffer>): void {
  const listed = new Set<string>();
  for (const file of manifest.files) {
    const quoted = JSON.stringify(file.name);
    if (file.name === MANIFEST_FILE || file.name === SIGNATURE_FILE) throw tampered(`the manifest lists ${quoted}, which cannot list itself`);
    if (listed.has(file.name)) throw tampered(`the manifest lists ${quoted} twice`);
    listed.add(file.name);
    const data = entries.get(file.name);
    if (data === undefined) throw tampered(`${quoted} is listed in the manifest but missing`);
    if (data.length !== file.bytes || sha256Hex(data) !== file.sha256) throw tampered(`${quoted} is not the file that was signed (its SHA-256 hash does not match the manifest)`);
  }
  for (const name of entries.keys()) {
    if (name !== MANIFEST_FILE && name !== SIGNATURE_FILE && !listed.has(name)) throw tampered(`${JSON.stringify(name)} is in the bundle but not in its manifest`);
  }
  const sums = entries.get(SUMS_FILE);
  const expected = sumsText(manifest.files.filter((file) => file.name !== SUMS_FILE));
  if (sums === undefined || sums.toString('utf8') !== expected) throw tampered('SHA256SUMS does not agree with the manifest');
}

/**
 * Reads and verifies a whole bundle. Throws BUNDLE_* ServiceErrors: zip problems
 * (see readZip), BUNDLE_NOT_A_BUNDLE, BUNDLE_VERSION_UNSUPPORTED (unknown format
 * version, unknown kind, or not `expectedKind`), BUNDLE_SIGNATURE_INVALID, and
 * BUNDLE_TAMPERED naming the file that is changed, missing or unlisted.
 */
export function readSignedBundle(bytes: Uint8Array, expectedKind?: BundleKind, limits?: Partial<ZipLimits>): VerifiedBundle {
  const entries = readZip(bytes, limits);
  const manifestBytes = entries.get(MANIFEST_FILE);
  if (manifestBytes === undefined) throw new ServiceError('BUNDLE_NOT_A_BUNDLE', 'This zip is not a Verbatim bundle: it holds no manifest.json.');
  if (manifestBytes.length > MAX_MANIFEST_BYTES) throw new ServiceError('BUNDLE_TOO_LARGE', `The bundle's manifest.json is ${manifestBytes.length} bytes, far larger than any manifest Verbatim writes.`);
  const manifest = parseManifest(manifestBytes, expectedKind);
  checkSignature(manifestBytes, entries.get(SIGNATURE_FILE), publicKeyOf(manifest));
  checkFiles(manifest, entries);
  const files = new Map([...entries].filter(([name]) => !RESERVED_NAMES.has(name)));
  return { manifest, files, manifestSha256: sha256Hex(manifestBytes) };
}
