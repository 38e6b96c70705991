/**
 * The organisation's Ed25519 signing key. Made once per store; the private key
 * lives only inside the encrypted store, the public key travels in every bundle.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Db } from '../store/database';
import { readSetting, writeSetting } from '../store/settings-table';

export interface SigningKey {
  privateKey: KeyObject;
  publicKeyPem: string;
  /** SHA-256 of the DER SubjectPublicKeyInfo, as lowercase hex. */
  fingerprint: string;
}

const SETTING = 'signing_key';
const NOBODY: Actor = { id: null, name: null };

/** The public half of a private key, and its fingerprint. */
export function signingKeyFrom(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: publicKeyFingerprint(publicKey),
  };
}

export const publicKeyFingerprint = (publicKey: KeyObject): string =>
  createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');

function parseStored(pem: string): SigningKey {
  try {
    const privateKey = createPrivateKey(pem);
    if (privateKey.asymmetricKeyType === 'ed25519') return signingKeyFrom(privateKey);
  } catch {
    // Reported below.
  }
  throw new ServiceError('STORE_CORRUPT', "The organisation's signing key in this store is damaged, so Verbatim cannot sign bundles.");
}

/** The store's signing key, made (and recorded in the audit trail) the first time it is needed. */
export function organisationSigningKey(db: Db, actor: Actor = NOBODY): SigningKey {
  return db.transaction(() => {
    const stored = readSetting(db, SETTING);
    if (stored !== null) return parseStored(stored);
    const { privateKey } = generateKeyPairSync('ed25519');
    const key = signingKeyFrom(privateKey);
    writeSetting(db, SETTING, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    appendAudit(db, actor, { action: 'settings.signing-key', entityType: 'signing-key', entityId: key.fingerprint, details: { algorithm: 'Ed25519' } });
    return key;
  })();
}
