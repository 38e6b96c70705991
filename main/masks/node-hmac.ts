/** HMAC-SHA256 from node:crypto, in the shape the anonymiser engine takes. */
import { createHmac } from 'node:crypto';
import type { HmacSha256 } from '../../shared/anonymise';

export const nodeHmacSha256: HmacSha256 = (key, message) => new Uint8Array(createHmac('sha256', key).update(message).digest());
