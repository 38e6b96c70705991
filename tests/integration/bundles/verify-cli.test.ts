import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signedBundleToBuffer } from '../../../main/bundles/signed-bundle';
import { groupFingerprint } from '../../../shared/bundles/fingerprint';
import { verbatim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp-store';
import { newKey, rezip, sampleBundle } from '../../unit/bundles/bundle-fixture';

function bundleFile(bytes: Buffer, name = 'bundle.zip'): string {
  const path = join(tempFolder(), name);
  writeFileSync(path, bytes);
  return path;
}

describe('verbatim verify', () => {
  it('exits 0 and prints the kind, organisation, details, files and the grouped fingerprint', async () => {
    const key = newKey();
    const path = bundleFile(signedBundleToBuffer(sampleBundle(key)).bytes);
    const run = await verbatim(['verify', path], { env: {} });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`OK: ${path} is a complete, unaltered Verbatim intelligence bundle.`);
    expect(run.stdout).toContain(groupFingerprint(key.fingerprint));
    expect(run.stdout).toMatch(/organisation: +Healthwatch Testshire/);
    expect(run.stdout).toContain('details:\n  profile: nhs-trust\n  recipient: Testshire NHS Trust\n  period:\n    from: 2026-01-01\n    to: 2026-06-30\n  counts:\n    stories: 1\n');
    expect(run.stdout).toMatch(/stories\.csv +\d+ bytes/);
    expect(run.stdout).toMatch(/SHA256SUMS +\d+ bytes/);
  });

  it('prints details from the bundle without terminal control characters, and cuts long values short', async () => {
    const input = { ...sampleBundle(), details: { recipient: 'Trust\u001b[2J\u001b[31m RED', note: 'x'.repeat(500), deep: { a: { b: [1, 2], c: null } }, none: [] } };
    const run = await verbatim(['verify', bundleFile(signedBundleToBuffer(input).bytes)], { env: {} });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toMatch(/recipient: +Trust \[2J \[31m RED/);
    expect(run.stdout).toContain(`${'x'.repeat(200)}…`);
    expect(run.stdout).not.toContain('x'.repeat(201));
    expect(run.stdout).toContain('  deep:\n    a: b: 1, 2, c: none\n  none: none\n');
  });

  it('prints a machine-readable result with --json', async () => {
    const key = newKey();
    const { bytes, manifestSha256 } = signedBundleToBuffer(sampleBundle(key));
    const run = await verbatim(['verify', bundleFile(bytes), '--json'], { env: {} });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { ok: boolean; manifestSha256: string; manifest: { kind: string; signingKey: { fingerprint: string } } };
    expect(result).toMatchObject({ ok: true, manifestSha256, manifest: { kind: 'intelligence', signingKey: { fingerprint: key.fingerprint } } });
  });

  it('exits 1 with the first problem on one line for a tampered bundle, also in --json', async () => {
    const { bytes } = signedBundleToBuffer(sampleBundle());
    const path = bundleFile(rezip(bytes, (entries) => entries.set('stories.csv', Buffer.from('id,text\r\n1,changed\r\n'))));
    const run = await verbatim(['verify', path], { env: {} });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^verbatim verify: The bundle has been changed or damaged: "stories\.csv" is not the file that was signed[^\n]*\n$/);

    const json = await verbatim(['verify', path, '--json'], { env: {} });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, code: 'BUNDLE_TAMPERED' });
  });

  it('exits 1 for a truncated bundle, a file that is not a zip, and a missing file', async () => {
    const { bytes } = signedBundleToBuffer(sampleBundle());
    for (const [path, message] of [
      [bundleFile(bytes.subarray(0, bytes.length - 10)), /cut short/],
      [bundleFile(Buffer.from('just some text')), /not a zip file at all/],
      [join(tempFolder(), 'missing.zip'), /There is no file at .*missing\.zip/],
    ] as const) {
      const run = await verbatim(['verify', path], { env: {} });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exits 2 without exactly one file', async () => {
    expect((await verbatim(['verify'], { env: {} })).code).toBe(2);
    expect((await verbatim(['verify', 'a.zip', 'b.zip'], { env: {} })).code).toBe(2);
  });
});
