import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verbatim } from '../../helpers/cli';
import { PASSPHRASE, tempFolder } from '../../helpers/temp-store';

const BUNDLE = 'carried on a USB stick';
const env = { VERBATIM_PASSPHRASE: PASSPHRASE, VERBATIM_BUNDLE_PASSPHRASE: BUNDLE };

async function storeWithStories(folder: string, name: string, texts: string[]) {
  const db = join(folder, `${name}.db`);
  expect((await verbatim(['init', '--db', db])).code).toBe(0);
  if (texts.length > 0) {
    const file = join(folder, `${name}.jsonl`);
    writeFileSync(file, `${texts.map((text, i) => JSON.stringify({ id: `${name}-${i}`, text })).join('\n')}\n`);
    expect((await verbatim(['add', '--db', db, '--in', file])).code).toBe(0);
  }
  return db;
}

describe('verbatim transfer and verbatim import', () => {
  it('moves stories from one store to another and prints the counts; a second import finds them unchanged', async () => {
    const folder = tempFolder();
    const field = await storeWithStories(folder, 'field', ['  first, spaced  ', 'second\r\nline']);
    const office = await storeWithStories(folder, 'office', []);
    const out = join(folder, 'field.vtransfer');
    const written = await verbatim(['transfer', '--db', field, '--out', out], { env });
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toMatch(/^Transfer file written to .*field\.vtransfer: 2 stories \(2 revisions\)/);

    const imported = await verbatim(['import', '--db', office, out], { env });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('new: 2\nunchanged: 0\nupdated: 0\nconflicting: 0\n');
    const listed = await verbatim(['list', '--db', office, '--json'], { env });
    expect(listed.stdout.trim().split('\n').map((l) => JSON.parse(l).text).sort()).toEqual(['  first, spaced  ', 'second\r\nline']);

    const again = await verbatim(['import', '--db', office, out], { env });
    expect(again.stdout).toContain('new: 0\nunchanged: 2\nupdated: 0\nconflicting: 0\n');
  });

  it('reads the bundle passphrase from a file, and refuses a wrong or weak one with one clear line', async () => {
    const folder = tempFolder();
    const field = await storeWithStories(folder, 'field', ['words']);
    const out = join(folder, 'x.vtransfer');
    const weak = await verbatim(['transfer', '--db', field, '--out', out], { env: { ...env, VERBATIM_BUNDLE_PASSPHRASE: 'short' } });
    expect(weak).toMatchObject({ code: 1, stderr: expect.stringMatching(/at least 10 characters/) });
    expect(existsSync(out)).toBe(false);

    const passFile = join(folder, 'bundle-pass.txt');
    writeFileSync(passFile, `${BUNDLE}\n`);
    const written = await verbatim(['transfer', '--db', field, '--out', out, '--bundle-passphrase-file', passFile], { env: { VERBATIM_PASSPHRASE: PASSPHRASE } });
    expect(written.code, written.stderr).toBe(0);
    const wrong = await verbatim(['import', '--db', field, out], { env: { ...env, VERBATIM_BUNDLE_PASSPHRASE: 'not the passphrase at all' } });
    expect(wrong).toMatchObject({ code: 1, stderr: expect.stringMatching(/^verbatim import: That passphrase does not open this transfer file/) });
    const right = await verbatim(['import', '--db', field, out, '--bundle-passphrase-file', passFile], { env: { VERBATIM_PASSPHRASE: PASSPHRASE } });
    expect(right.stdout).toContain('unchanged: 1');
  });

  it('explains bad usage', async () => {
    expect(await verbatim(['transfer', '--db', 'x.db', '--out', 'y', '--since', '20 May'], { env })).toMatchObject({ code: 2, stderr: expect.stringMatching(/--since must be a date/) });
    expect(await verbatim(['import', '--db', 'x.db'], { env })).toMatchObject({ code: 2, stderr: expect.stringMatching(/exactly one transfer file/) });
  });
});
