import { fold } from './text/fold';
import type { EntityType } from './types';

/** HMAC-SHA256, injected so that the engine needs no node:crypto (the CLI passes one). */
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
 * A single name ("Frank") reuses the number of a fuller name met before ("Frank Mulligan").
 */
export class PlaceholderBook {
  private readonly numbers = new Map<string, number>();
  private readonly nameParts = new Map<string, number>();
  private readonly counters = new Map<EntityType, number>();

  constructor(
    private readonly key: Uint8Array,
    private readonly hmac: HmacSha256,
  ) {}

  private digest(label: string, value: string): string {
    return digestKey(this.hmac(this.key, encoder.encode(`${label}\u0000${value}`)));
  }

  private next(type: EntityType): number {
    const n = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, n);
    return n;
  }

  numberFor(type: EntityType, value: string): number {
    const normalised = normaliseValue(type, value);
    const digest = this.digest(type, normalised);
    const known = this.numbers.get(digest);
    if (known !== undefined) return known;
    let n: number | undefined;
    const words = type === 'PERSON' ? normalised.split(' ').filter((w) => w.length > 1) : [];
    if (words.length === 1) n = this.nameParts.get(this.digest('PERSON-PART', words[0]!));
    n ??= this.next(type);
    this.numbers.set(digest, n);
    if (words.length > 1) {
      for (const word of words) {
        const partDigest = this.digest('PERSON-PART', word);
        if (!this.nameParts.has(partDigest)) this.nameParts.set(partDigest, n);
      }
    }
    return n;
  }

  placeholderFor(type: EntityType, value: string): string {
    return `[${type} ${this.numberFor(type, value)}]`;
  }
}
