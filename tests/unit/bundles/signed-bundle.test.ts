import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { readSignedBundle, signedBundleToBuffer } from '../../../main/bundles/signed-bundle';
import { readZip } from '../../../main/bundles/zip/zip-reader';
import { manifestSchema } from '../../../shared/bundles/manifest';
import { sha256Hex } from '../../../main/bundles/bundle-files';
import { craftZip } from '../../helpers/zip-craft';
import { STORIES_CSV, newKey, rezip, sampleBundle, signatureOf } from './bundle-fixture';
import { expectRefused } from './expect-refusal';

const editManifest = (bytes: Buffer, change: (manifest: Record<string, unknown>) => void, resignWith?: ReturnType<typeof newKey>) =>
  rezip(bytes, (entries) => {
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
    change(manifest);
    const text = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    entries.set('manifest.json', text);
    if (resignWith) entries.set('manifest.sig', signatureOf(text, resignWith));
  });

describe('signed bundles', () => {
  it('round-trip: every file comes back byte for byte, with a verified manifest', () => {
    const key = newKey();
    const input = sampleBundle(key);
    const { bytes, manifest, manifestSha256 } = signedBundleToBuffer(input);
    const read = readSignedBundle(bytes, 'intelligence');
    expect(read.manifest).toEqual(manifest);
    expect(read.manifestSha256).toBe(manifestSha256);
    expect([...read.files.keys()]).toEqual(['stories.csv', 'stories.json', 'README.txt']);
    expect(read.files.get('stories.csv')!.toString('utf8')).toBe(STORIES_CSV);
    expect(manifest).toMatchObject({
      format: 'verbatim-bundle',
      formatVersion: 1,
      kind: 'intelligence',
      organisation: 'Healthwatch Testshire',
      generator: { app: 'Verbatim' },
      signingKey: { algorithm: 'Ed25519', publicKeyPem: key.publicKeyPem, fingerprint: key.fingerprint },
      details: { recipient: 'Testshire NHS Trust' },
    });
    expect(manifest.files.map((file) => file.name)).toEqual(['stories.csv', 'stories.json', 'README.txt', 'schemas/manifest.schema.json', 'SHA256SUMS']);
  });

  it('holds manifest.json, manifest.sig, SHA256SUMS in sha256sum format and the manifest JSON Schema', () => {
    const { bytes, manifest, manifestSha256 } = signedBundleToBuffer(sampleBundle());
    const entries = readZip(bytes);
    expect(sha256Hex(entries.get('manifest.json')!)).toBe(manifestSha256);
    expect(manifestSchema.parse(JSON.parse(entries.get('manifest.json')!.toString('utf8')))).toEqual(manifest);
    const sums = entries.get('SHA256SUMS')!.toString('utf8');
    expect(sums).toBe(
      ['stories.csv', 'stories.json', 'README.txt', 'schemas/manifest.schema.json'].map((name) => `${sha256Hex(entries.get(name)!)}  ${name}\n`).join(''),
    );
    const schema = JSON.parse(entries.get('schemas/manifest.schema.json')!.toString('utf8')) as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'kind', 'files', 'signingKey', 'details']));
    expect(schema.additionalProperties).toBe(false);
    // The published schema accepts the manifest it travels with, and not a changed one.
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...manifest, formatVersion: 2 })).toBe(false);
    expect(validate({ ...manifest, extra: true })).toBe(false);
  });

  it('refuses content files named like the files Verbatim writes itself', () => {
    for (const name of ['manifest.json', 'manifest.sig', 'SHA256SUMS', 'schemas/manifest.schema.json']) {
      expectRefused(() => signedBundleToBuffer(sampleBundle(newKey(), [{ name, data: 'x' }])), 'INVALID_INPUT', /written by Verbatim itself/);
    }
  });

  it('refuses to write a manifest outside the format, with a ServiceError', () => {
    expectRefused(() => signedBundleToBuffer({ ...sampleBundle(), organisation: 'x'.repeat(201) }), 'INVALID_INPUT', /manifest \(organisation:/);
  });

  it('refuses a tampered file inside, naming it', () => {
    const { bytes } = signedBundleToBuffer(sampleBundle());
    const tampered = rezip(bytes, (entries) => {
      const csv = Buffer.from(entries.get('stories.csv')!);
      csv[csv.indexOf('week')] = 'W'.charCodeAt(0);
      entries.set('stories.csv', csv);
    });
    expectRefused(() => readSignedBundle(tampered), 'BUNDLE_TAMPERED', /"stories\.csv" is not the file that was signed/);
  });

  it('refuses a tampered manifest: the signature no longer matches', () => {
    const { bytes } = signedBundleToBuffer(sampleBundle());
    const tampered = editManifest(bytes, (manifest) => {
      manifest.organisation = 'Someone Else';
    });
    expectRefused(() => readSignedBundle(tampered), 'BUNDLE_SIGNATURE_INVALID', /changed after it was signed/);
  });

  it('refuses a manifest re-signed by another key while still naming the original key', () => {
    const { bytes } = signedBundleToBuffer(sampleBundle());
    const forged = editManifest(bytes, (manifest) => {
      (manifest.details as Record<string, unknown>).recipient = 'Forged';
    }, newKey());
    expectRefused(() => readSignedBundle(forged), 'BUNDLE_SIGNATURE_INVALID', /signed with another key/);
  });

  it('refuses a missing or malformed signature', () => {
    const { bytes } = signedBundleToBuffer(sampleBundle());
    expectRefused(() => readSignedBundle(rezip(bytes, (entries) => entries.delete('manifest.sig'))), 'BUNDLE_SIGNATURE_INVALID', /no manifest\.sig/);
    expectRefused(
      () => readSignedBundle(rezip(bytes, (entries) => entries.set('manifest.sig', Buffer.from('not a signature')))),
      'BUNDLE_SIGNATURE_INVALID',
      /does not hold an Ed25519 signature/,
    );
  });

  it('refuses a fingerprint that is not that of the key in the manifest', () => {
    const key = newKey();
    const { bytes } = signedBundleToBuffer(sampleBundle(key));
    const other = newKey();
    const wrong = editManifest(bytes, (manifest) => {
      (manifest.signingKey as Record<string, unknown>).fingerprint = other.fingerprint;
    }, key);
    expectRefused(() => readSignedBundle(wrong), 'BUNDLE_SIGNATURE_INVALID', /fingerprint in manifest\.json is not that of its public key/);
  });

  it('refuses an unknown format version, even before checking the rest of the manifest', () => {
    const { bytes } = signedBundleToBuffer(sampleBundle());
    const key = newKey();
    const future = editManifest(bytes, (manifest) => {
      manifest.formatVersion = 2;
      manifest.somethingNew = true;
    }, key);
    expectRefused(() => readSignedBundle(future), 'BUNDLE_VERSION_UNSUPPORTED', /format version 2; this Verbatim reads version 1/);
  });

  it('refuses an unknown kind, and a kind other than the one expected', () => {
    const key = newKey();
    const { bytes } = signedBundleToBuffer(sampleBundle(key));
    const unknown = editManifest(bytes, (manifest) => {
      manifest.kind = 'time-machine';
    }, key);
    expectRefused(() => readSignedBundle(unknown), 'BUNDLE_VERSION_UNSUPPORTED', /kind this Verbatim does not know \("time-machine"\)/);
    expectRefused(() => readSignedBundle(bytes, 'volunteer-pack'), 'BUNDLE_VERSION_UNSUPPORTED', /an intelligence bundle, not a volunteer review pack/);
  });

  it('refuses an extra file that the manifest does not list', () => {
    const { bytes } = signedBundleToBuffer(sampleBundle());
    const extra = rezip(bytes, (entries) => entries.set('extra.html', Buffer.from('<script>evil()</script>')));
    expectRefused(() => readSignedBundle(extra), 'BUNDLE_TAMPERED', /"extra\.html" is in the bundle but not in its manifest/);
  });

  it('refuses a missing listed file', () => {
    const { bytes } = signedBundleToBuffer(sampleBundle());
    const missing = rezip(bytes, (entries) => entries.delete('stories.json'));
    expectRefused(() => readSignedBundle(missing), 'BUNDLE_TAMPERED', /"stories\.json" is listed in the manifest but missing/);
  });

  it('refuses SHA256SUMS that disagrees with the manifest even when signed consistently', () => {
    const key = newKey();
    const { bytes } = signedBundleToBuffer(sampleBundle(key));
    const entries = readZip(bytes);
    const sums = Buffer.from(entries.get('SHA256SUMS')!.toString('utf8').split('\n').slice(1).join('\n'));
    const changed = editManifest(rezip(bytes, (all) => all.set('SHA256SUMS', sums)), (manifest) => {
      const files = manifest.files as { name: string; sha256: string; bytes: number }[];
      const listed = files.find((file) => file.name === 'SHA256SUMS')!;
      listed.sha256 = sha256Hex(sums);
      listed.bytes = sums.length;
    }, key);
    expectRefused(() => readSignedBundle(changed), 'BUNDLE_TAMPERED', /SHA256SUMS does not agree with the manifest/);
  });

  it('refuses a zip that is not a bundle, and a manifest that is not ours or not JSON', () => {
    expectRefused(() => readSignedBundle(craftZip([{ name: 'photo.jpg', data: 'x' }])), 'BUNDLE_NOT_A_BUNDLE', /no manifest\.json/);
    expectRefused(() => readSignedBundle(craftZip([{ name: 'manifest.json', data: '{"format":"other"}' }])), 'BUNDLE_NOT_A_BUNDLE', /another kind/);
    expectRefused(() => readSignedBundle(craftZip([{ name: 'manifest.json', data: '{not json' }])), 'BUNDLE_TAMPERED', /not valid JSON/);
  });

  it('refuses a manifest far larger than any Verbatim writes, before parsing it', () => {
    const huge = craftZip([{ name: 'manifest.json', data: `{"format":"verbatim-bundle","padding":"${' '.repeat(9 * 1024 * 1024)}"}`, method: 0 }]);
    expectRefused(() => readSignedBundle(huge), 'BUNDLE_TOO_LARGE', /manifest\.json is \d+ bytes/);
  });

  it('refuses a manifest that breaks the schema, naming the field', () => {
    const key = newKey();
    const { bytes } = signedBundleToBuffer(sampleBundle(key));
    const broken = editManifest(bytes, (manifest) => {
      (manifest.files as { sha256: string }[])[0]!.sha256 = 'xyz';
    }, key);
    expectRefused(() => readSignedBundle(broken), 'BUNDLE_TAMPERED', /does not follow the bundle format \(files\.0\.sha256/);
  });

  it('refuses every truncation of a bundle cleanly', () => {
    const { bytes } = signedBundleToBuffer(sampleBundle());
    for (let length = 0; length < bytes.length; length++) {
      expect(() => readSignedBundle(bytes.subarray(0, length))).toThrow(expect.objectContaining({ code: expect.stringMatching(/^BUNDLE_(TRUNCATED|NOT_A_BUNDLE)$/) }));
    }
  });
});
