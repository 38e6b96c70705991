/**
 * One sync batch as the server holds it: the transfer envelope's layout and its
 * chunked AES-256-GCM body, with a key instead of a passphrase. The header names
 * the laptop, the batch number and the audience, and every chunk's tag covers the
 * header, so a blob moved to another row, given another audience or changed in any
 * byte is refused. A per-audience key check tells a wrong sync key apart from
 * tampering.
 *
 *   "VERBATIM-SYNC\n", header length (uint32 BE), header JSON, chunks (ciphertext, tag)...
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ServiceError } from '../../shared/result';
import { CHUNK_BYTES, NONCE_PREFIX_BYTES, openChunks, sealChunks, sealedBytes } from '../transfer/envelope';
import { batchKey, keyCheck } from './sync-key';

const MAGIC = Buffer.from('VERBATIM-SYNC\n', 'utf8');
const MAX_HEADER_BYTES = 4096;
const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(64);

const headerSchema = z
  .object({
    format: z.literal('verbatim-sync-batch'),
    formatVersion: z.literal(1),
    deviceId: z.string().min(1).max(200),
    seq: z.number().int().positive(),
    audience: z.string().min(1).max(40),
    cipher: z.literal('aes-256-gcm'),
    chunkBytes: z.literal(CHUNK_BYTES),
    salt: b64,
    noncePrefix: b64,
    payloadBytes: z.number().int().nonnegative(),
    keyCheck: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export interface BatchAddress {
  deviceId: string;
  seq: number;
  audience: string;
}

const where = (address: BatchAddress) => `batch ${address.seq} from laptop ${address.deviceId}`;

export const tamperedBatch = (address: BatchAddress, what: string) =>
  new ServiceError('SYNC_TAMPERED', `The server's copy of ${where(address)} has been damaged or altered (${what}). It was refused and nothing was applied.`);

export function sealBatch(payload: Uint8Array, address: BatchAddress, audienceKey: Buffer): Buffer {
  const salt = randomBytes(16);
  const prefix = randomBytes(NONCE_PREFIX_BYTES);
  const header: z.infer<typeof headerSchema> = {
    format: 'verbatim-sync-batch',
    formatVersion: 1,
    ...address,
    cipher: 'aes-256-gcm',
    chunkBytes: CHUNK_BYTES,
    salt: salt.toString('base64'),
    noncePrefix: prefix.toString('base64'),
    payloadBytes: payload.length,
    keyCheck: keyCheck(audienceKey),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length, 0);
  return Buffer.concat([MAGIC, length, headerBytes, ...sealChunks(payload, batchKey(audienceKey, salt), prefix, headerBytes)]);
}

/**
 * Opens the blob stored at `address` with the audience key. Throws SYNC_WRONG_KEY
 * when the blob was sealed with another key, SYNC_TAMPERED for anything else.
 */
export function openBatch(blob: Uint8Array, address: BatchAddress, audienceKey: Buffer): Buffer {
  const bytes = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw tamperedBatch(address, 'not a sync batch');
  const headerLength = bytes.readUInt32BE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + headerLength;
  if (headerLength > MAX_HEADER_BYTES || bytes.length < headerEnd) throw tamperedBatch(address, 'its header');
  const headerBytes = bytes.subarray(MAGIC.length + 4, headerEnd);
  let json: unknown;
  try {
    json = JSON.parse(headerBytes.toString('utf8'));
  } catch {
    throw tamperedBatch(address, 'its header');
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw tamperedBatch(address, 'its header');
  const header = parsed.data;
  if (header.deviceId !== address.deviceId || header.seq !== address.seq || header.audience !== address.audience) {
    throw tamperedBatch(address, 'it was made for another place on the server');
  }
  if (!timingSafeEqual(Buffer.from(header.keyCheck, 'hex'), Buffer.from(keyCheck(audienceKey), 'hex'))) {
    throw new ServiceError(
      'SYNC_WRONG_KEY',
      `${where(address)} was sealed with a different sync key from this laptop's. Enrol this laptop again with the words an administrator gives you. Nothing was applied.`,
    );
  }
  const body = bytes.subarray(headerEnd);
  const prefix = Buffer.from(header.noncePrefix, 'base64');
  const salt = Buffer.from(header.salt, 'base64');
  if (body.length !== sealedBytes(header.payloadBytes) || prefix.length !== NONCE_PREFIX_BYTES || salt.length !== 16) throw tamperedBatch(address, 'its length');
  const opened = openChunks(body, batchKey(audienceKey, salt), prefix, headerBytes, header.payloadBytes);
  if (!Buffer.isBuffer(opened)) throw tamperedBatch(address, `block ${opened.failedChunk + 1} of ${opened.chunks}`);
  return opened;
}
