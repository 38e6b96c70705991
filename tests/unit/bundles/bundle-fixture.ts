/** A small signed bundle and ways to change it, for the bundle tests. */
import { generateKeyPairSync, sign } from 'node:crypto';
import type { BundleInput } from '../../../main/bundles/signed-bundle';
import { signingKeyFrom, type SigningKey } from '../../../main/bundles/signing-key';
import { readZip } from '../../../main/bundles/zip/zip-reader';
import { zipToBuffer } from '../../../main/bundles/zip/zip-writer';

export const newKey = (): SigningKey => signingKeyFrom(generateKeyPairSync('ed25519').privateKey);

export const STORIES_CSV = '\uFEFFid,text\r\n1,"The GP said ""come back in a week"" and I waited three"\r\n';

export function sampleBundle(key: SigningKey = newKey(), files = [
  { name: 'stories.csv', data: STORIES_CSV },
  { name: 'stories.json', data: JSON.stringify([{ id: 1, text: 'The GP said "come back in a week" and I waited three' }]) },
  { name: 'README.txt', data: 'What these files are.\n' },
]): BundleInput {
  return {
    kind: 'intelligence',
    organisation: 'Healthwatch Testshire',
    details: { profile: 'nhs-trust', recipient: 'Testshire NHS Trust', period: { from: '2026-01-01', to: '2026-06-30' }, counts: { stories: 1 } },
    files,
    key,
  };
}

/** The bundle's entries, changed by `edit`, zipped again. */
export function rezip(bytes: Buffer, edit: (entries: Map<string, Buffer>) => void): Buffer {
  const entries = readZip(bytes);
  edit(entries);
  return zipToBuffer([...entries].map(([name, data]) => ({ name, data })));
}

/** Signs `manifest` bytes with `key` in manifest.sig form. */
export const signatureOf = (manifest: Buffer, key: SigningKey): Buffer =>
  Buffer.from(`${sign(null, manifest, key.privateKey).toString('base64')}\n`);
