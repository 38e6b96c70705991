import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSignedBundle } from '../../../main/bundles/signed-bundle';
import { localToday } from '../../../main/users/user-service';
import { storeWithPeople } from '../../helpers/capture';
import { verbatim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp-store';
import { approvedStory, storiesInEveryState } from './export-fixture';

describe('verbatim export', () => {
  it('lists the profiles one a line, with no store', async () => {
    const run = await verbatim(['export', '--list-profiles']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('healthwatch-england\nnhs-trust\nintegrated-care-board\ncouncil\ncqc\npublic-report\n');
  });

  it('writes a signed bundle and prints the counts and the manifest hash', async () => {
    const s = await storeWithPeople();
    storiesInEveryState(s);
    s.store.lock();
    const out = join(tempFolder(), 'trust.zip');
    const run = await verbatim(['export', '--db', s.dbPath, '--profile', 'nhs-trust', '--out', out, '--from', '2026-01-01', '--to', '2026-12-31', '--recipient', 'St Mary’s NHS Trust']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const bundle = readSignedBundle(readFileSync(out), 'intelligence');
    expect(run.stdout).toContain('Stories included: 6');
    expect(run.stdout).toContain('Left out, the person did not agree to their story being shared: 1');
    expect(run.stdout).toContain(`Manifest SHA-256: ${bundle.manifestSha256}`);
    expect(bundle.manifest.details).toMatchObject({ recipient: 'St Mary’s NHS Trust', period: { heardFrom: '2026-01-01', heardTo: '2026-12-31' } });
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const folder = tempFolder();
    const out = join(folder, 'x.zip');
    expect(await verbatim(['export', '--db', join(folder, 'v.db'), '--profile', 'press', '--out', out])).toMatchObject({ code: 1, stderr: expect.stringContaining('no export profile called "press"') });
    expect(await verbatim(['export', '--db', join(folder, 'v.db'), '--profile', 'cqc', '--out', out, '--from', '2026-02-30'])).toMatchObject({ code: 2, stderr: expect.stringContaining('not a real date') });
    expect((await verbatim(['export', '--profile', 'cqc', '--out', out])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses during a pre-election period unless the checklist is confirmed, with the approving manager', async () => {
    const s = await storeWithPeople();
    s.elections.add({ name: 'By-election', noticeDate: localToday(), pollingDay: localToday(), candidates: [] });
    for (let i = 0; i < 5; i++) approvedStory(s);
    s.store.lock();
    const out = join(tempFolder(), 'e.zip');
    const refused = await verbatim(['export', '--db', s.dbPath, '--profile', 'council', '--out', out]);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('pre-election period "By-election"') });
    expect(existsSync(out)).toBe(false);
    expect((await verbatim(['export', '--db', s.dbPath, '--profile', 'council', '--out', out, '--confirm-election-checklist'])).code).toBe(2);
    const run = await verbatim(['export', '--db', s.dbPath, '--profile', 'council', '--out', out, '--confirm-election-checklist', '--approved-by', 'Cleo Chalk']);
    expect(run.code).toBe(0);
    expect(readSignedBundle(readFileSync(out)).manifest.details['election']).toMatchObject({ confirmation: { confirmedBy: 'Command line', approvedBy: 'Cleo Chalk' } });
  });
});
