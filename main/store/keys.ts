/**
 * Key management for the encrypted store.
 *
 * The database is encrypted (SQLCipher 4 format) with a random 256-bit key. That key
 * is never stored in the clear: it is wrapped (AES-256-GCM) twice, once under a key
 * derived from the user's passphrase with scrypt, once under a key derived from the
 * recovery key shown at setup. Both wraps live in a small key file beside the
 * database. Changing the passphrase rewrites only the passphrase wrap, never the data.
 */
import { createCipheriv, createDecipheriv, hkdf, randomBytes, randomUUID, scrypt } from 'node:crypto';
import { z } from 'zod';
import { ServiceError } from '../../shared/result';

/** scrypt cost: N = 2^17, r = 8, p = 1 (128 MiB, about 0.4 s here; see docs/security.md). */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const SCRYPT_MAXMEM = 256 * 1024 * 1024;
const KEY_BYTES = 32;
const RECOVERY_KEY_BYTES = 30; // 240 bits, 48 base32 characters
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const wrapSchema = z.object({
  iv: b64,
  tag: b64,
  ciphertext: b64,
});

export const keyFileSchema = z.object({
  format: z.literal('verbatim-keys'),
  version: z.literal(1),
  storeId: z.string().uuid(),
  cipher: z.literal('sqlcipher-4'),
  passphrase: wrapSchema.extend({
    kdf: z.object({
      name: z.literal('scrypt'),
      N: z.number().int().positive(),
      r: z.number().int().positive(),
      p: z.number().int().positive(),
      salt: b64,
    }),
  }),
  recovery: wrapSchema.extend({
    kdf: z.object({ name: z.literal('hkdf-sha256'), salt: b64 }),
  }),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

type Wrap = z.infer<typeof wrapSchema>;

export function scryptAsync(secret: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, KEY_BYTES, { ...params, maxmem: SCRYPT_MAXMEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function hkdfAsync(secret: Buffer, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    hkdf('sha256', secret, salt, 'verbatim recovery key v1', KEY_BYTES, (error, key) =>
      error ? reject(error) : resolve(Buffer.from(key)),
    );
  });
}

function seal(kek: Buffer, plaintext: Buffer, aad: string): Wrap {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ciphertext: ciphertext.toString('base64') };
}

/** Returns null when the tag does not verify: a wrong secret, or a tampered key file. */
function open(kek: Buffer, wrap: Wrap, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

const aadFor = (storeId: string, kind: 'passphrase' | 'recovery') => `verbatim-keys/v1/${storeId}/${kind}`;

export function encodeRecoveryKey(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += CROCKFORD[(value << (5 - bits)) & 31];
  return out.match(/.{1,6}/g)!.join('-');
}

/** Accepts the key as typed: any case, spaces or dashes, and O/I/L mistaken for 0/1. */
export function decodeRecoveryKey(typed: string): Buffer | null {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== Math.ceil((RECOVERY_KEY_BYTES * 8) / 5)) return null;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of cleaned) {
    const digit = CROCKFORD.indexOf(ch);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes.slice(0, RECOVERY_KEY_BYTES));
}

async function wrapWithPassphrase(storeId: string, dbKey: Buffer, passphrase: string): Promise<KeyFile['passphrase']> {
  const salt = randomBytes(16);
  const kek = await scryptAsync(passphrase, salt, SCRYPT_PARAMS);
  return { kdf: { name: 'scrypt', ...SCRYPT_PARAMS, salt: salt.toString('base64') }, ...seal(kek, dbKey, aadFor(storeId, 'passphrase')) };
}

async function wrapWithNewRecoveryKey(storeId: string, dbKey: Buffer): Promise<{ wrap: KeyFile['recovery']; recoveryKey: string }> {
  const recoveryBytes = randomBytes(RECOVERY_KEY_BYTES);
  const salt = randomBytes(16);
  const kek = await hkdfAsync(recoveryBytes, salt);
  return {
    wrap: { kdf: { name: 'hkdf-sha256', salt: salt.toString('base64') }, ...seal(kek, dbKey, aadFor(storeId, 'recovery')) },
    recoveryKey: encodeRecoveryKey(recoveryBytes),
  };
}

/** Makes a new store key and its key file; the recovery key is returned once, to be shown once. */
export async function createKeys(passphrase: string): Promise<{ keyFile: KeyFile; dbKey: Buffer; recoveryKey: string }> {
  const storeId = randomUUID();
  const dbKey = randomBytes(KEY_BYTES);
  const { wrap, recoveryKey } = await wrapWithNewRecoveryKey(storeId, dbKey);
  const keyFile: KeyFile = {
    format: 'verbatim-keys',
    version: 1,
    storeId,
    cipher: 'sqlcipher-4',
    passphrase: await wrapWithPassphrase(storeId, dbKey, passphrase),
    recovery: wrap,
  };
  return { keyFile, dbKey, recoveryKey };
}

/** A key file with a new recovery key in place of the old one, which stops working. */
export async function replaceRecoveryKey(keyFile: KeyFile, dbKey: Buffer): Promise<{ keyFile: KeyFile; recoveryKey: string }> {
  const { wrap, recoveryKey } = await wrapWithNewRecoveryKey(keyFile.storeId, dbKey);
  return { keyFile: { ...keyFile, recovery: wrap }, recoveryKey };
}

export async function unwrapWithPassphrase(keyFile: KeyFile, passphrase: string): Promise<Buffer> {
  const { kdf } = keyFile.passphrase;
  const kek = await scryptAsync(passphrase, Buffer.from(kdf.salt, 'base64'), kdf);
  const dbKey = open(kek, keyFile.passphrase, aadFor(keyFile.storeId, 'passphrase'));
  if (!dbKey) throw new ServiceError('WRONG_PASSPHRASE', 'That passphrase does not unlock this store.');
  return dbKey;
}

export async function unwrapWithRecoveryKey(keyFile: KeyFile, recoveryKey: string): Promise<Buffer> {
  const bytes = decodeRecoveryKey(recoveryKey);
  const wrong = new ServiceError('WRONG_RECOVERY_KEY', 'That recovery key does not unlock this store.');
  if (!bytes) throw wrong;
  const kek = await hkdfAsync(bytes, Buffer.from(keyFile.recovery.kdf.salt, 'base64'));
  const dbKey = open(kek, keyFile.recovery, aadFor(keyFile.storeId, 'recovery'));
  if (!dbKey) throw wrong;
  return dbKey;
}

/** A key file with the passphrase wrap replaced; the recovery wrap and the data are unchanged. */
export async function rewrapPassphrase(keyFile: KeyFile, dbKey: Buffer, passphrase: string): Promise<KeyFile> {
  return { ...keyFile, passphrase: await wrapWithPassphrase(keyFile.storeId, dbKey, passphrase) };
}

export function parseKeyFile(text: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ServiceError('STORE_KEYS_CORRUPT', 'The key file beside the store is damaged and cannot be read.');
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new ServiceError('STORE_KEYS_CORRUPT', 'The key file beside the store is damaged or from an unknown version.');
  }
  return parsed.data;
}
