import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transferReportSchema } from '../../../shared/transfer/schemas';
import { createHandlers } from '../../../main/core/handlers';
import { readZip } from '../../../main/bundles/zip/zip-reader';
import { createJobContext } from '../../../main/jobs/job-context';
import { openWithPassphrase } from '../../../main/transfer/envelope';
import type { JobStatus } from '../../../shared/jobs/schemas';
import { OUTREACH_PIN, storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';
import { tempFolder } from '../../helpers/temp-store';
import { BUNDLE_PASSPHRASE, fieldLaptop, importTransfer, writeTransfer } from './transfer-fixture';

async function finished(handlers: ReturnType<typeof createHandlers>, jobId: string): Promise<JobStatus> {
  for (;;) {
    const status = await handlers.getJobStatus({ jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('writing a transfer file', () => {
  it('holds no PIN hashes and no readable words; the export is audited', async () => {
    const { field } = await fieldLaptop();
    const { path, result } = await writeTransfer(field);
    const bytes = readFileSync(path);
    expect(bytes.includes(Buffer.from('waited'))).toBe(false);
    const files = readZip(await openWithPassphrase(bytes, BUNDLE_PASSPHRASE));
    expect(files.get('revisions.jsonl')!.includes(Buffer.from('waited'))).toBe(true);
    for (const [name, data] of files) expect(data.includes(Buffer.from('scrypt$')), name).toBe(false);
    const people = files.get('users.jsonl')!.toString('utf8').trim().split('\n').map((line) => JSON.parse(line));
    for (const person of people) expect(Object.keys(person).sort()).toEqual(['id', 'name', 'role']);
    expect(result.counts).toMatchObject({ stories: 2, revisions: 4, contacts: 1, equality: 1, events: 1, services: 2, tags: 1, maskChecks: 1 });
    const db = field.store.requireDb();
    const audited = db.prepare("SELECT details FROM audit_log WHERE action = 'transfer.export'").pluck().get() as string;
    expect(JSON.parse(audited)).toMatchObject({ sha256: result.sha256 });
  });

  it('takes only stories created or changed since a date', async () => {
    const { field, ids } = await fieldLaptop();
    const db = field.store.requireDb();
    db.prepare("UPDATE stories SET created_at = '2026-01-01T10:00:00.000Z', updated_at = '2026-01-02T10:00:00.000Z' WHERE id = ?").run(ids.plain);
    const { result } = await writeTransfer(field, '2026-06-01');
    expect(result.counts.stories).toBe(1);
    await expect(writeTransfer(field, '2099-01-01')).rejects.toMatchObject({ code: 'NOTHING_TO_EXPORT' });
  });

  it('lets an outreach worker take only the stories they recorded, through the job runner', async () => {
    const { field } = await fieldLaptop();
    await field.users.signIn(field.outreachId, OUTREACH_PIN);
    field.stories.save(story({ text: 'Told to me by the bus stop.' }));
    const handlers = createHandlers(field);
    const path = join(tempFolder(), 'mine.vtransfer');
    const { jobId } = await handlers.startTransferExport({ path, passphrase: BUNDLE_PASSPHRASE, since: null });
    const status = await finished(handlers, jobId);
    expect(status).toMatchObject({ state: 'done', result: { path, counts: { stories: 1 } } });
    expect(() => handlers.startTransferPreview({ path, passphrase: BUNDLE_PASSPHRASE })).toThrow(/role does not allow/);
    expect(() => handlers.startTransferImport({ path, passphrase: BUNDLE_PASSPHRASE })).toThrow(/role does not allow/);
    expect(() => handlers.listTransferConflicts({})).toThrow(/role does not allow/);
  });

  it('previews and imports as jobs whose results are the report; the preview writes nothing and a wrong passphrase fails it', async () => {
    const { field } = await fieldLaptop();
    const office = await storeWithPeople();
    const { path } = await writeTransfer(field);
    const handlers = createHandlers(office);
    const wrong = await finished(handlers, (await handlers.startTransferPreview({ path, passphrase: 'not the passphrase' })).jobId);
    expect(wrong).toMatchObject({ state: 'failed', code: 'WRONG_BUNDLE_PASSPHRASE' });
    const before = office.store.counts();
    const previewed = await finished(handlers, (await handlers.startTransferPreview({ path, passphrase: BUNDLE_PASSPHRASE })).jobId);
    expect(previewed).toMatchObject({ state: 'done', kind: 'transfer-preview' });
    const preview = transferReportSchema.parse((previewed as { result: unknown }).result);
    expect(preview.stories.new).toBeGreaterThan(0);
    expect(office.store.counts()).toEqual(before);
    const { jobId } = await handlers.startTransferImport({ path, passphrase: BUNDLE_PASSPHRASE });
    const status = await finished(handlers, jobId);
    expect(status).toMatchObject({ state: 'done', result: { stories: preview.stories, fileSha256: preview.fileSha256 } });
  });

  it('leaves no file, whole or partial, when cancelled, and never writes over a file', async () => {
    const { field } = await fieldLaptop();
    const folder = tempFolder();
    const path = join(folder, 'cancelled.vtransfer');
    const context = createJobContext();
    const work = field.transfer.exportFile({ path, passphrase: BUNDLE_PASSPHRASE, since: null }, field.users.require(), context);
    context.cancel();
    await expect(work).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(dirname(path))).toEqual([]);

    writeFileSync(path, 'already here');
    const again = field.transfer.exportFile({ path, passphrase: BUNDLE_PASSPHRASE, since: null }, field.users.require(), createJobContext());
    await expect(again).rejects.toMatchObject({ code: 'FILE_EXISTS' });
    expect(readFileSync(path, 'utf8')).toBe('already here');
    expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false);
  });

  it('a laptop taking back its own transfer file finds every story unchanged', async () => {
    const { field } = await fieldLaptop();
    const report = await importTransfer(field, (await writeTransfer(field)).path);
    expect(report.stories).toEqual({ new: 0, unchanged: 2, updated: 0, conflicting: 0, deleted: 0 });
  });
});
