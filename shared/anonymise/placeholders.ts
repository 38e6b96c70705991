import { keyedHmacSha256 } from './hmac-sha256';
import { fold } from './text/fold';
import type { EntityType } from './types';

/** An HMAC-SHA256 to use instead of the book's own keyed one (main passes node:crypto's). */
export type HmacSha256 = (key: Uint8Array, message: Uint8Array) => Uint8Array;

const encoder = new TextEncoder();

/** The form two mentions share when they are the same identifier ("07723 418 906" and "07723418906"). */
export function normaliseValue(type: EntityType, value: string): string {
  switch (type) {
    case 'PHONE': {
      let digits = value.replace(/\D/g, '');
      if (digits.startsWith('00')) digits = digits.slice(2);
      if (digits.startsWith('440')) digits = digits.slice(2);
      else if (digits.startsWith('44')) digits = `0${digits.slice(2)}`;
      return digits;
    }
    case 'NHS_NUMBER':
      return value.replace(/\D/g, '');
    case 'NINO':
    case 'POSTCODE':
      return value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    case 'EMAIL':
      return value.trim().toLowerCase();
    case 'URL':
      return value.trim().toLowerCase().replace(/\/+$/, '');
    case 'DATE':
      return fold(value).replace(/(\d)(?:st|nd|rd|th)\b/g, '$1').replace(/\bof\b/g, ' ').replace(/[\s,.]+/g, ' ').trim();
    case 'PERSON':
    case 'ADDRESS':
      return fold(value).replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }
}

/** The first 12 bytes (96 bits) of a digest as a short string: enough to tell values apart, small to keep. */
function digestKey(b: Uint8Array): string {
  // Six 16-bit code units, without spreading a typed array (which goes through its iterator).
  return String.fromCharCode((b[0]! << 8) | b[1]!, (b[2]! << 8) | b[3]!, (b[4]! << 8) | b[5]!, (b[6]! << 8) | b[7]!, (b[8]! << 8) | b[9]!, (b[10]! << 8) | b[11]!);
}

/**
 * Numbers identifiers per bundle: the same normalised value gets the same number, in order
 * of first appearance per type. The book keeps only HMAC digests under the bundle's key,
 * never the values, and a fresh key per bundle makes numbers unlinkable across bundles.
 * A single name ("Frank") reuses the number of a fuller name met before ("Frank Mulligan"),
 * and an initial with a surname ("K. Kelly") that of the full name it abbreviates ("Karen
 * Kelly"), never that of another name sharing a word ("Kelly Smith" is K. Smith).
 */
export class PlaceholderBook {
  private readonly numbers = new Map<string, number>();
  private readonly nameParts = new Map<string, number>();
  /** Initial-and-word forms of full names met ("k kelly" for Karen Kelly). */
  private readonly initialForms = new Map<string, number>();
  /** Names met written as an initial and a word ("k kelly" for K. Kelly). */
  private readonly abbreviations = new Map<string, number>();
  private readonly counters = new Map<EntityType, number>();

  private readonly sign: (message: Uint8Array) => Uint8Array;
  private scratch = new Uint8Array(256);

  /** Without `hmac`, the key's padded blocks are hashed once here rather than for every digest. */
  constructor(key: Uint8Array, hmac?: HmacSha256) {
    // Each digest is read (digestKey) before the next is made, so one array holds them all.
    this.sign = hmac ? (message) => hmac(key, message) : keyedHmacSha256(key, new Uint8Array(32));
  }

  private digest(label: string, value: string): string {
    const message = `${label}\u0000${value}`;
    // Encoded into one reused buffer (UTF-8 takes at most three bytes a UTF-16 unit), not a new array per digest.
    if (this.scratch.length < message.length * 3) this.scratch = new Uint8Array(message.length * 3);
    const { written } = encoder.encodeInto(message, this.scratch);
    return digestKey(this.sign(this.scratch.subarray(0, written)));
  }

  private next(type: EntityType): number {
    const n = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, n);
    return n;
  }

  private rememberFirst(map: Map<string, number>, label: string, value: string, n: number): void {
    const digest = this.digest(label, value);
    if (!map.has(digest)) map.set(digest, n);
  }

  numberFor(type: EntityType, value: string): number {
    const normalised = normaliseValue(type, value);
    const digest = this.digest(type, normalised);
    const known = this.numbers.get(digest);
    if (known !== undefined) return known;
    const n = type === 'PERSON' ? this.personNumber(normalised) : this.next(type);
    this.numbers.set(digest, n);
    return n;
  }

  private personNumber(normalised: string): number {
    const parts = normalised.split(' ');
    const words = parts.filter((w) => w.length > 1);
    if (words.length === 0) return this.next('PERSON');
    if (words.length === 1) {
      const word = words[0]!;
      const wordAt = parts.indexOf(word);
      const initialBefore = parts.slice(0, wordAt).find((p) => p.length === 1);
      const initialAfter = parts.slice(wordAt + 1).find((p) => p.length === 1);
      const initialForm = initialBefore !== undefined ? `${initialBefore} ${word}` : initialAfter !== undefined ? `${word} ${initialAfter}` : undefined;
      if (initialForm === undefined) return this.nameParts.get(this.digest('PERSON-PART', word)) ?? this.next('PERSON');
      const initialDigest = this.digest('PERSON-INITIAL', initialForm);
      const fullName = this.initialForms.get(initialDigest);
      if (fullName !== undefined) return fullName;
      // An abbreviation met first: the full name met later ("Karen Kelly") takes its number.
      const n = this.abbreviations.get(initialDigest) ?? this.next('PERSON');
      this.abbreviations.set(initialDigest, n);
      this.rememberFirst(this.nameParts, 'PERSON-PART', word, n);
      return n;
    }
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const forms = [`${first[0]} ${last}`, `${first} ${last[0]}`];
    const digests = forms.map((form) => this.digest('PERSON-INITIAL', form));
    let n: number | undefined;
    // Two full names never share a number through their initials ("Kelly Smith", "Karen Smith").
    for (const d of digests) n ??= this.abbreviations.get(d);
    n ??= this.next('PERSON');
    for (const d of digests) this.abbreviations.delete(d); // claimed: "Kevin Kelly" later is someone else
    for (const d of digests) if (!this.initialForms.has(d)) this.initialForms.set(d, n);
    for (const word of words) this.rememberFirst(this.nameParts, 'PERSON-PART', word, n);
    return n;
  }

  placeholderFor(type: EntityType, value: string): string {
    return `[${type} ${this.numberFor(type, value)}]`;
  }
}
