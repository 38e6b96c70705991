import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import shipped from '../../../resources/calendar/bank-holidays-england-and-wales.json';
import { verbatim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp-store';
import { recommendationsStore } from './recommendations-fixture';

describe('verbatim due-date', () => {
  it('prints the due date alone on stdout', async () => {
    expect(await verbatim(['due-date', '--from', '2024-12-02'])).toEqual({ code: 0, stdout: '2025-01-02\n', stderr: '' });
    expect((await verbatim(['due-date', '--from', '2025-04-17', '--working-days', '1'])).stdout).toBe('2025-04-22\n');
  });

  it('exits 1 with one line on stderr for a date outside the table, 2 for a malformed one', async () => {
    const outside = await verbatim(['due-date', '--from', '2027-12-10']);
    expect(outside.code).toBe(1);
    expect(outside.stdout).toBe('');
    expect(outside.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(outside.stderr).toMatch(/runs from 2018-01-01 to 2027-12-31/);
    for (const args of [['--from', '2025-02-30'], ['--from', '5/1/2025'], ['--from', '2025-01-06', '--working-days', 'ten'], []]) {
      const run = await verbatim(['due-date', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  });
});

describe('verbatim recommendations', () => {
  it('prints one JSON object a line, and with --overdue only those overdue today', async () => {
    const f = await recommendationsStore('2026-01-05');
    const s = f.services;
    const overdue = f.draft({ title: 'Overdue one' });
    s.evidence.linkStories(overdue.id, [f.storyIds[1]!, f.storyIds[0]!]);
    s.recommendations.send(overdue.id, '2026-01-05');
    const answered = f.draft({ title: 'Answered' });
    s.evidence.linkStories(answered.id, [f.storyIds[2]!]);
    s.recommendations.send(answered.id, '2026-01-05');
    s.recommendations.respond({ id: answered.id, decision: 'not-accepted', words: 'We cannot, this year.', receivedOn: '2026-01-05' });
    f.draft({ title: 'Draft' });
    s.store.lock();

    const all = await verbatim(['recommendations', '--db', f.dbPath, '--json']);
    expect(all.code).toBe(0);
    const lines = all.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.title)).toEqual(['Overdue one', 'Answered', 'Draft']);
    expect(Object.keys(lines[0]!)).toEqual(['id', 'title', 'organisation', 'sentOn', 'dueOn', 'response', 'status', 'nextReviewOn', 'evidenceStoryIds']);
    expect(lines[0]).toMatchObject({ organisation: 'Central London NHS Trust', sentOn: '2026-01-05', dueOn: '2026-02-02', response: null, status: 'awaiting-response', nextReviewOn: null });
    expect(lines[0]!.evidenceStoryIds).toEqual([f.storyIds[0], f.storyIds[1]].sort());
    expect(lines[1]!.response).toEqual({ decision: 'not-accepted', receivedOn: '2026-01-05', late: false, words: 'We cannot, this year.' });
    expect(lines[2]).toMatchObject({ status: 'draft', sentOn: null, dueOn: null, evidenceStoryIds: [] });

    // Run on the laptop's own date, long after 2 February 2026.
    const late = await verbatim(['recommendations', '--db', f.dbPath, '--json', '--overdue']);
    expect(late.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { title: string }).title)).toEqual(['Overdue one']);
    expect((await verbatim(['recommendations', '--db', f.dbPath])).stdout).toMatch(/awaiting-response\s+due 2026-02-02\s+Central London NHS Trust: Overdue one/);
  });
});

describe('verbatim bank-holidays and export --action-plan', () => {
  it('shows the table in use, imports a newer one as an administrator, and refuses a malformed one', async () => {
    const f = await recommendationsStore();
    f.services.store.lock();
    expect((await verbatim(['bank-holidays'])).stdout).toBe('Bank holidays: the table shipped with Verbatim\nRuns from 2018-01-01 to 2027-12-31 (83 bank holidays, England and Wales)\n');
    const folder = tempFolder();
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, '{"england-and-wales": {"division": "england-and-wales", "events": "none"}}');
    const refused = await verbatim(['bank-holidays', '--db', f.dbPath, '--import', bad, '--as', 'Ada Admin']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/not a bank-holiday table in GOV.UK's format/);
    const asStaff = await verbatim(['bank-holidays', '--db', f.dbPath, '--import', bad, '--as', 'Sam Staff']);
    expect(asStaff.stderr).toMatch(/Your role does not allow this/);
    const newer = join(folder, 'bank-holidays.json');
    const events = [...shipped.events, { title: 'New Year’s Day', date: '2028-01-03', notes: 'Substitute day', bunting: true }];
    writeFileSync(newer, JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events } }));
    const imported = await verbatim(['bank-holidays', '--db', f.dbPath, '--import', newer, '--as', 'Ada Admin', '--json']);
    expect(JSON.parse(imported.stdout)).toMatchObject({ source: 'imported', runsTo: '2028-12-31', holidays: 84, importedByName: 'Ada Admin' });
    expect((await verbatim(['due-date', '--db', f.dbPath, '--from', '2027-12-10'])).stdout).toBe('2028-01-12\n');
    expect((await verbatim(['due-date', '--from', '2027-12-10'])).code).toBe(1); // the shipped table still ends in 2027
  });

  it('export --action-plan names an organisation in the register', async () => {
    const f = await recommendationsStore();
    f.services.store.lock();
    const out = join(tempFolder(), 'bundle.zip');
    const unknown = await verbatim(['export', '--db', f.dbPath, '--profile', 'nhs-trust', '--out', out, '--action-plan', 'Nobody Trust']);
    expect(unknown).toMatchObject({ code: 1, stderr: 'verbatim export: there is no organisation called "Nobody Trust" in the stakeholder register\n' });
  });
});
