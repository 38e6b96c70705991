/** IPC methods for bundles: the organisation's signing key and where bundles are saved. */
import { z } from 'zod';
import { empty } from '../store/contract';

export const signingKeyPublicSchema = z.object({
  publicKeyPem: z.string(),
  /** SHA-256 of the public key (DER), 64 hex digits; show it with groupFingerprint. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/u),
});
export type SigningKeyPublic = z.infer<typeof signingKeyPublicSchema>;

export const bundleDefaultsSchema = z.object({
  /** "Verbatim exports" beside the store file; made when something is first saved there. */
  exportsFolder: z.string(),
});
export type BundleDefaults = z.infer<typeof bundleDefaultsSchema>;

export const bundlesContract = {
  /** Staff and admins: the public half of the organisation's signing key (made on first use). */
  getSigningKey: { request: empty, response: signingKeyPublicSchema },
  /** Anyone signed in: where bundles are offered to be saved. */
  getBundleDefaults: { request: empty, response: bundleDefaultsSchema },
} as const;
