/**
 * The passphrase envelope around a transfer file (and any other bundle that must
 * travel encrypted): a short plaintext header, then the payload sealed with
 * AES-256-GCM in 1 MiB chunks. The key comes from scrypt (the store's cost), and
 * a key-check value tells a wrong passphrase apart from a damaged file.
 *
 * Layout: MAGIC, header length (uint32 big-endian), header JSON, then for each
 * chunk its ciphertext followed by its 16-byte tag. Each chunk's nonce is the
 * header's prefix plus the chunk number, and its additional data is the header
 * bytes, the chunk number and whether it is the last, so a cut, reordered or
 * altered chunk fails its tag. The header also states the payload length, so a
 * cut file is reported as cut rather than as tampered with.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ServiceError } from '../../shared/result';
import { SCRYPT_PARAMS, scryptAsync } from '../store/keys';

const MAGIC = Buffer.from('VERBATIM-TRANSFER\n', 'utf8');
const FORMAT = 'verbatim-transfer';
const FORMAT_VERSION = 1;
export const CHUNK_BYTES = 1024 * 1024;
const TAG_BYTES = 16;
export const NONCE_PREFIX_BYTES = 7;
const MAX_HEADER_BYTES = 4096;
const KEY_CHECK_LABEL = 'verbatim-transfer v1 key check';

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(64);

const headerSchema = z
  .object({
    format: z.literal(FORMAT),
    formatVersion: z.literal(FORMAT_VERSION),
    // The cost is fixed for version 1: a file cannot ask for a ruinous scrypt.
    kdf: z.object({ name: z.literal('scrypt'), N: z.literal(SCRYPT_PARAMS.N), r: z.literal(SCRYPT_PARAMS.r), p: z.literal(SCRYPT_PARAMS.p), salt: b64 }).strict(),
    cipher: z.literal('aes-256-gcm'),
    chunkBytes: z.literal(CHUNK_BYTES),
    noncePrefix: b64,
    payloadBytes: z.number().int().nonnegative(),
    keyCheck: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
type Header = z.infer<typeof headerSchema>;

const notABundle = () => new ServiceError('BUNDLE_NOT_A_BUNDLE', 'This is not a Verbatim transfer file.');
const truncated = () => new ServiceError('BUNDLE_TRUNCATED', 'The transfer file is incomplete: it ends early. Copy it again from the field laptop.');
const tampered = (where: string) =>
  new ServiceError('BUNDLE_TAMPERED', `The transfer file has been damaged or altered (${where}). Nothing was imported.`);

interface Keys {
  encryption: Buffer;
  keyCheck: string;
}

async function deriveKeys(passphrase: string, salt: Buffer): Promise<Keys> {
  const master = await scryptAsync(passphrase, salt, SCRYPT_PARAMS);
  const sub = (label: string) => Buffer.from(hkdfSync('sha256', master, salt, label, 32));
  const keyCheck = createHmac('sha256', sub('verbatim-transfer v1 check key')).update(KEY_CHECK_LABEL).digest('hex');
  return { encryption: sub('verbatim-transfer v1 encryption key'), keyCheck };
}

function chunkNonce(prefix: Buffer, index: number): Buffer {
  const nonce = Buffer.alloc(12);
  prefix.copy(nonce, 0);
  nonce.writeUInt8(0, NONCE_PREFIX_BYTES);
  nonce.writeUInt32BE(index, NONCE_PREFIX_BYTES + 1);
  return nonce;
}

function chunkAad(headerBytes: Buffer, index: number, last: boolean): Buffer {
  const tail = Buffer.alloc(5);
  tail.writeUInt32BE(index, 0);
  tail.writeUInt8(last ? 1 : 0, 4);
  return Buffer.concat([headerBytes, tail]);
}

const chunkCount = (payloadBytes: number) => Math.max(1, Math.ceil(payloadBytes / CHUNK_BYTES));

/** Encrypts `payload` under `passphrase`; the passphrase itself is never written anywhere. */
export async function sealWithPassphrase(payload: Uint8Array, passphrase: string): Promise<Buffer> {
  const salt = randomBytes(16);
  const prefix = randomBytes(NONCE_PREFIX_BYTES);
  const keys = await deriveKeys(passphrase, salt);
  const header: Header = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    kdf: { name: 'scrypt', ...SCRYPT_PARAMS, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    chunkBytes: CHUNK_BYTES,
    noncePrefix: prefix.toString('base64'),
    payloadBytes: payload.length,
    keyCheck: keys.keyCheck,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length, 0);
  return Buffer.concat([MAGIC, length, headerBytes, ...sealChunks(payload, keys.encryption, prefix, headerBytes)]);
}

/**
 * The chunked AES-256-GCM body shared by transfer files and sync batches: each
 * chunk's nonce is `prefix` (7 bytes) plus its number, its additional data the
 * header bytes, its number and whether it is the last.
 */
export function sealChunks(payload: Uint8Array, key: Buffer, prefix: Buffer, headerBytes: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  const count = chunkCount(payload.length);
  for (let index = 0; index < count; index += 1) {
    const cipher = createCipheriv('aes-256-gcm', key, chunkNonce(prefix, index));
    cipher.setAAD(chunkAad(headerBytes, index, index === count - 1));
    parts.push(cipher.update(payload.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES)), cipher.final(), cipher.getAuthTag());
  }
  return parts;
}

/** The body's length for a payload of `payloadBytes`, tags included. */
export const sealedBytes = (payloadBytes: number): number => payloadBytes + chunkCount(payloadBytes) * TAG_BYTES;

/**
 * Opens a body made by `sealChunks` (exactly `sealedBytes(payloadBytes)` long);
 * answers the first chunk whose tag fails instead of the payload.
 */
export function openChunks(body: Buffer, key: Buffer, prefix: Buffer, headerBytes: Buffer, payloadBytes: number): Buffer | { failedChunk: number; chunks: number } {
  const count = chunkCount(payloadBytes);
  const parts: Buffer[] = [];
  let offset = 0;
  for (let index = 0; index < count; index += 1) {
    const plainLength = Math.min(CHUNK_BYTES, payloadBytes - index * CHUNK_BYTES);
    const ciphertext = body.subarray(offset, offset + plainLength);
    const tag = body.subarray(offset + plainLength, offset + plainLength + TAG_BYTES);
    offset += plainLength + TAG_BYTES;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, chunkNonce(prefix, index));
      decipher.setAAD(chunkAad(headerBytes, index, index === count - 1));
      decipher.setAuthTag(tag);
      parts.push(decipher.update(ciphertext), decipher.final());
    } catch {
      return { failedChunk: index, chunks: count };
    }
  }
  return Buffer.concat(parts);
}

function readHeader(file: Uint8Array): { header: Header; headerBytes: Buffer; body: Buffer } {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const start = bytes.subarray(0, MAGIC.length);
  if (!MAGIC.subarray(0, start.length).equals(start) || bytes.length === 0) throw notABundle();
  if (bytes.length < MAGIC.length + 4) throw truncated();
  const headerLength = bytes.readUInt32BE(MAGIC.length);
  if (headerLength > MAX_HEADER_BYTES) throw notABundle();
  const headerEnd = MAGIC.length + 4 + headerLength;
  if (bytes.length < headerEnd) throw truncated();
  const headerBytes = bytes.subarray(MAGIC.length + 4, headerEnd);
  let json: unknown;
  try {
    json = JSON.parse(headerBytes.toString('utf8'));
  } catch {
    throw notABundle();
  }
  const claimed = z.object({ format: z.literal(FORMAT), formatVersion: z.number() }).safeParse(json);
  if (!claimed.success) throw notABundle();
  if (claimed.data.formatVersion !== FORMAT_VERSION) {
    throw new ServiceError(
      'BUNDLE_VERSION_UNSUPPORTED',
      `This transfer file uses format version ${claimed.data.formatVersion}, which this version of Verbatim cannot read. Update Verbatim on this laptop.`,
    );
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw tampered('its header');
  return { header: parsed.data, headerBytes, body: bytes.subarray(headerEnd) };
}

/** Decrypts a file made by `sealWithPassphrase`, checking every chunk. */
export async function openWithPassphrase(file: Uint8Array, passphrase: string): Promise<Buffer> {
  const { header, headerBytes, body } = readHeader(file);
  const expected = sealedBytes(header.payloadBytes);
  if (body.length < expected) throw truncated();
  if (body.length > expected) throw tampered('extra bytes after the end');
  const keys = await deriveKeys(passphrase, Buffer.from(header.kdf.salt, 'base64'));
  const check = Buffer.from(header.keyCheck, 'hex');
  if (!timingSafeEqual(check, Buffer.from(keys.keyCheck, 'hex'))) {
    throw new ServiceError('WRONG_BUNDLE_PASSPHRASE', 'That passphrase does not open this transfer file. Ask the person who made it; if it is right, the file may be damaged.');
  }
  const prefix = Buffer.from(header.noncePrefix, 'base64');
  if (prefix.length !== NONCE_PREFIX_BYTES) throw tampered('its header');
  const opened = openChunks(body, keys.encryption, prefix, headerBytes, header.payloadBytes);
  if (!Buffer.isBuffer(opened)) throw tampered(`block ${opened.failedChunk + 1} of ${opened.chunks}`);
  return opened;
}
