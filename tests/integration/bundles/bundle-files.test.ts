/** Bundles on disk: durable writing, no partial files, and checks with standard tools. */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSignedBundle, writeSignedBundle } from '../../../main/bundles/signed-bundle';
import { readZip } from '../../../main/bundles/zip/zip-reader';
import { writeZipFile } from '../../../main/bundles/zip/zip-writer';
import { ServiceError } from '../../../shared/result';
import { tempFolder } from '../../helpers/temp-store';
import { sampleBundle } from '../../unit/bundles/bundle-fixture';

const hasTool = (tool: string) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

async function refusalOf(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a ServiceError');
}

describe('writeZipFile', () => {
  it('writes a zip that reads back, leaving only that file in the folder', async () => {
    const folder = tempFolder();
    const path = join(folder, 'out.zip');
    await writeZipFile(path, [{ name: 'a.txt', data: 'hello' }, { name: 'b/c.bin', data: Buffer.alloc(100_000, 7) }]);
    expect(readdirSync(folder)).toEqual(['out.zip']);
    const files = readZip(readFileSync(path));
    expect(files.get('a.txt')!.toString()).toBe('hello');
    expect(files.get('b/c.bin')!.equals(Buffer.alloc(100_000, 7))).toBe(true);
  });

  it('refuses to overwrite an existing file, leaving it as it was', async () => {
    const folder = tempFolder();
    const path = join(folder, 'out.zip');
    writeFileSync(path, 'precious');
    const error = await refusalOf(writeZipFile(path, [{ name: 'a.txt', data: 'x' }]));
    expect(error.code).toBe('FILE_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('precious');
    expect(readdirSync(folder)).toEqual(['out.zip']);
  });

  it('refuses to replace even a link that points nowhere', async () => {
    const folder = tempFolder();
    const path = join(folder, 'out.zip');
    symlinkSync(join(folder, 'nowhere'), path);
    expect((await refusalOf(writeZipFile(path, [{ name: 'a.txt', data: 'x' }]))).code).toBe('FILE_EXISTS');
    expect(readdirSync(folder)).toEqual(['out.zip']);
  });

  it('refuses a folder that does not exist', async () => {
    const error = await refusalOf(writeZipFile(join(tempFolder(), 'missing', 'out.zip'), [{ name: 'a.txt', data: 'x' }]));
    expect(error.code).toBe('FOLDER_MISSING');
  });

  it.runIf(process.getuid?.() === 0)('says the disk is full and leaves no partial file behind', async () => {
    // A 1 MB file system is too small for 3 MB of random (incompressible) content.
    const folder = tempFolder('verbatim-full-');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', folder]);
    try {
      const error = await refusalOf(writeZipFile(join(folder, 'out.zip'), [{ name: 'big.bin', data: randomBytes(3 * 1024 * 1024) }]));
      expect(error.code).toBe('DISK_FULL');
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      execFileSync('umount', [folder]);
    }
  });

  it('leaves no file at all when cancelled at any point', async () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.txt`, data: `file ${i} `.repeat(1000) }));
    let calls = 0;
    await writeZipFile(join(tempFolder(), 'count.zip'), entries, { checkpoint: async () => void calls++ });
    expect(calls).toBeGreaterThan(5);
    for (let cancelAt = 1; cancelAt <= calls; cancelAt++) {
      const folder = tempFolder();
      let seen = 0;
      const checkpoint = async () => {
        if (++seen === cancelAt) throw new ServiceError('CANCELLED', 'cancelled');
      };
      const error = await refusalOf(writeZipFile(join(folder, 'out.zip'), entries, { checkpoint }));
      expect(error.code).toBe('CANCELLED');
      expect(readdirSync(folder)).toEqual([]);
    }
  });
});

describe('writeSignedBundle', () => {
  it('writes a bundle that verifies, and leaves nothing when cancelled', async () => {
    const folder = tempFolder();
    const path = join(folder, 'bundle.zip');
    const { manifestSha256 } = await writeSignedBundle(path, sampleBundle());
    expect(readSignedBundle(readFileSync(path), 'intelligence').manifestSha256).toBe(manifestSha256);

    const cancelled = join(folder, 'cancelled.zip');
    const error = await refusalOf(
      writeSignedBundle(cancelled, sampleBundle(), {
        checkpoint: async () => {
          throw new ServiceError('CANCELLED', 'cancelled');
        },
      }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(existsSync(cancelled)).toBe(false);
    expect(readdirSync(folder)).toEqual(['bundle.zip']);
  });
});

describe.runIf(['openssl', 'sha256sum', 'unzip', 'zip', 'jq', 'base64'].every(hasTool))('a recipient with standard tools (as docs/bundles.md says)', () => {
  it('unzips the bundle, checks every hash with sha256sum and the signature with openssl', async () => {
    const folder = tempFolder();
    const bundle = sampleBundle();
    await writeSignedBundle(join(folder, 'bundle.zip'), bundle);
    const out = join(folder, 'unpacked');
    const run = (command: string) => execFileSync('sh', ['-c', command], { cwd: folder, encoding: 'utf8' });
    // The commands exactly as documented, around a check that re-zipping does no harm.
    run('unzip -q bundle.zip -d unpacked');
    // Unpacked and zipped again with Info-ZIP (folder entries, extra fields; and
    // streamed, with data descriptors), the bundle still verifies.
    run('cd unpacked && zip -qr ../rezipped.zip . && zip -qr - . | cat > ../streamed.zip');
    for (const name of ['rezipped.zip', 'streamed.zip']) {
      expect(readSignedBundle(readFileSync(join(folder, name))).manifest.signingKey.fingerprint, name).toBe(bundle.key.fingerprint);
    }

    expect(run('cd unpacked && sha256sum -c SHA256SUMS')).toMatch(/stories\.csv: OK/);
    const sumsLine = run('cd unpacked && sha256sum SHA256SUMS');
    expect(sumsLine.split(' ')[0]).toBe(run(`cd unpacked && jq -r '.files[] | select(.name == "SHA256SUMS") | .sha256' manifest.json`).trim());
    run('cd unpacked && jq -r .signingKey.publicKeyPem manifest.json > key.pem');
    run('cd unpacked && base64 -d manifest.sig > manifest.sig.bin');
    expect(run('cd unpacked && openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in manifest.json -sigfile manifest.sig.bin')).toMatch(/Signature Verified Successfully/);
    expect(run('cd unpacked && openssl pkey -pubin -in key.pem -outform DER | sha256sum').split(' ')[0]).toBe(bundle.key.fingerprint);

    writeFileSync(join(out, 'manifest.json'), readFileSync(join(out, 'manifest.json'), 'utf8').replace('Testshire NHS Trust', 'Forged Trust'));
    expect(run('cd unpacked && openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in manifest.json -sigfile manifest.sig.bin 2>&1 || echo "exit $?"')).toMatch(/Signature Verification Failure\s+exit 1/);
  });
});
