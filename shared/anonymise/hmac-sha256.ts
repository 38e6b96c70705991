/**
 * HMAC-SHA256 (RFC 2104, FIPS 180-4) in plain TypeScript, for the renderer and workers
 * where node:crypto is absent and WebCrypto is asynchronous, and for the CLI's bundles:
 * keyed once, it digests the short messages of placeholders faster than node:crypto, whose
 * HMAC sets its key up again on every call. Both give the same bytes.
 */
/** Int32Array, not Uint32Array: constants above 2^31 would be doubles in every round. */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const BLOCK = 64;

/** One SHA-256 compression of the 16 big-endian words in w[0..15] into state (w is overwritten). */
function compress(state: Int32Array, w: Int32Array): void {
  for (let t = 16; t < 64; t++) {
    const w15 = w[t - 15]!;
    const w2 = w[t - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let t = 0; t < 64; t++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

const words = new Int32Array(64);
const working = new Int32Array(8);

/**
 * Hashes `message` on from `start` (which has already absorbed `prefixLength` bytes, a
 * multiple of 64), with SHA-256's padding for the whole length, leaving the digest's
 * words in `working`.
 */
function absorb(start: Int32Array, prefixLength: number, message: Uint8Array): void {
  const length = message.length;
  const total = prefixLength + length;
  const padded = Math.ceil((length + 9) / BLOCK) * BLOCK;
  working.set(start);
  for (let offset = 0; offset < padded; offset += BLOCK) {
    for (let t = 0; t < 16; t++) {
      const i = offset + t * 4;
      if (i + 3 < length) {
        words[t] = (message[i]! << 24) | (message[i + 1]! << 16) | (message[i + 2]! << 8) | message[i + 3]!;
        continue;
      }
      // The word where the message ends: its last bytes, the 0x80 that closes it, zeros.
      let word = 0;
      for (let k = i; k < i + 4; k++) word = (word << 8) | (k < length ? message[k]! : k === length ? 0x80 : 0);
      words[t] = word;
    }
    if (offset + BLOCK === padded) {
      words[14] = Math.floor((total * 8) / 2 ** 32);
      words[15] = (total * 8) | 0;
    }
    compress(working, words);
  }
}

/** The digest in `working` as 32 bytes, in `out` when given. */
function workingBytes(out: Uint8Array = new Uint8Array(32)): Uint8Array {
  for (let i = 0; i < 8; i++) {
    const v = working[i]!;
    out[i * 4] = v >>> 24;
    out[i * 4 + 1] = (v >>> 16) & 0xff;
    out[i * 4 + 2] = (v >>> 8) & 0xff;
    out[i * 4 + 3] = v & 0xff;
  }
  return out;
}

function finish(start: Int32Array, prefixLength: number, message: Uint8Array): Uint8Array {
  absorb(start, prefixLength, message);
  return workingBytes();
}

/**
 * The outer hash of an HMAC over the inner digest left in `working`: the digest's eight
 * words are the outer message, padded in place (one block), never turned into bytes.
 */
function outerHash(outer: Int32Array, out?: Uint8Array): Uint8Array {
  for (let t = 0; t < 8; t++) words[t] = working[t]!;
  words[8] = 0x80000000 | 0;
  for (let t = 9; t < 15; t++) words[t] = 0;
  words[15] = (BLOCK + 32) * 8;
  working.set(outer);
  compress(working, words);
  return workingBytes(out);
}

export function sha256(message: Uint8Array): Uint8Array {
  return finish(Int32Array.from(IV), 0, message);
}

/** The state after one block of the key XORed with a pad byte (HMAC's inner or outer key). */
function padState(key: Uint8Array, pad: number): Int32Array {
  const state = Int32Array.from(IV);
  for (let t = 0; t < 16; t++) {
    let word = 0;
    for (let k = 0; k < 4; k++) word = (word << 8) | ((key[t * 4 + k] ?? 0) ^ pad);
    words[t] = word;
  }
  compress(state, words);
  return state;
}

/**
 * HMAC (RFC 2104) under one key: the inner and outer padded key blocks are compressed once,
 * here, so each message costs only its own blocks and the inner digest's (two compressions
 * for a message under 56 bytes, where a fresh HMAC takes four).
 * With `out` (32 bytes), every digest is written into it and it is returned: for a caller
 * that reads each digest before asking for the next, so no array is made per message.
 */
export function keyedHmacSha256(key: Uint8Array, out?: Uint8Array): (message: Uint8Array) => Uint8Array {
  const shortKey = key.length > BLOCK ? sha256(key) : key;
  const inner = padState(shortKey, 0x36);
  const outer = padState(shortKey, 0x5c);
  return (message) => {
    absorb(inner, BLOCK, message);
    return outerHash(outer, out);
  };
}

export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return keyedHmacSha256(key)(message);
}
