import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBundleAnonymiser, hmacSha256, normaliseValue, PlaceholderBook, sha256 } from '../../../shared/anonymise/index';

const nodeHmac = (key: Uint8Array, message: Uint8Array): Uint8Array => new Uint8Array(createHmac('sha256', key).update(message).digest());
const keyA = new Uint8Array(32).fill(1);
const keyB = new Uint8Array(32).fill(2);
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('HMAC-SHA256 in plain TypeScript', () => {
  it('matches the published SHA-256 test vector', () => {
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches node:crypto for short and long keys and messages', () => {
    for (const [key, message] of [
      [keyA, 'PERSON\u0000kelly'],
      [new Uint8Array(100).fill(7), 'x'.repeat(1000)],
    ] as const) {
      const bytes = new TextEncoder().encode(message);
      expect(hex(hmacSha256(key, bytes))).toBe(hex(nodeHmac(key, bytes)));
    }
  });
});

describe('placeholders', () => {
  it('normalises the forms of one identifier to one value', () => {
    expect(normaliseValue('PHONE', '+44 (0)20 7289 4416')).toBe(normaliseValue('PHONE', '020 7289 4416'));
    expect(normaliseValue('PHONE', '+447956223418')).toBe('07956223418');
    expect(normaliseValue('POSTCODE', 'w9 3pw')).toBe('W93PW');
    expect(normaliseValue('PERSON', "KELLY's")).toBe('kelly');
  });

  it('numbers identifiers consistently within a bundle, by type', () => {
    const book = new PlaceholderBook(keyA, nodeHmac);
    expect(book.placeholderFor('PERSON', 'Kelly')).toBe('[PERSON 1]');
    expect(book.placeholderFor('PERSON', 'Gavin')).toBe('[PERSON 2]');
    expect(book.placeholderFor('PERSON', 'KELLY')).toBe('[PERSON 1]');
    expect(book.placeholderFor('PHONE', '07723 418 906')).toBe('[PHONE 1]');
    expect(book.placeholderFor('PHONE', '07723418906')).toBe('[PHONE 1]');
  });

  it('gives a first or family name alone the number of the full name met before', () => {
    const book = new PlaceholderBook(keyA, hmacSha256);
    expect(book.placeholderFor('PERSON', 'Frank Mulligan')).toBe('[PERSON 1]');
    expect(book.placeholderFor('PERSON', 'Frank')).toBe('[PERSON 1]');
    expect(book.placeholderFor('PERSON', 'Mulligan')).toBe('[PERSON 1]');
  });

  it('keeps only digests, so two bundle keys give unrelated digests for the same name', () => {
    const seen: string[] = [];
    const spy = (key: Uint8Array, message: Uint8Array): Uint8Array => {
      const digest = nodeHmac(key, message);
      seen.push(hex(digest));
      return digest;
    };
    new PlaceholderBook(keyA, spy).placeholderFor('PERSON', 'Kelly');
    new PlaceholderBook(keyB, spy).placeholderFor('PERSON', 'Kelly');
    expect(seen[0]).not.toBe(seen[1]);
  });
});

describe('bundle anonymiser', () => {
  it('replaces identifiers with typed placeholders and keeps input offsets', () => {
    const bundle = createBundleAnonymiser({ key: keyA, hmac: nodeHmac });
    const text = 'The receptionist, Kelly, took my number, 07723 418 906. Kelly never rang.';
    const out = bundle.anonymise(text);
    expect(out.text).toBe('The receptionist, [PERSON 1], took my number, [PHONE 1]. [PERSON 1] never rang.');
    expect(out.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Kelly', '07723 418 906', 'Kelly']);
  });

  it('is consistent across the texts of one bundle and learns names from earlier texts', () => {
    const bundle = createBundleAnonymiser({ key: keyA, hmac: nodeHmac });
    expect(bundle.anonymise('My son Tanvir took two weeks off work.').text).toBe('My son [PERSON 1] took two weeks off work.');
    expect(bundle.anonymise('Tanvir has been a star.').text).toBe('[PERSON 1] has been a star.');
    expect(bundle.learnedNameCount).toBeGreaterThan(0);
  });

  it('numbers by first appearance, so another bundle cannot be linked through the digests', () => {
    const first = createBundleAnonymiser({ key: keyA, hmac: nodeHmac });
    const second = createBundleAnonymiser({ key: keyB, hmac: nodeHmac });
    const text = 'Dr Okafor and Dr Hallworth.';
    expect(first.anonymise(text).text).toBe(second.anonymise(text).text);
    expect(second.anonymise('Dr Hallworth again.').text).toBe('Dr [PERSON 2] again.');
  });

  it('redacts the masks a person checked, including one they added', () => {
    const bundle = createBundleAnonymiser({ key: keyA, hmac: nodeHmac });
    const text = 'We saw the consultant about Nan.';
    const proposed = bundle.detect(text);
    const added = { start: text.indexOf('Nan'), end: text.indexOf('Nan') + 3, type: 'PERSON' as const, confidence: 'high' as const, rule: 'human' };
    expect(bundle.redact(text, [...proposed, added]).text).toBe('We saw the consultant about [PERSON 1].');
  });

  it('refuses a short key', () => {
    expect(() => createBundleAnonymiser({ key: new Uint8Array(4), hmac: nodeHmac })).toThrow(/16 bytes/);
  });
});
