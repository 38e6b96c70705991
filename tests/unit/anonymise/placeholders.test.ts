import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyedHmacSha256 } from '../../../shared/anonymise/hmac-sha256';
import { createBundleAnonymiser, hmacSha256, normaliseValue, PlaceholderBook, sha256 } from '../../../shared/anonymise/index';

const nodeHmac = (key: Uint8Array, message: Uint8Array): Uint8Array => new Uint8Array(createHmac('sha256', key).update(message).digest());
const keyA = new Uint8Array(32).fill(1);
const keyB = new Uint8Array(32).fill(2);
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('HMAC-SHA256 in plain TypeScript', () => {
  it('matches the published SHA-256 test vector', () => {
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  // RFC 4231, section 4: the HMAC-SHA-256 test cases (case 5's output is truncated to 128 bits).
  const fromHex = (h: string): Uint8Array => new Uint8Array(Buffer.from(h, 'hex'));
  const text = (t: string): Uint8Array => new TextEncoder().encode(t);
  const rfc4231: readonly (readonly [string, Uint8Array, Uint8Array, string])[] = [
    ['1', fromHex('0b'.repeat(20)), text('Hi There'), 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
    ['2', text('Jefe'), text('what do ya want for nothing?'), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
    ['3', fromHex('aa'.repeat(20)), fromHex('dd'.repeat(50)), '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe'],
    ['4', fromHex('0102030405060708090a0b0c0d0e0f10111213141516171819'), fromHex('cd'.repeat(50)), '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b'],
    ['5', fromHex('0c'.repeat(20)), text('Test With Truncation'), 'a3b6167473100ee06e0c796c2955552b'],
    ['6', fromHex('aa'.repeat(131)), text('Test Using Larger Than Block-Size Key - Hash Key First'), '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54'],
    [
      '7',
      fromHex('aa'.repeat(131)),
      text('This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.'),
      '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
    ],
  ];
  it.each(rfc4231)('matches RFC 4231 test case %s', (_, key, message, expected) => {
    expect(hex(hmacSha256(key, message)).slice(0, expected.length)).toBe(expected);
  });

  it('matches node:crypto for keys and messages either side of the 64-byte block and its padding', () => {
    for (const keyLength of [0, 1, 31, 32, 63, 64, 65, 200]) {
      for (const messageLength of [0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) {
        const key = Uint8Array.from({ length: keyLength }, (_, i) => (i * 31 + keyLength) & 0xff);
        const message = Uint8Array.from({ length: messageLength }, (_, i) => (i * 7 + messageLength) & 0xff);
        expect(hex(hmacSha256(key, message))).toBe(hex(nodeHmac(key, message)));
      }
    }
    const accented = text('PERSON\u0000łukasz nguyễn ሃብቶም 王');
    expect(hex(hmacSha256(keyA, accented))).toBe(hex(nodeHmac(keyA, accented)));
  });

  it.each(rfc4231)('keyed once, matches RFC 4231 test case %s', (_, key, message, expected) => {
    const keyed = keyedHmacSha256(key);
    expect(hex(keyed(message)).slice(0, expected.length)).toBe(expected);
    expect(hex(keyed(message)).slice(0, expected.length)).toBe(expected);
  });

  it('keyed once, matches node:crypto message after message, short and long in turn', () => {
    for (const keyLength of [16, 32, 64, 65, 131]) {
      const key = Uint8Array.from({ length: keyLength }, (_, i) => (i * 13 + 5) & 0xff);
      const keyed = keyedHmacSha256(key);
      const out = new Uint8Array(32);
      const keyedInto = keyedHmacSha256(key, out);
      for (const messageLength of [0, 55, 56, 64, 1000, 3, 119, 120, 0, 300, 9]) {
        const message = Uint8Array.from({ length: messageLength }, (_, i) => (i * 11 + messageLength) & 0xff);
        expect(hex(keyed(message))).toBe(hex(nodeHmac(key, message)));
        // Written into the caller's array, digest after digest.
        expect(keyedInto(message)).toBe(out);
        expect(hex(out)).toBe(hex(nodeHmac(key, message)));
      }
    }
  });

  it('numbers a bundle the same with its own keyed HMAC as with node:crypto', () => {
    const own = new PlaceholderBook(keyA);
    const node = new PlaceholderBook(keyA, nodeHmac);
    for (const [type, value] of [['PERSON', 'Karen Kelly'], ['PERSON', 'K. Kelly'], ['PHONE', '020 7946 0101'], ['PERSON', 'Łukasz Nguyễn'], ['PERSON', 'Kelly']] as const) {
      expect(own.placeholderFor(type, value)).toBe(node.placeholderFor(type, value));
    }
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

  it('gives an initial and surname the number of the full name it abbreviates, and no other', () => {
    const book = new PlaceholderBook(keyA, hmacSha256);
    expect(book.placeholderFor('PERSON', 'Kelly Smith')).toBe('[PERSON 1]');
    // "K. Kelly" shares a word with Kelly Smith but is another person (Kelly Smith is K. Smith).
    expect(book.placeholderFor('PERSON', 'K. Kelly')).toBe('[PERSON 2]');
    expect(book.placeholderFor('PERSON', 'K. Smith')).toBe('[PERSON 1]');
    expect(book.placeholderFor('PERSON', 'Karen Kelly')).toBe('[PERSON 2]');
    expect(book.placeholderFor('PERSON', 'J. Kelly')).toBe('[PERSON 3]');
    expect(book.placeholderFor('PERSON', 'Smith')).toBe('[PERSON 1]');
    expect(book.placeholderFor('PERSON', 'Keith Smith')).toBe('[PERSON 4]');
  });

  it('gives a surname alone the number of the initial and surname met before', () => {
    const book = new PlaceholderBook(keyA, hmacSha256);
    expect(book.placeholderFor('PERSON', 'A. Begum')).toBe('[PERSON 1]');
    expect(book.placeholderFor('PERSON', 'Tanvir')).toBe('[PERSON 2]');
    expect(book.placeholderFor('PERSON', 'Begum')).toBe('[PERSON 1]');
    expect(book.placeholderFor('PERSON', 'A Begum')).toBe('[PERSON 1]');
    expect(book.placeholderFor('PERSON', 'Amina Begum')).toBe('[PERSON 1]');
    expect(book.placeholderFor('PERSON', 'Tanvir')).toBe('[PERSON 2]');
    expect(book.placeholderFor('PERSON', 'Anwara Begum')).toBe('[PERSON 3]');
  });

  it('keeps one-word names and initials with surnames in order of first appearance', () => {
    const book = new PlaceholderBook(keyA, hmacSha256);
    const names = ['Kelly', 'K. Kelly', 'Gavin', 'G. Okafor', 'Okafor', 'Kelly'];
    expect(names.map((name) => book.placeholderFor('PERSON', name))).toEqual(['[PERSON 1]', '[PERSON 2]', '[PERSON 3]', '[PERSON 4]', '[PERSON 4]', '[PERSON 1]']);
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
