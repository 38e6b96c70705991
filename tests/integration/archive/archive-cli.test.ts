import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSignedBundle } from '../../../main/bundles/signed-bundle';
import { storeWithPeople } from '../../helpers/capture';
import { verbatim } from '../../helpers/cli';
import { story } from '../../helpers/story-fixture';
import { tempFolder } from '../../helpers/temp-store';

async function storeOnDisk() {
  const s = await storeWithPeople();
  await s.users.signIn(s.staffId, '8642');
  s.stories.save(story({ text: 'Words as told, kept exactly.  ' }));
  s.store.lock();
  return { dbPath: s.dbPath, folder: tempFolder() };
}

describe('verbatim archive', () => {
  it('writes the archive as a named administrator, once they confirm it holds personal data', async () => {
    const { dbPath, folder } = await storeOnDisk();
    const out = join(folder, 'archive.zip');
    const refused = await verbatim(['archive', '--db', dbPath, '--out', out, '--as', 'Ada Admin']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--includes-personal-data is required/);
    const staff = await verbatim(['archive', '--db', dbPath, '--out', out, '--as', 'Sam Staff', '--includes-personal-data']);
    expect(staff.code).toBe(1);
    expect(existsSync(out)).toBe(false);

    const run = await verbatim(['archive', '--db', dbPath, '--out', out, '--as', 'Ada Admin', '--includes-personal-data']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Archive written to .*archive\.zip: \d+ tables, \d+ rows\.\nManifest SHA-256: [0-9a-f]{64}\n$/);
    const { files } = readSignedBundle(readFileSync(out), 'archive');
    expect(files.get('tables/story_revisions.jsonl')!.toString('utf8')).toContain('"Words as told, kept exactly.  "');
  });
});
