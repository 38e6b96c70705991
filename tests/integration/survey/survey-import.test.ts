import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../shared/result';
import type { SurveyImportRequest } from '../../../shared/survey/schemas';
import { createHandlers } from '../../../main/core/handlers';
import { createJobContext } from '../../../main/jobs/job-context';
import { storeWithPeople } from '../../helpers/capture';
import { SURVEY_OPTIONS, surveyMapping } from '../../helpers/survey-mapping';
import { tempFolder } from '../../helpers/temp-store';

const HEADER = 'Tell us about your experience,Date,Service,Can we share this?,Age,Postcode,Email';
const GOOD = [
  '"  The GP was kind, but I waited three weeks.  ",14/03/2026,Elm Street Surgery,Yes,42,W9 3RS,someone@example.org',
  '"Ich habe drei Stunden gewartet.\nSehr schlecht.",2026-03-15T10:22:33Z,e85001,no,25-34,,',
  'Pharmacy ran out of my inhaler 😞,15-Mar-2026,,agree,,,',
];

const mapping = surveyMapping();
const options = SURVEY_OPTIONS;

async function setUp() {
  const s = await storeWithPeople();
  await s.users.signIn(s.staffId, '8642');
  s.register.create({ name: 'Elm Street Surgery', type: 'gp', odsCode: 'E85001', cqcLocationId: null });
  const folder = tempFolder();
  const write = (lines: string[], name = 'survey.csv') => {
    const path = join(folder, name);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    return path;
  };
  const db = () => s.store.requireDb();
  const count = (sql: string, ...params: unknown[]) => db().prepare(sql).pluck().get(...params) as number;
  const storyCount = () => count('SELECT count(*) FROM stories');
  const auditCount = () => count('SELECT count(*) FROM audit_log');
  const request = async (path: string, overrides: Partial<SurveyImportRequest> = {}): Promise<SurveyImportRequest> => ({
    path,
    mapping,
    options,
    fileSha256: (await s.survey.readFile(path)).fileSha256,
    skipInvalid: false,
    respondentsAgreed: true,
    ...overrides,
  });
  const run = async (req: SurveyImportRequest) => s.survey.import(req, s.users.require(), createJobContext());
  return { s, write, db, count, storyCount, auditCount, request, run };
}

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('survey import', () => {
  it('reads the columns, a sample and the file hash', async () => {
    const { s, write } = await setUp();
    const file = await s.survey.readFile(write([HEADER, ...GOOD]));
    expect(file.columns).toEqual(HEADER.split(','));
    expect(file.rowCount).toBe(3);
    expect(file.sample[1]![0]).toBe('Ich habe drei Stunden gewartet.\nSehr schlecht.');
    expect(file.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(file.delimiter).toBe(',');
  });

  it('previews counts, every problem with its row and column, and the stories as they would be stored', async () => {
    const { s, write, storyCount } = await setUp();
    const path = write([HEADER, ...GOOD, 'Fine words,31/02/2026,Nowhere Clinic,yes,,,', 'too,few', ',14/03/2026,,,,,']);
    const preview = await s.survey.preview({ path, mapping, options }, createJobContext());
    expect(preview.validRows).toBe(3);
    expect(preview.invalidRows).toBe(3);
    expect(preview.problemCount).toBe(4);
    expect(preview.problems).toEqual([
      { row: 5, column: 'Date', message: '"31/02/2026" is not a real date (dates are read day first, as 14/03/2026).' },
      { row: 5, column: 'Service', message: '"Nowhere Clinic" matches no service name or ODS code in the register.' },
      { row: 6, column: null, message: 'Row 6 has 2 fields but the header has 7.' },
      { row: 7, column: 'Tell us about your experience', message: 'The story is empty.' },
    ]);
    expect(preview.preview[0]).toEqual({
      row: 2,
      text: '  The GP was kind, but I waited three weeks.  ',
      heardOn: '2026-03-14',
      serviceName: 'Elm Street Surgery',
      language: 'English',
      consent: { keep: true, share: true, quote: false, contact: false },
      equality: { ageBand: '35-44', postcodeDistrict: 'W9' },
    });
    expect(preview.preview[1]!.serviceName).toBe('Elm Street Surgery');
    expect(storyCount()).toBe(0);
  });

  it('imports every row exactly, findable by search, with one audit entry; importing again adds nothing', async () => {
    const { s, write, db, storyCount, request, run } = await setUp();
    const path = write([HEADER, ...GOOD]);
    const req = await request(path);
    expect(await run(req)).toEqual({ imported: 3, skipped: 0, alreadyImported: 0 });
    expect(storyCount()).toBe(3);

    const hits = s.search.search({ query: 'gewartet', filters: {}, limit: 10 }).items;
    expect(hits).toHaveLength(1);
    const stored = s.stories.get(hits[0]!.id);
    expect(stored.text).toBe('Ich habe drei Stunden gewartet.\nSehr schlecht.');
    expect(stored).toMatchObject({
      channel: 'survey-import',
      wordsKind: 'own-words',
      status: 'submitted',
      heardOn: '2026-03-15',
      recordedById: s.staffId,
      consent: { keep: true, share: false, quote: false, contact: false },
      hasContact: false,
      equality: { ageBand: '25-34' },
    });
    expect(stored.services.map((service) => service.name)).toEqual(['Elm Street Surgery']);
    const first = s.stories.get(s.search.search({ query: 'receptionist OR kind', filters: {}, limit: 10 }).items[0]!.id);
    expect(first.text).toBe('  The GP was kind, but I waited three weeks.  ');
    expect(first.revisions).toHaveLength(1);
    expect(first.history.map((entry) => entry.action)).toEqual(['story.create']);

    const audit = db().prepare("SELECT entity_id, details FROM audit_log WHERE action = 'survey.import'").all() as Array<{ entity_id: string; details: string }>;
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entity_id).toBe(req.fileSha256);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({
      fileSha256: req.fileSha256,
      imported: 3,
      skipped: 0,
      alreadyImported: 0,
      mapping: { text: 'Tell us about your experience', date: 'Date', service: 'Service', consentShare: 'Can we share this?' },
    });

    expect(await run(req)).toEqual({ imported: 0, skipped: 0, alreadyImported: 3 });
    expect(storyCount()).toBe(3);
    const again = await s.survey.preview({ path, mapping, options }, createJobContext());
    expect(again.alreadyImported).toBe(3);
    expect(again.preview).toEqual([]);
  });

  it('imports nothing when one row is bad, and only the good rows when told to skip', async () => {
    const { write, storyCount, auditCount, request, run } = await setUp();
    const path = write([HEADER, ...GOOD, 'Words,not a date,,,,,']);
    const before = auditCount();
    const error = await refusal(run(await request(path)));
    expect(error.code).toBe('CSV_INVALID');
    expect(error.message).toBe('1 row has a problem (the first is row 5), so nothing was imported. Fix the file, or choose to skip the invalid rows.');
    expect(storyCount()).toBe(0);
    expect(auditCount()).toBe(before);

    expect(await run(await request(path, { skipInvalid: true }))).toEqual({ imported: 3, skipped: 1, alreadyImported: 0 });
    expect(storyCount()).toBe(3);
  });

  it('refuses a file changed since its preview', async () => {
    const { write, storyCount, request, run } = await setUp();
    const path = write([HEADER, ...GOOD]);
    const req = await request(path);
    write([HEADER, ...GOOD, 'One more story,14/03/2026,,,,,']);
    const error = await refusal(run(req));
    expect(error.code).toBe('CSV_INVALID');
    expect(error.message).toMatch(/changed since it was previewed/);
    expect(storyCount()).toBe(0);
  });

  it('imports nothing without the confirmation that respondents agreed to their feedback being kept', async () => {
    const { write, storyCount, request, run } = await setUp();
    const error = await refusal(run(await request(write([HEADER, ...GOOD]), { respondentsAgreed: false })));
    expect(error.code).toBe('CONSENT_REQUIRED');
    expect(storyCount()).toBe(0);
  });

  it('imports nothing when cancelled', async () => {
    const { s, write, storyCount, request } = await setUp();
    const context = createJobContext();
    context.cancel();
    const error = await refusal(s.survey.import(await request(write([HEADER, ...GOOD])), s.users.require(), context));
    expect(error.code).toBe('CANCELLED');
    expect(storyCount()).toBe(0);
  });

  it('refuses a Windows-1252 file naming the row, a missing file, and a mapping beyond the columns', async () => {
    const { s, write } = await setUp();
    const path = write([HEADER, ...GOOD]);
    writeFileSync(path, Buffer.concat([Buffer.from(`${HEADER}\r\n`), Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' closed,14/03/2026,,,,,\r\n')]));
    const encoding = await refusal(s.survey.readFile(path));
    expect(encoding.code).toBe('CSV_INVALID');
    expect(encoding.message).toMatch(/^Row 2 is not UTF-8 text: byte 0xE9/);

    expect((await refusal(s.survey.readFile(join(tempFolder(), 'nope.csv')))).code).toBe('NOT_FOUND');
    const narrow = write(['Words,Date', 'x,14/03/2026'], 'narrow.csv');
    const beyond = await refusal(s.survey.preview({ path: narrow, mapping, options }, createJobContext()));
    expect(beyond.code).toBe('INVALID_INPUT');
  });

  it('is for staff and admins only', async () => {
    const { s, write } = await setUp();
    const path = write([HEADER, ...GOOD]);
    await s.users.signIn(s.volunteerId, '9753');
    expect((await refusal(s.survey.readFile(path))).code).toBe('FORBIDDEN');
    await s.users.signIn(s.outreachId, '1357');
    expect((await refusal(s.survey.preview({ path, mapping, options }, createJobContext()))).code).toBe('FORBIDDEN');
  });

  it('runs as a job through the IPC handler and reports its result', async () => {
    const { s, write, storyCount, request } = await setUp();
    const handlers = createHandlers(s);
    const req = await request(write([HEADER, ...GOOD]));
    const { jobId } = await handlers.startSurveyImport(req);
    let status = s.jobs.status(jobId, s.staffId);
    for (let i = 0; i < 200 && status.state === 'running'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = s.jobs.status(jobId, s.staffId);
    }
    expect(status).toMatchObject({ state: 'done', kind: 'survey-import', result: { imported: 3, skipped: 0, alreadyImported: 0 } });
    expect(storyCount()).toBe(3);
  });
});
