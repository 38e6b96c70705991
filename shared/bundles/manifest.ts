/**
 * manifest.json, the signed table of contents of every bundle Verbatim writes.
 * See docs/bundles.md for the whole format and how a recipient checks it.
 */
import { z } from 'zod';

export const BUNDLE_FORMAT = 'verbatim-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

export const BUNDLE_KINDS = ['intelligence', 'volunteer-pack', 'volunteer-results', 'archive', 'interests-register', 'board-pack'] as const;
export const bundleKindSchema = z.enum(BUNDLE_KINDS);
export type BundleKind = z.infer<typeof bundleKindSchema>;

/** The files every bundle holds beside its content, which callers may not supply themselves. */
export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
export const SUMS_FILE = 'SHA256SUMS';
export const MANIFEST_SCHEMA_FILE = 'schemas/manifest.schema.json';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/u, 'a SHA-256 hash as 64 lowercase hex digits');

export const manifestFileSchema = z.strictObject({
  name: z.string().min(1).max(255),
  sha256: sha256Hex,
  bytes: z.number().int().nonnegative(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const signingKeyInfoSchema = z.strictObject({
  algorithm: z.literal('Ed25519'),
  publicKeyPem: z.string().startsWith('-----BEGIN PUBLIC KEY-----').max(1000),
  /** SHA-256 of the public key's DER (SubjectPublicKeyInfo) form, as hex. */
  fingerprint: sha256Hex,
});

export const manifestSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    kind: bundleKindSchema,
    createdAt: z.iso.datetime(),
    organisation: z.string().max(200),
    generator: z.strictObject({ app: z.literal('Verbatim'), version: z.string().max(50) }),
    /** Every file in the zip except manifest.json and manifest.sig (SHA256SUMS included). */
    files: z.array(manifestFileSchema),
    signingKey: signingKeyInfoSchema,
    /** What this kind of bundle says about itself: profile, recipient, period, counts, and so on. */
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ title: 'Verbatim bundle manifest', description: 'The signed table of contents of a Verbatim bundle (manifest.json).' });
export type Manifest = z.infer<typeof manifestSchema>;
