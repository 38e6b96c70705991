import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { readSignedBundle } from '../../../main/bundles/signed-bundle';
import { createJobContext } from '../../../main/jobs/job-context';
import { localToday } from '../../../main/users/user-service';
import { createHandlers } from '../../../main/core/handlers';
import { intelligencePreviewSchema, intelligenceResultSchema, storiesFileSchema, type ExportedStory } from '../../../shared/export/schemas';
import type { JobStatus } from '../../../shared/jobs/schemas';
import { ELECTION_CHECKLIST_IDS } from '../../../shared/export/election-checklist';
import { ServiceError } from '../../../shared/result';
import { storeWithPeople } from '../../helpers/capture';
import { tempFolder } from '../../helpers/temp-store';
import { approvedStory, storiesInEveryState } from './export-fixture';

const request = { profile: 'healthwatch-england', recipient: 'Healthwatch England', filters: {} };

async function exportTo(s: Awaited<ReturnType<typeof storeWithPeople>>, overrides: Record<string, unknown> = {}) {
  const path = join(tempFolder(), 'bundle.zip');
  const user = s.users.require('staff', 'admin');
  const result = await s.intelligence.export({ ...request, ...overrides }, path, createJobContext(), user);
  const bundle = readSignedBundle(readFileSync(path), 'intelligence');
  const text = (name: string) => bundle.files.get(name)!.toString('utf8');
  return { path, result, bundle, text, stories: JSON.parse(text('stories.json')) as ExportedStory[] };
}

async function refusal(work: () => unknown): Promise<ServiceError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('which stories an intelligence export lets out', () => {
  it('counts each story left out once, under its first failing reason', async () => {
    const s = await storeWithPeople();
    storiesInEveryState(s);
    const preview = await s.intelligence.preview(request);
    expect(preview).toMatchObject({
      matched: 10,
      included: 6,
      leftOut: { noConsentToShare: 1, notApproved: 1, masksNotChecked: 1, masksOutOfDate: 1, suppressedByKAnonymity: 0 },
      election: null,
    });
  });

  it('sends the checked, anonymised words, never the original, and withholds words the person did not agree to be quoted', async () => {
    const s = await storeWithPeople();
    storiesInEveryState(s);
    const unquoted = approvedStory(s, { text: 'Dr Okafor never listened.', consentOverrides: { quote: false } });
    const { stories, result } = await exportTo(s);
    expect(result.included).toBe(7);
    expect(stories.every((st) => !st.id.includes(unquoted))).toBe(true);
    const quoted = stories.filter((st) => st.text !== null);
    expect(quoted).toHaveLength(6);
    for (const st of quoted) {
      expect(st.text).not.toContain('Okafor');
      expect(st.text).toMatch(/\[PERSON \d+\]/);
    }
    // The same person has the same placeholder throughout the bundle.
    expect(new Set(quoted.map((st) => /\[PERSON \d+\]/.exec(st.text!)![0])).size).toBe(1);
    expect(stories.filter((st) => st.text === null)).toEqual([expect.objectContaining({ textWithheld: 'noConsentToQuote' })]);
  });

  it('leaves out, as suppressed by k-anonymity, a story whose details too few others share', async () => {
    const s = await storeWithPeople();
    for (let i = 0; i < 30; i++) approvedStory(s, { equality: { ageBand: '25-34', sex: 'female' } });
    approvedStory(s, { equality: { ageBand: '85-plus', sex: 'male' } });
    const preview = await s.intelligence.preview(request);
    expect(preview.included).toBe(30);
    expect(preview.leftOut.suppressedByKAnonymity).toBe(1);
  });

  it('uses the date range on when stories were heard', async () => {
    const s = await storeWithPeople();
    for (let i = 0; i < 5; i++) approvedStory(s, { heardOn: '2026-10-01' });
    for (let i = 0; i < 5; i++) approvedStory(s, { heardOn: '2026-11-20' });
    const preview = await s.intelligence.preview({ ...request, heardFrom: '2026-11-01', heardTo: '2026-11-30' });
    expect(preview).toMatchObject({ matched: 5, included: 5 });
  });

  it('is for staff and administrators only', async () => {
    const s = await storeWithPeople();
    await s.users.signIn(s.volunteerId, '9753');
    expect((await refusal(() => s.intelligence.preview(request))).code).toBe('FORBIDDEN');
  });
});

/** Follows a job turn by turn, as the screen's polls would, noting each phase seen in order, and cancelling at `cancelAt`. */
async function followJob(s: Awaited<ReturnType<typeof storeWithPeople>>, jobId: string, cancelAt?: string): Promise<{ status: JobStatus; phases: string[] }> {
  const phases: string[] = [];
  for (let turn = 0; turn < 10_000; turn++) {
    const status = s.jobs.status(jobId, s.adminId);
    if (status.state === 'running' && phases.at(-1) !== status.progress.phase) phases.push(status.progress.phase);
    if (status.state !== 'running') return { status, phases };
    if (status.progress.phase === cancelAt) s.jobs.cancel(jobId, s.adminId);
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('the job did not end');
}

describe('the preview as a job', () => {
  it('answers at once with a job that reports each phase and ends with the preview the screen parses', async () => {
    const s = await storeWithPeople();
    s.elections.add({ name: 'By-election', noticeDate: localToday(), pollingDay: localToday(), candidates: [] });
    storiesInEveryState(s);
    const handlers = createHandlers(s);
    const { jobId } = await handlers.startIntelligencePreview(request);
    expect(s.jobs.status(jobId, s.adminId)).toMatchObject({ kind: 'intelligence-preview', state: 'running' });
    const { status, phases } = await followJob(s, jobId);
    expect(phases).toEqual(['starting', 'selecting', 'generalising', 'kAnonymity', 'scanning']);
    expect(status.state).toBe('done');
    const preview = intelligencePreviewSchema.parse(status.state === 'done' ? status.result : null);
    expect(preview).toMatchObject({ matched: 10, included: 6, election: { period: { name: 'By-election' }, mentionCount: 0 } });
  });

  it('stops when cancelled, between batches, and can be started again', async () => {
    const s = await storeWithPeople();
    storiesInEveryState(s);
    const handlers = createHandlers(s);
    const first = await handlers.startIntelligencePreview(request);
    const { status, phases } = await followJob(s, first.jobId, 'generalising');
    expect(status).toMatchObject({ state: 'cancelled', progress: { phase: 'generalising' } });
    expect(phases).not.toContain('kAnonymity');
    const again = await followJob(s, (await handlers.startIntelligencePreview(request)).jobId);
    expect(again.status.state).toBe('done');
  });

  it('refuses at once, before any job starts, someone who may not export or a profile that does not exist', async () => {
    const s = await storeWithPeople();
    const handlers = createHandlers(s);
    await expect(async () => handlers.startIntelligencePreview({ ...request, profile: 'press' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await s.users.signIn(s.volunteerId, '9753');
    await expect(async () => handlers.startIntelligencePreview(request)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the intelligence bundle', () => {
  it('holds signed, verifiable files; stories.json validates against its own JSON Schema', async () => {
    const s = await storeWithPeople();
    storiesInEveryState(s);
    const { bundle, text, stories } = await exportTo(s);
    expect([...bundle.files.keys()].sort()).toEqual(['README.txt', 'report.html', 'schemas/stories.schema.json', 'stories.csv', 'stories.json', 'summary.csv']);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(text('schemas/stories.schema.json')) as object);
    expect(validate(stories), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...stories[0], id: 7 }])).toBe(false);
    expect(storiesFileSchema.parse(stories)).toHaveLength(6);
    expect(bundle.manifest.details).toMatchObject({
      profile: { name: 'healthwatch-england', k: 5 },
      recipient: 'Healthwatch England',
      counts: { matched: 10, included: 6, leftOut: { noConsentToShare: 1, notApproved: 1, masksNotChecked: 1, masksOutOfDate: 1 } },
      election: null,
    });
    expect(text('README.txt')).toContain('sha256sum -c SHA256SUMS');
  });

  it('can be checked with the standard tools exactly as README.txt says', async () => {
    const s = await storeWithPeople();
    for (let i = 0; i < 5; i++) approvedStory(s);
    const { path, text } = await exportTo(s);
    const folder = tempFolder();
    execFileSync('unzip', ['-q', path, '-d', folder]);
    // The commands are the indented lines of README.txt's last section, run in order in the unzipped folder.
    const section = text('README.txt').split('HOW TO CHECK THIS BUNDLE IS COMPLETE AND UNCHANGED')[1]!;
    const commands = section
      .split('\r\n')
      .map((line) => line.trim())
      .filter((line) => /^(sha256sum|jq|base64|openssl) /.test(line))
      .map((line) => line.replace(/\s+\(on macOS.*\)$/, ''));
    expect(commands).toHaveLength(7);
    const outputs = commands.map((command) => execFileSync('sh', ['-c', command], { cwd: folder, encoding: 'utf8' }));
    expect(outputs[0]).toMatch(/stories\.json: OK/);
    expect(outputs[1]!.split(' ')[0]).toBe(outputs[2]!.trim());
    expect(outputs[5]).toContain('Signature Verified Successfully');
  });

  it('writes CSV with a BOM, CRLF and quoting, and guards formulas only in the CSV', async () => {
    const s = await storeWithPeople();
    for (let i = 0; i < 5; i++) approvedStory(s, { text: `=HYPERLINK("http://x","click ${i}"), said "they"` });
    const { text, stories } = await exportTo(s);
    const csv = text('stories.csv');
    expect(csv.startsWith('\uFEFFid,text,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(7);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""click 0""), said ""they"""`);
    expect(stories.map((st) => st.text)).toContain('=HYPERLINK("http://x","click 0"), said "they"');
    expect(text('README.txt')).toContain('apostrophe');
  });

  it('escapes every story-derived string in report.html, which has a strict CSP and no scripts', async () => {
    const s = await storeWithPeople();
    for (let i = 0; i < 5; i++) approvedStory(s, { text: `<script>alert(${i})</script> and "><img src=x onerror=alert(1)>` });
    const { text } = await exportTo(s, { recipient: '<b>Trust</b>' });
    const html = text('report.html');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>Trust');
    expect(html).toContain('&lt;script&gt;alert(0)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('<html lang="en">');
  });

  it('shows small numbers in summary.csv as "<5"', async () => {
    const s = await storeWithPeople();
    const ids = Array.from({ length: 8 }, () => approvedStory(s));
    const codeId = s.codebook.list(false)[0]!.id;
    for (const id of ids.slice(0, 3)) s.tags.tag(id, codeId, 'negative', null);
    for (const id of ids) s.tags.setOverallSentiment(id, 'positive');
    const { text } = await exportTo(s);
    const summary = text('summary.csv');
    expect(summary).toMatch(/\r\ntheme,[^\r\n]*,negative,<5\r\n/);
    expect(summary).toContain('\r\nsentiment,,positive,8\r\n');
  });

  it('records the export in the audit trail with the manifest hash', async () => {
    const s = await storeWithPeople();
    storiesInEveryState(s);
    const { result, path } = await exportTo(s);
    const entry = s.store.requireDb().prepare("SELECT * FROM audit_log WHERE action = 'export.intelligence'").get() as { details: string; actor_name: string };
    expect(entry.actor_name).toBe('Ada Admin');
    expect(JSON.parse(entry.details)).toMatchObject({ manifestSha256: result.manifestSha256, profile: 'healthwatch-england', recipient: 'Healthwatch England', file: path, included: 6 });
  });

  it('refuses when nothing can go out, and leaves no file', async () => {
    const s = await storeWithPeople();
    const folder = tempFolder();
    const error = await refusal(() => s.intelligence.export(request, join(folder, 'b.zip'), createJobContext(), s.users.require('admin')));
    expect(error.code).toBe('NOTHING_TO_EXPORT');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a cancelled export leaves no file', async () => {
    const s = await storeWithPeople();
    for (let i = 0; i < 12; i++) approvedStory(s);
    const folder = tempFolder();
    const path = join(folder, 'bundle.zip');
    const user = s.users.require('admin');
    s.intelligence.prepareExport(request, path);
    const { jobId } = s.jobs.start('intelligence-export', user.id, (context) => s.intelligence.export(request, path, context, user));
    s.jobs.cancel(jobId, user.id);
    for (let i = 0; i < 50 && s.jobs.status(jobId, user.id).state === 'running'; i++) await new Promise((r) => setTimeout(r, 10));
    expect(s.jobs.status(jobId, user.id).state).toBe('cancelled');
    expect(readdirSync(folder)).toEqual([]);
    expect(existsSync(path)).toBe(false);
  });

  it('runs as a job through the IPC handler, whose result the screen can parse', async () => {
    const s = await storeWithPeople();
    for (let i = 0; i < 5; i++) approvedStory(s);
    const handlers = createHandlers(s);
    const path = join(tempFolder(), 'bundle.zip');
    const { jobId } = await handlers.startIntelligenceExport({ request: { ...request, filters: {} }, path });
    let status = s.jobs.status(jobId, s.adminId);
    for (let i = 0; i < 200 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = s.jobs.status(jobId, s.adminId);
    }
    expect(status.state).toBe('done');
    const result = intelligenceResultSchema.parse(status.state === 'done' ? status.result : null);
    expect(result).toMatchObject({ path, included: 5 });
    expect(readSignedBundle(readFileSync(path)).manifestSha256).toBe(result.manifestSha256);
    // Refusals come at once, before any job starts.
    await expect(async () => handlers.startIntelligenceExport({ request: { ...request, filters: {} }, path })).rejects.toMatchObject({ code: 'FILE_EXISTS' });
  });

  it('will not overwrite a file', async () => {
    const s = await storeWithPeople();
    const { path } = await (async () => {
      for (let i = 0; i < 5; i++) approvedStory(s);
      return exportTo(s);
    })();
    expect((await refusal(() => s.intelligence.prepareExport(request, path))).code).toBe('FILE_EXISTS');
  });
});

describe('exports in a pre-election period', () => {
  const today = localToday();
  const confirmation = { items: [...ELECTION_CHECKLIST_IDS], approvedBy: 'Cleo Chalk' };

  it('lists mentions of parties, candidates and campaign wording, and refuses without the checklist', async () => {
    const s = await storeWithPeople();
    s.elections.add({ name: 'Westminster City Council election', noticeDate: today, pollingDay: today, candidates: ['Jane Marlow'] });
    for (let i = 0; i < 5; i++) approvedStory(s, { text: `The Labour council cut it and the Lib Dems did nothing. Jane Marlow said vote for her. She was in labour for ${i} hours.` });
    const preview = await s.intelligence.preview(request);
    expect(preview.election?.period.name).toBe('Westminster City Council election');
    const terms = preview.election!.mentions.filter((m) => m.storyId === preview.election!.mentions[0]!.storyId).map((m) => `${m.kind}:${m.term}`);
    expect(terms).toEqual(['party:Labour', 'party:Lib Dems', 'campaign:vote for']);
    expect(preview.election!.mentions[0]!.snippet).toContain('The Labour council cut it');
    // The candidate's name was masked as a person before it could be scanned; "in labour" is not the party.
    expect(preview.election!.mentionCount).toBe(15);

    const path = join(tempFolder(), 'b.zip');
    expect((await refusal(() => s.intelligence.prepareExport(request, path))).code).toBe('ELECTION_CONFIRMATION_REQUIRED');
    const partial = { ...request, electionConfirmation: { items: ['content-checked'], approvedBy: 'Cleo Chalk' } };
    expect((await refusal(() => s.intelligence.prepareExport(partial, path))).code).toBe('ELECTION_CONFIRMATION_REQUIRED');
  });

  it('records the period and who confirmed what in the manifest', async () => {
    const s = await storeWithPeople();
    s.elections.add({ name: 'General election', noticeDate: today, pollingDay: today, candidates: [] });
    for (let i = 0; i < 5; i++) approvedStory(s);
    const { bundle, text } = await exportTo(s, { electionConfirmation: confirmation });
    expect(bundle.manifest.details['election']).toMatchObject({
      period: { name: 'General election', noticeDate: today, pollingDay: today },
      confirmation: { confirmedBy: 'Ada Admin', approvedBy: 'Cleo Chalk', items: expect.arrayContaining([expect.stringContaining('party-political')]) },
    });
    expect(text('README.txt')).toContain('PRE-ELECTION PERIOD');
  });

  it('a removed period, or one not yet begun, asks for nothing', async () => {
    const s = await storeWithPeople();
    const period = s.elections.add({ name: 'Old', noticeDate: today, pollingDay: today, candidates: [] });
    s.elections.add({ name: 'Next year', noticeDate: '2099-04-01', pollingDay: '2099-05-01', candidates: [] });
    s.elections.remove(period.id);
    for (let i = 0; i < 5; i++) approvedStory(s);
    expect((await s.intelligence.preview(request)).election).toBeNull();
    expect(s.elections.list().map((p) => p.name)).toEqual(['Next year']);
    const actions = s.store.requireDb().prepare("SELECT action FROM audit_log WHERE entity_type = 'election-period' ORDER BY seq").pluck().all();
    expect(actions).toEqual(['election-period.add', 'election-period.add', 'election-period.remove']);
  });

  it('refuses a period whose polling day comes before its notice', async () => {
    const s = await storeWithPeople();
    expect(() => s.elections.add({ name: 'Backwards', noticeDate: '2026-05-02', pollingDay: '2026-05-01', candidates: [] })).toThrow(/on or before polling day/);
  });
});
