import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openWithPassphrase, sealWithPassphrase } from '../../../main/transfer/envelope';

const PASSPHRASE = 'a long enough bundle passphrase';
const MiB = 1024 * 1024;

/** Where chunk `index` starts in a sealed file (after the magic, length and header). */
function chunkStart(sealed: Buffer, index: number): number {
  const headerEnd = 'VERBATIM-TRANSFER\n'.length + 4 + sealed.readUInt32BE('VERBATIM-TRANSFER\n'.length);
  return headerEnd + index * (MiB + 16);
}

describe('the passphrase envelope', () => {
  it('gives back exactly what was sealed, across several chunks, and never holds the plaintext', async () => {
    const payload = randomBytes(2 * MiB + 12345);
    payload.write('a story that must not show', 100, 'utf8');
    const sealed = await sealWithPassphrase(payload, PASSPHRASE);
    expect(sealed.includes(Buffer.from('a story that must not show'))).toBe(false);
    expect(sealed.includes(Buffer.from(PASSPHRASE))).toBe(false);
    expect((await openWithPassphrase(sealed, PASSPHRASE)).equals(payload)).toBe(true);
  });

  it('seals an empty payload', async () => {
    const sealed = await sealWithPassphrase(Buffer.alloc(0), PASSPHRASE);
    expect((await openWithPassphrase(sealed, PASSPHRASE)).length).toBe(0);
  });

  it('tells a wrong passphrase apart from damage', async () => {
    const sealed = await sealWithPassphrase(Buffer.from('words'), PASSPHRASE);
    await expect(openWithPassphrase(sealed, 'another passphrase')).rejects.toMatchObject({ code: 'WRONG_BUNDLE_PASSPHRASE' });
  });

  it('notices a file cut at a chunk boundary, and one with bytes added', async () => {
    const sealed = await sealWithPassphrase(randomBytes(2 * MiB + 10), PASSPHRASE);
    await expect(openWithPassphrase(sealed.subarray(0, chunkStart(sealed, 2)), PASSPHRASE)).rejects.toMatchObject({ code: 'BUNDLE_TRUNCATED' });
    await expect(openWithPassphrase(Buffer.concat([sealed, Buffer.from([0])]), PASSPHRASE)).rejects.toMatchObject({ code: 'BUNDLE_TAMPERED' });
  });

  it('notices chunks swapped round', async () => {
    const sealed = await sealWithPassphrase(randomBytes(2 * MiB), PASSPHRASE);
    const first = Buffer.from(sealed.subarray(chunkStart(sealed, 0), chunkStart(sealed, 1)));
    const second = Buffer.from(sealed.subarray(chunkStart(sealed, 1), chunkStart(sealed, 2)));
    const swapped = Buffer.concat([sealed.subarray(0, chunkStart(sealed, 0)), second, first]);
    await expect(openWithPassphrase(swapped, PASSPHRASE)).rejects.toMatchObject({ code: 'BUNDLE_TAMPERED', message: expect.stringMatching(/block 1 of 2/) });
  });

  it('notices a changed header, which every chunk depends on', async () => {
    const sealed = await sealWithPassphrase(Buffer.from('words'), PASSPHRASE);
    const magic = 'VERBATIM-TRANSFER\n'.length;
    const headerEnd = magic + 4 + sealed.readUInt32BE(magic);
    // The same header, only spaced differently: still valid JSON, but not the bytes the chunks were sealed with.
    const header = Buffer.from(sealed.subarray(magic + 4, headerEnd).toString('utf8').replace('"cipher":', '"cipher": '), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(header.length);
    const altered = Buffer.concat([sealed.subarray(0, magic), length, header, sealed.subarray(headerEnd)]);
    await expect(openWithPassphrase(altered, PASSPHRASE)).rejects.toMatchObject({ code: 'BUNDLE_TAMPERED' });
  });

  it('refuses what is not an envelope, and a version it does not know', async () => {
    await expect(openWithPassphrase(Buffer.from('hello'), PASSPHRASE)).rejects.toMatchObject({ code: 'BUNDLE_NOT_A_BUNDLE' });
    await expect(openWithPassphrase(Buffer.alloc(0), PASSPHRASE)).rejects.toMatchObject({ code: 'BUNDLE_NOT_A_BUNDLE' });
    const sealed = await sealWithPassphrase(Buffer.from('words'), PASSPHRASE);
    const newer = Buffer.from(sealed.toString('latin1').replace('"formatVersion":1', '"formatVersion":9'), 'latin1');
    await expect(openWithPassphrase(newer, PASSPHRASE)).rejects.toMatchObject({ code: 'BUNDLE_VERSION_UNSUPPORTED' });
  });
});
