/**
 * AES-GCM for drafts, with WebCrypto. The 256-bit key comes from the encrypted
 * store (getDraftKey) and is imported as non-extractable, so script on the page
 * can use it but never read it back. Every write gets a fresh random 12-byte IV,
 * and the draft's id and owner are bound in as additional data, so a record cannot
 * be passed off as another.
 */
export const IV_BYTES = 12;
const KEY_BYTES = 32;

/** Bytes backed by a plain ArrayBuffer, as WebCrypto and IndexedDB take them. */
export type Bytes = Uint8Array<ArrayBuffer>;

export interface Sealed {
  iv: Bytes;
  ciphertext: Bytes;
}

function fromBase64(base64: string): Bytes {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const encode = (text: string): Bytes => new Uint8Array(new TextEncoder().encode(text));

/** The draft key from its base64 form (as getDraftKey answers). */
export async function importDraftKey(base64: string): Promise<CryptoKey> {
  const raw = fromBase64(base64);
  if (raw.length !== KEY_BYTES) throw new Error(`A draft key must be ${KEY_BYTES} bytes.`);
  return subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** Encrypts `plaintext`; `context` (not secret) must be given again to decrypt. */
export async function sealDraft(key: CryptoKey, plaintext: string, context: string): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: encode(context) }, key, encode(plaintext));
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

/** Decrypts, or throws when the key, the context or a single byte is wrong. */
export async function openDraft(key: CryptoKey, sealed: Sealed, context: string): Promise<string> {
  const plain = await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: encode(context) }, key, sealed.ciphertext);
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}
