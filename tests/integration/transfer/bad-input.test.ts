import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { zipToBuffer } from '../../../main/bundles/zip/zip-writer';
import { createHash } from 'node:crypto';
import { openWithPassphrase, sealWithPassphrase } from '../../../main/transfer/envelope';
import { readZip } from '../../../main/bundles/zip/zip-reader';
import { BUNDLE_FILES, BUNDLE_TABLES } from '../../../main/transfer/bundle-lines';
import { storeWithPeople } from '../../helpers/capture';
import { tempFolder } from '../../helpers/temp-store';
import { BUNDLE_PASSPHRASE, fieldLaptop, importTransfer, previewTransfer, storeState, writeTransfer, type Laptop } from './transfer-fixture';

/** One good transfer file, and an office that has already taken it, shared by the cases below. */
let good: Buffer;
let office: Laptop;

beforeAll(async () => {
  const { field } = await fieldLaptop();
  good = readFileSync((await writeTransfer(field)).path);
  office = await storeWithPeople();
}, 60_000);

function fileWith(bytes: Uint8Array): string {
  const path = join(tempFolder(), 'bad.vtransfer');
  writeFileSync(path, bytes);
  return path;
}

/** Re-seals the good file's zip after `change` edits its entries (hashes recomputed unless told not to). */
async function resealed(change: (files: Map<string, Buffer>) => void, rehash = true): Promise<string> {
  const files = readZip(await openWithPassphrase(good, BUNDLE_PASSPHRASE));
  change(files);
  if (rehash) {
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    for (const [name, data] of files) {
      if (name !== 'manifest.json') manifest.files[name] = { sha256: createHash('sha256').update(data).digest('hex'), bytes: data.length };
    }
    for (const table of BUNDLE_TABLES) manifest.counts[table] = files.get(BUNDLE_FILES[table].file)!.toString('utf8').split('\n').filter(Boolean).length;
    files.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
  }
  return fileWith(await sealWithPassphrase(zipToBuffer([...files].map(([name, data]) => ({ name, data }))), BUNDLE_PASSPHRASE));
}

async function expectRefused(path: string, code: string, message: RegExp, passphrase = BUNDLE_PASSPHRASE) {
  const before = storeState(office);
  await expect(previewTransfer(office, path, passphrase)).rejects.toMatchObject({ code });
  await expect(importTransfer(office, path, passphrase)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  expect(storeState(office)).toEqual(before);
}

describe('a transfer file that cannot be trusted is refused and the store is unchanged', () => {
  it('a wrong passphrase', async () => {
    await expectRefused(fileWith(good), 'WRONG_BUNDLE_PASSPHRASE', /passphrase does not open/, 'not the right passphrase');
  });

  it('a file cut short', async () => {
    await expectRefused(fileWith(good.subarray(0, good.length - 100)), 'BUNDLE_TRUNCATED', /ends early/);
    await expectRefused(fileWith(good.subarray(0, 30)), 'BUNDLE_TRUNCATED', /ends early/);
  });

  it('one flipped byte in the encrypted part', async () => {
    const flipped = Buffer.from(good);
    flipped[flipped.length - 40]! ^= 0x01;
    await expectRefused(fileWith(flipped), 'BUNDLE_TAMPERED', /damaged or altered \(block 1 of 1\)/);
  });

  it('an unknown format version', async () => {
    const text = good.toString('latin1').replace('"formatVersion":1', '"formatVersion":2');
    await expectRefused(fileWith(Buffer.from(text, 'latin1')), 'BUNDLE_VERSION_UNSUPPORTED', /format version 2/);
  });

  it('something that is not a transfer file at all', async () => {
    await expectRefused(fileWith(Buffer.from('PK\x03\x04 just a zip, not ours')), 'BUNDLE_NOT_A_BUNDLE', /not a Verbatim transfer file/);
  });

  it('a missing file', async () => {
    await expectRefused(join(tempFolder(), 'nowhere.vtransfer'), 'NOT_FOUND', /There is no file at/);
  });

  it('a valid envelope holding a story line that breaks the rules', async () => {
    const path = await resealed((files) => {
      const lines = files.get('stories.jsonl')!.toString('utf8').split('\n');
      lines[1] = lines[1]!.replace('"consent_keep":1', '"consent_keep":0');
      files.set('stories.jsonl', Buffer.from(lines.join('\n')));
    });
    await expectRefused(path, 'BUNDLE_INVALID', /Line 2 of stories\.jsonl .*consent_keep/);
  });

  it('a line that is not JSON', async () => {
    const path = await resealed((files) => files.set('contacts.jsonl', Buffer.from('{"story_id": \n')));
    await expectRefused(path, 'BUNDLE_INVALID', /Line 1 of contacts\.jsonl .*not valid JSON/);
  });

  it('words that do not match their fingerprint', async () => {
    const path = await resealed((files) => {
      const text = files.get('revisions.jsonl')!.toString('utf8').replace('three weeks', 'three months');
      files.set('revisions.jsonl', Buffer.from(text));
    });
    await expectRefused(path, 'BUNDLE_TAMPERED', /revision \d of story .* does not match its fingerprint/);
  });

  it('a file changed inside without its manifest', async () => {
    const path = await resealed((files) => files.set('equality.jsonl', Buffer.from('')), false);
    await expectRefused(path, 'BUNDLE_TAMPERED', /"equality\.jsonl" does not match its fingerprint/);
  });

  it('a story that refers to an event the file does not hold', async () => {
    const path = await resealed((files) => files.set('events.jsonl', Buffer.from('')));
    await expectRefused(path, 'BUNDLE_INVALID', /refers to the event/);
  });

  it('a field audit entry that was altered', async () => {
    const path = await resealed((files) => {
      const text = files.get('audit.jsonl')!.toString('utf8').replace('"action":"story.create"', '"action":"story.delete"');
      files.set('audit.jsonl', Buffer.from(text));
    });
    await expectRefused(path, 'BUNDLE_TAMPERED', /audit entry \d+ does not match its hash/);
  });

  it('a failure part-way through writing (the disk fills) keeps nothing', async () => {
    const db = office.store.requireDb();
    // Fails after every story has been written, inside the same transaction.
    db.exec("CREATE TEMP TRIGGER fail_late BEFORE INSERT ON imported_audit BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    try {
      const before = storeState(office);
      await expect(importTransfer(office, fileWith(good))).rejects.toThrow(/disk is full/);
      expect(storeState(office)).toEqual(before);
    } finally {
      db.exec('DROP TRIGGER temp.fail_late');
    }
    const report = await importTransfer(office, fileWith(good));
    expect(report.stories.new).toBe(2);
  });
});
