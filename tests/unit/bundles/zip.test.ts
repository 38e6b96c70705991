import { randomBytes } from 'node:crypto';
import * as zlib from 'node:zlib';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../main/bundles/zip/crc32';
import { readZip } from '../../../main/bundles/zip/zip-reader';
import { zipToBuffer } from '../../../main/bundles/zip/zip-writer';
import { craftZip } from '../../helpers/zip-craft';
import { expectRefused } from './expect-refusal';

const MiB = 1024 * 1024;

describe('crc32', () => {
  it('gives the standard check value and continues across pieces', () => {
    const text = Buffer.from('123456789');
    expect(crc32(text)).toBe(0xcbf43926);
    expect(crc32(text.subarray(4), crc32(text.subarray(0, 4)))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it.runIf(typeof (zlib as { crc32?: unknown }).crc32 === 'function')('agrees with zlib on random data of every length up to 300 bytes', () => {
    const reference = (zlib as unknown as { crc32: (data: Uint8Array) => number }).crc32;
    for (let length = 0; length <= 300; length++) {
      const data = randomBytes(length);
      expect(crc32(data), `length ${length}`).toBe(reference(data));
    }
  });
});

describe('zipToBuffer and readZip', () => {
  it('round-trips text, binary, empty and compressible files with names in any script, exactly', () => {
    const files = {
      'stories.csv': '\uFEFFid,text\r\n1,"She said ""no"" — twice  "\r\n',
      'data/random.bin': randomBytes(5000),
      'empty.txt': '',
      'data/zeros.bin': Buffer.alloc(300_000),
      'données/ünïcødé 名前.txt': 'naïve café',
    };
    const zip = zipToBuffer(Object.entries(files).map(([name, data]) => ({ name, data })));
    const read = readZip(zip);
    expect([...read.keys()]).toEqual(Object.keys(files));
    for (const [name, data] of Object.entries(files)) {
      expect(read.get(name)!.equals(typeof data === 'string' ? Buffer.from(data, 'utf8') : data)).toBe(true);
    }
    // Compressible content is deflated, so the zip is far smaller than its content.
    expect(zip.length).toBeLessThan(20_000);
  });

  it('reads an empty zip as no files', () => {
    expect(readZip(zipToBuffer([])).size).toBe(0);
  });

  it.each([
    ['../evil.txt', /outside its folder/],
    ['/etc/passwd', /absolute path/],
    ['C:/Windows/evil.txt', /drive letter/],
    ['folder\\evil.txt', /backslash/],
    ['', /empty name/],
    ['a\u0000b', /control character/],
    ['a//b', /empty or "\." folder/],
    ['folder/', /folder entry/],
  ])('refuses to write the unsafe name %j', (name, message) => {
    expectRefused(() => zipToBuffer([{ name, data: 'x' }]), 'INVALID_INPUT', message);
  });

  it('refuses to write one name twice, even in different case', () => {
    expectRefused(() => zipToBuffer([{ name: 'a.txt', data: '1' }, { name: 'A.TXT', data: '2' }]), 'INVALID_INPUT', /twice/);
  });
});

describe('readZip refuses', () => {
  it('a file that is not a zip at all', () => {
    expectRefused(() => readZip(Buffer.from('id,text\n1,hello\n'.repeat(10))), 'BUNDLE_NOT_A_BUNDLE', /not a zip/);
    expectRefused(() => readZip(Buffer.alloc(0)), 'BUNDLE_NOT_A_BUNDLE');
  });

  it('every truncation of a zip, cleanly', () => {
    const zip = zipToBuffer([
      { name: 'a.txt', data: 'first file' },
      { name: 'b.txt', data: 'second file '.repeat(20) },
    ]);
    for (let length = 1; length < zip.length; length++) {
      expectRefused(() => readZip(zip.subarray(0, length)), 'BUNDLE_TRUNCATED');
    }
  });

  it.each([
    ['../evil.txt', /"\.\.\/evil\.txt", a file that would land outside its folder/],
    ['safe/../../evil.txt', /outside its folder/],
    ['/etc/cron.d/evil', /absolute path/],
    ['C:\\Windows\\evil.dll', /backslash|drive letter/],
    ['C:evil.txt', /drive letter/],
    ['folder\\..\\evil.txt', /backslash/],
    ['nul\u0000.txt', /control character/],
    ['', /empty name/],
  ])('the unsafe name %j', (name, message) => {
    expectRefused(() => readZip(craftZip([{ name, data: 'x' }])), 'BUNDLE_UNSAFE', message);
  });

  it('a symbolic link entry', () => {
    const zip = craftZip([{ name: 'link', data: '/etc/passwd', externalAttributes: (0o120777 << 16) >>> 0 }]);
    expectRefused(() => readZip(zip), 'BUNDLE_UNSAFE', /"link", which is a symbolic link/);
  });

  it('a file marked as a folder, a folder entry with content or an unsafe name, and other non-regular entries', () => {
    expectRefused(() => readZip(craftZip([{ name: 'dir', externalAttributes: 0x10, madeBy: 20 }])), 'BUNDLE_UNSAFE', /marked as a folder/);
    expectRefused(() => readZip(craftZip([{ name: 'dir/', data: 'hidden', externalAttributes: (0o040755 << 16) >>> 0 }])), 'BUNDLE_UNSAFE', /"dir\/", a folder entry with content/);
    expectRefused(() => readZip(craftZip([{ name: '../dir/', externalAttributes: (0o040755 << 16) >>> 0 }])), 'BUNDLE_UNSAFE', /outside its folder/);
    expectRefused(() => readZip(craftZip([{ name: 'file.txt', data: 'x', externalAttributes: (0o040755 << 16) >>> 0 }])), 'BUNDLE_UNSAFE', /not an ordinary file/);
    expectRefused(() => readZip(craftZip([{ name: 'fifo', externalAttributes: (0o010644 << 16) >>> 0 }])), 'BUNDLE_UNSAFE', /not an ordinary file/);
  });

  it('a name that is not valid UTF-8', () => {
    const zip = craftZip([{ name: 'x.txt', data: 'x' }]);
    // Replace the name "x" in both headers with a lone continuation byte.
    zip[zip.indexOf('x.txt')] = 0x80;
    zip[zip.lastIndexOf('x.txt')] = 0x80;
    expectRefused(() => readZip(zip), 'BUNDLE_UNSAFE', /not valid text/);
  });

  it('duplicate entries, exact and differing only in case', () => {
    expectRefused(() => readZip(craftZip([{ name: 'stories.csv', data: 'a' }, { name: 'stories.csv', data: 'b' }])), 'BUNDLE_UNSAFE', /"stories\.csv" twice/);
    expectRefused(() => readZip(craftZip([{ name: 'Stories.csv', data: 'a' }, { name: 'stories.CSV', data: 'b' }])), 'BUNDLE_UNSAFE', /same file/);
  });

  it('encrypted entries and unknown compression methods', () => {
    expectRefused(() => readZip(craftZip([{ name: 'secret.txt', data: 'x', flags: 0x0801 }])), 'BUNDLE_UNSAFE', /encrypted/);
    expectRefused(() => readZip(craftZip([{ name: 'b.txt', data: 'x', method: 12 }])), 'BUNDLE_UNSAFE', /method Verbatim does not read \(12\)/);
  });

  it('zip64 entries', () => {
    expectRefused(() => readZip(craftZip([{ name: 'big.bin', data: 'x', size: 0xffffffff }])), 'BUNDLE_UNSAFE', /zip64/);
  });

  it('a decompression bomb over the per-file limit (declared size), without unpacking it', () => {
    const zip = craftZip([{ name: 'bomb.txt', data: Buffer.alloc(3 * MiB) }]);
    expectRefused(() => readZip(zip, { maxEntryBytes: 2 * MiB, maxRatio: 10_000 }), 'BUNDLE_TOO_LARGE', /"bomb\.txt" unpacks to 3145728 bytes, more than the 2097152 allowed/);
  });

  it('a decompression bomb by ratio, under the default limits', () => {
    const zip = craftZip([{ name: 'bomb.txt', data: Buffer.alloc(10 * MiB) }]);
    expect(zip.length).toBeLessThan(20_000);
    expectRefused(() => readZip(zip), 'BUNDLE_TOO_LARGE', /grow more than 200 times/);
  });

  it('a decompression bomb whose declared size lies, stopping at the declared size', () => {
    const zip = craftZip([{ name: 'liar.txt', data: Buffer.alloc(10 * MiB), size: 1000, crc: 0 }]);
    expectRefused(() => readZip(zip), 'BUNDLE_TOO_LARGE', /"liar\.txt" unpacks to more than the 1000 bytes its header declares/);
  });

  it('files whose total is over the limit', () => {
    const zip = craftZip([
      { name: 'a.bin', data: randomBytes(600) },
      { name: 'b.bin', data: randomBytes(600) },
    ]);
    expectRefused(() => readZip(zip, { maxTotalBytes: 1000 }), 'BUNDLE_TOO_LARGE', /1200 bytes, more than the 1000 allowed/);
  });

  it('more entries than allowed', () => {
    const zip = craftZip(Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' })));
    expectRefused(() => readZip(zip, { maxEntries: 10 }), 'BUNDLE_TOO_LARGE', /11 files, more than the 10 allowed/);
  });

  it('a checksum mismatch', () => {
    expectRefused(() => readZip(craftZip([{ name: 'stories.csv', data: 'hello', crc: 12345 }])), 'BUNDLE_TAMPERED', /"stories\.csv" does not match its checksum/);
  });

  it('a changed byte in stored data', () => {
    const zip = craftZip([{ name: 'stories.csv', data: 'hello world', method: 0 }]);
    zip[zip.indexOf('hello')] = 'j'.charCodeAt(0);
    expectRefused(() => readZip(zip), 'BUNDLE_TAMPERED', /"stories\.csv" does not match its checksum/);
  });

  it('local and central headers that disagree', () => {
    expectRefused(() => readZip(craftZip([{ name: 'a.txt', localName: 'b.txt', data: 'x' }])), 'BUNDLE_TAMPERED', /two headers of "a\.txt" disagree/);
  });

  it('a stored size that does not match the data', () => {
    const zip = craftZip([{ name: 'a.txt', data: 'hello', method: 0, size: 4 }]);
    expectRefused(() => readZip(zip), 'BUNDLE_TAMPERED', /not the size its header says/);
  });

  it('damaged compressed data', () => {
    const stored = deflateRawSync(Buffer.from('hello hello hello hello')).subarray(0, 5);
    expectRefused(() => readZip(craftZip([{ name: 'a.txt', data: 'hello hello hello hello', stored }])), 'BUNDLE_TAMPERED', /"a\.txt" cannot be unpacked/);
  });

  it('stray bytes after compressed data', () => {
    const stored = Buffer.concat([deflateRawSync(Buffer.from('hello')), Buffer.from('hidden')]);
    expectRefused(() => readZip(craftZip([{ name: 'a.txt', data: 'hello', stored }])), 'BUNDLE_TAMPERED', /stray bytes/);
  });

  it('an end record that lists more entries than the directory holds', () => {
    expectRefused(() => readZip(craftZip([{ name: 'a.txt', data: 'x' }], { count: 2 })), 'BUNDLE_TAMPERED', /lists 2 files but holds only 1/);
  });

  it('entries whose bytes overlap (a zip bomb trick)', () => {
    // b's whole local record is hidden inside a's stored data, and the directory points at it.
    const inner = craftZip([{ name: 'b.txt', data: 'hidden', method: 0 }]);
    const innerRecord = inner.subarray(0, 30 + 'b.txt'.length + 'hidden'.length);
    const outerHeader = 30 + 'a.txt'.length;
    const zip = craftZip([
      { name: 'a.txt', data: innerRecord, method: 0 },
      { name: 'b.txt', data: 'hidden', method: 0, localOffset: outerHeader },
    ]);
    expectRefused(() => readZip(zip), 'BUNDLE_UNSAFE', /"b\.txt", whose bytes overlap another file's/);
  });

  it('accepts empty folder entries (as zip -r writes them) and leaves them out', () => {
    const zip = craftZip([
      { name: 'schemas/', method: 0, externalAttributes: ((0o040755 << 16) | 0x10) >>> 0 },
      { name: 'schemas/a.json', data: '{}' },
    ]);
    expect([...readZip(zip).keys()]).toEqual(['schemas/a.json']);
  });

  it('accepts a zip comment after the end record', () => {
    expect(readZip(craftZip([{ name: 'a.txt', data: 'x' }], { comment: 'made by hand' })).get('a.txt')!.toString()).toBe('x');
  });
});
