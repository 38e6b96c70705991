/**
 * Fuzzing the bundle reader: random bytes, random zips and thousands of mutations of
 * a valid bundle. Each input must either verify to exactly the original or be
 * refused with a BUNDLE_* ServiceError: never another exception, never a hang.
 * Runs for a few seconds with a fresh seed each time; a failure prints its seed
 * (rerun with VERBATIM_FUZZ_SEED=<seed>).
 */
import { describe, expect, it } from 'vitest';
import { readSignedBundle, signedBundleToBuffer } from '../../../main/bundles/signed-bundle';
import { ServiceError } from '../../../shared/result';
import { craftZip, type CraftEntry } from '../../helpers/zip-craft';
import { rezip, sampleBundle } from './bundle-fixture';

const SEED = Number(process.env.VERBATIM_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 32));
const BUDGET_MS = 3000;
const LIMITS = { maxEntries: 50, maxEntryBytes: 256 * 1024, maxTotalBytes: 512 * 1024, maxRatio: 200 };

/** mulberry32: small, fast and good enough to drive a fuzzer reproducibly. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { int, pick: <T>(items: readonly T[]): T => items[int(items.length)]!, bytes: (n: number) => Buffer.from(Array.from({ length: n }, () => int(256))) };
}
type Random = ReturnType<typeof prng>;

const INTERESTING_32 = [0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, 0x10000, 0xffff];

/** One random change to a copy of `base`, with a description to reproduce it by hand. */
function mutate(base: Buffer, random: Random): { bytes: Buffer; how: string } {
  const bytes = Buffer.from(base);
  const at = random.int(bytes.length);
  switch (random.int(7)) {
    case 0: {
      const flips = 1 + random.int(4);
      for (let i = 0; i < flips; i++) {
        const where = random.int(bytes.length);
        bytes[where]! ^= 1 << random.int(8);
      }
      return { bytes, how: `${flips} bit flips from ${at}` };
    }
    case 1:
      return { bytes: bytes.subarray(0, at), how: `truncate to ${at}` };
    case 2: {
      const from = random.int(bytes.length);
      const length = 1 + random.int(64);
      return { bytes: Buffer.concat([bytes.subarray(0, at), base.subarray(from, from + length), bytes.subarray(at)]), how: `splice ${length} bytes from ${from} in at ${at}` };
    }
    case 3: {
      const inserted = random.bytes(1 + random.int(8));
      return { bytes: Buffer.concat([bytes.subarray(0, at), inserted, bytes.subarray(at)]), how: `insert ${inserted.toString('hex')} at ${at}` };
    }
    case 4: {
      const length = 1 + random.int(16);
      return { bytes: Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + length)]), how: `delete ${length} bytes at ${at}` };
    }
    case 5: {
      const where = Math.min(at, bytes.length - 4);
      const value = random.pick(INTERESTING_32);
      if (where >= 0) bytes.writeUInt32LE(value, where);
      return { bytes, how: `write 0x${value.toString(16)} at ${where}` };
    }
    default: {
      const where = Math.min(at, bytes.length - 2);
      const value = random.pick([0, 1, 0xffff, 0x0800, 0x0801, 8, 12, 99]);
      if (where >= 0) bytes.writeUInt16LE(value, where);
      return { bytes, how: `write16 0x${value.toString(16)} at ${where}` };
    }
  }
}

/** A valid zip whose one entry (the manifest, the signature or a file) has been changed: reaches the signature and hash checks. */
function mutateEntry(base: Buffer, random: Random): { bytes: Buffer; how: string } {
  let how = '';
  const bytes = rezip(base, (entries) => {
    const name = random.pick([...entries.keys()]);
    const changed = mutate(entries.get(name)!, random);
    entries.set(name, changed.bytes);
    how = `in ${name}: ${changed.how}`;
  });
  return { bytes, how };
}

/** A zip of random entries with random names, flags, attributes, methods and sizes. */
function randomZip(random: Random): Buffer {
  const names = ['manifest.json', 'manifest.sig', 'SHA256SUMS', 'stories.csv', '../x', 'a/b.txt', 'A/B.TXT', 'a/', 'C:\\x', '', 'x\u0000'];
  const entries: CraftEntry[] = Array.from({ length: random.int(5) }, () => ({
    name: random.pick(names),
    data: random.bytes(random.int(300)),
    ...(random.int(3) === 0 ? { method: random.pick([0, 8, 12, 99]) } : {}),
    ...(random.int(4) === 0 ? { size: random.pick(INTERESTING_32) } : {}),
    ...(random.int(4) === 0 ? { compressedSize: random.int(400) } : {}),
    ...(random.int(4) === 0 ? { flags: random.pick([0, 1, 8, 0x0800, 0x0841]) } : {}),
    ...(random.int(4) === 0 ? { externalAttributes: random.pick([0, 0x10, (0o120777 << 16) >>> 0, (0o100644 << 16) >>> 0]) } : {}),
    ...(random.int(5) === 0 ? { localOffset: random.int(600) } : {}),
  }));
  return craftZip(entries, random.int(5) === 0 ? { count: random.int(8) } : {});
}

describe('fuzzing readSignedBundle', () => {
  it(`verifies exactly or refuses with a BUNDLE_* error, never anything else (seed ${SEED})`, () => {
    const random = prng(SEED);
    const { bytes: base } = signedBundleToBuffer(sampleBundle());
    const original = readSignedBundle(base, undefined, LIMITS);
    const started = Date.now();
    const codes = new Map<string, number>();
    let runs = 0;
    let slowest = 0;
    while (Date.now() - started < BUDGET_MS) {
      const choice = random.int(10);
      const input =
        choice === 0
          ? { bytes: random.bytes(random.int(2000)), how: 'random bytes' }
          : choice === 1
            ? { bytes: randomZip(random), how: 'random zip' }
            : choice <= 3
              ? mutateEntry(base, random)
              : mutate(base, random);
      const context = `seed ${SEED}, run ${runs}: ${input.how} (VERBATIM_FUZZ_SEED=${SEED} to reproduce)`;
      const before = Date.now();
      try {
        const read = readSignedBundle(input.bytes, undefined, LIMITS);
        expect(read.manifest, context).toEqual(original.manifest);
        expect(read.manifestSha256, context).toBe(original.manifestSha256);
        expect([...read.files.keys()], context).toEqual([...original.files.keys()]);
        for (const [name, data] of original.files) expect(read.files.get(name)!.equals(data), `${context}: ${name}`).toBe(true);
        codes.set('verified', (codes.get('verified') ?? 0) + 1);
      } catch (error) {
        if (!(error instanceof ServiceError)) throw new Error(`${context}: threw ${String(error)}`, { cause: error });
        expect(error.code, `${context}: ${error.message}`).toMatch(/^BUNDLE_/u);
        expect(error.message.length, context).toBeGreaterThan(10);
        codes.set(error.code, (codes.get(error.code) ?? 0) + 1);
      }
      slowest = Math.max(slowest, Date.now() - before);
      runs++;
    }
    expect(runs, `seed ${SEED}`).toBeGreaterThan(500);
    expect(slowest, `seed ${SEED}: one input took ${slowest} ms`).toBeLessThan(1000);
    // The mutations reach past the zip layer into the manifest and signature checks.
    expect([...codes.keys()], `seed ${SEED}: ${JSON.stringify([...codes])}`).toEqual(expect.arrayContaining(['BUNDLE_TRUNCATED', 'BUNDLE_TAMPERED', 'BUNDLE_UNSAFE', 'BUNDLE_NOT_A_BUNDLE', 'BUNDLE_SIGNATURE_INVALID']));
    console.log(`fuzz seed ${SEED}: ${runs} inputs, slowest ${slowest} ms, outcomes ${JSON.stringify(Object.fromEntries(codes))}`);
  });
});
