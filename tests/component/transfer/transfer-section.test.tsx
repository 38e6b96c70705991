import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSession } from '../../../renderer/src/app/session';
import { BringInTransferSection } from '../../../renderer/src/transfer/BringInTransferSection';
import { MakeTransferSection } from '../../../renderer/src/transfer/MakeTransferSection';
import type { JobStatus } from '../../../shared/jobs/schemas';
import { ok } from '../../../shared/result';
import type { TransferConflict, TransferReport } from '../../../shared/transfer/schemas';
import type { User } from '../../../shared/users/schemas';
import { ADMIN, OUTREACH, fakeApi, installApi } from '../fake-api';
import { expectFocus } from '../waits';

const JOB = 'job-0123456789abcdef';
const SHA = 'c'.repeat(64);
const FOLDER = '/home/staff/Verbatim exports';
const IN_PATH = '/media/usb/field.vtransfer';

const REPORT: TransferReport = {
  fileSha256: SHA,
  device: '5f3a9e0c1b2d4e6f',
  organisation: 'Healthwatch Westminster',
  createdAt: '2026-11-20T16:30:00.000Z',
  stories: { new: 40, unchanged: 3, updated: 2, conflicting: 1, deleted: 0 },
  toCreate: { people: 1, services: 2, events: 1, codes: 0 },
  auditEntries: 0,
  conflicts: [{ storyId: 's-1', words: true, fields: [] }],
};

const CONFLICT: TransferConflict = {
  id: 7,
  storyId: 's-1',
  excerpt: 'The GP said wait.',
  sourceDevice: '5f3a9e0c1b2d4e6f',
  kind: 'words',
  officeRevision: 2,
  fieldRevision: 3,
  differing: ['words'],
  importedAt: '2026-11-21T09:00:00.000Z',
};

const job = (kind: string, result: unknown): JobStatus => ({ id: JOB, kind, state: 'done', progress: { done: 46, total: 46, phase: 'writing' }, result });

function setUp(person: User) {
  const { api } = fakeApi({ state: 'unlocked' });
  api.getBundleDefaults.mockResolvedValue(ok({ exportsFolder: FOLDER }));
  api.listTransferConflicts.mockResolvedValue(ok({ items: [] }));
  installApi(api);
  useSession.setState({ person: { user: person, currentEventId: null, needsFirstUser: false } });
  render(
    <>
      <MakeTransferSection />
      <BringInTransferSection />
    </>,
  );
  return { api, user: userEvent.setup() };
}

describe('Share → Transfer file and Bring in → Transfer file', () => {
  it('makes a transfer file by keyboard: checks the passphrase and its repeat, then shows where it went and its fingerprint', async () => {
    const { api, user } = setUp(ADMIN);
    api.startTransferExport.mockResolvedValue(ok({ jobId: JOB }));
    api.getJobStatus.mockResolvedValue(ok(job('transfer-export', { path: `${FOLDER}/field.vtransfer`, counts: { stories: 46 }, sha256: SHA })));
    const make = within(await screen.findByTestId('transfer-make'));
    await waitFor(() => expect((make.getByLabelText(/Save the transfer file as/) as HTMLInputElement).value).toMatch(/^\/home\/staff\/Verbatim exports\/transfer-.*\.vtransfer$/));

    await user.click(make.getByLabelText('Passphrase for this transfer file'));
    await user.keyboard('short');
    await user.click(make.getByRole('button', { name: 'Make the transfer file' }));
    expect(make.getByText('The passphrase must be at least 10 characters long.')).toBeTruthy();
    await expectFocus('transfer-pass-new');
    await user.keyboard(' but longer now');
    await user.tab();
    await user.keyboard('something else');
    await user.keyboard('{Enter}');
    expect(make.getByText('The two passphrases are not the same. Type them again.')).toBeTruthy();
    expect(api.startTransferExport).not.toHaveBeenCalled();

    await user.clear(make.getByLabelText('Type the new passphrase again'));
    await user.type(make.getByLabelText('Type the new passphrase again'), 'short but longer now');
    await user.type(make.getByLabelText(/Only stories created or changed since/), '2026-11-01');
    await user.click(make.getByRole('button', { name: 'Make the transfer file' }));
    expect(api.startTransferExport).toHaveBeenCalledWith(expect.objectContaining({ passphrase: 'short but longer now', since: '2026-11-01' }));
    const done = await make.findByTestId('transfer-made');
    expect(within(done).getByText('It holds 46 stories.')).toBeTruthy();
    expect(within(done).getByText(SHA)).toBeTruthy();
    await expectFocus(done);
  });

  it('previews a transfer file, explains a wrong passphrase, imports it as a job, reports, and lists the conflict to resolve', async () => {
    const { api, user } = setUp(ADMIN);
    // The preview is a job too: first it fails on the passphrase, then it answers the report.
    const PREVIEW_JOB = 'job-00000000000000aa';
    api.startTransferPreview.mockResolvedValue(ok({ jobId: PREVIEW_JOB }));
    const failed: JobStatus = { id: PREVIEW_JOB, kind: 'transfer-preview', state: 'failed', progress: { done: 0, total: null, phase: 'opening' }, code: 'WRONG_BUNDLE_PASSPHRASE', message: 'x' };
    api.getJobStatus.mockResolvedValueOnce(ok(failed));
    api.getJobStatus.mockResolvedValueOnce(ok({ ...job('transfer-preview', REPORT), id: PREVIEW_JOB }));
    api.startTransferImport.mockResolvedValue(ok({ jobId: JOB }));
    api.getJobStatus.mockResolvedValue(ok(job('transfer-import', { ...REPORT, auditEntries: 12 })));
    const bring = within(await screen.findByTestId('transfer-bring'));

    await user.click(bring.getByRole('button', { name: 'Check the file and preview' }));
    expect(bring.getByText('Enter the transfer file to bring in.')).toBeTruthy();
    expect(api.startTransferPreview).not.toHaveBeenCalled();
    await user.type(bring.getByLabelText('Transfer file'), IN_PATH);
    await user.type(bring.getByLabelText("The transfer file's passphrase"), 'a wrong one');
    await user.keyboard('{Enter}');
    expect((await bring.findByRole('alert')).textContent).toContain('That passphrase does not open this transfer file. Check it with the person');
    // The Cancel button has gone with the job; the focus is back on the button that checks again.
    await expectFocus('transfer-preview-button');

    await user.click(bring.getByRole('button', { name: 'Check the file and preview' }));
    const preview = within(await bring.findByTestId('transfer-preview'));
    expect(within(preview.getByTestId('count-new')).getByText('40')).toBeTruthy();
    expect(within(preview.getByTestId('count-conflicting')).getByText('1')).toBeTruthy();
    expect(within(preview.getByTestId('create-services')).getByText('2')).toBeTruthy();
    expect(api.startTransferImport).not.toHaveBeenCalled();

    api.listTransferConflicts.mockResolvedValue(ok({ items: [CONFLICT] }));
    await user.click(preview.getByRole('button', { name: 'Bring these stories in' }));
    expect(api.startTransferImport).toHaveBeenCalledWith({ path: IN_PATH, passphrase: 'a wrong one' });
    const report = within(await bring.findByTestId('transfer-report'));
    expect(report.getByText(/1 story was changed on both laptops/)).toBeTruthy();

    const conflicts = within(screen.getByTestId('transfer-conflicts'));
    const row = within(await conflicts.findByTestId('transfer-conflict'));
    expect(row.getByText("The words: this laptop's revision 2, the field laptop's revision 3")).toBeTruthy();
    api.resolveTransferConflict.mockResolvedValue(ok({ items: [] }));
    await user.click(row.getByRole('button', { name: "Use the field laptop's version of story The GP said wait." }));
    expect(api.resolveTransferConflict).toHaveBeenCalledWith({ id: 7, keep: 'field' });
    expect(await conflicts.findByText('There are no open conflicts.')).toBeTruthy();
    expect(conflicts.getByRole('status').textContent).toBe('Conflict resolved.');
  });

  it('cancels a preview that is still checking the file: the job is told, nothing is previewed, and the focus returns to the button', async () => {
    const { api, user } = setUp(ADMIN);
    const PREVIEW_JOB = 'job-00000000000000bb';
    const running: JobStatus = { id: PREVIEW_JOB, kind: 'transfer-preview', state: 'running', progress: { done: 10, total: 40, phase: 'comparing' } };
    let status: JobStatus = running;
    api.startTransferPreview.mockResolvedValue(ok({ jobId: PREVIEW_JOB }));
    api.getJobStatus.mockImplementation(async () => ok(status));
    api.cancelJob.mockImplementation(async () => {
      status = { ...running, state: 'cancelled' };
      return ok(running);
    });
    const bring = within(await screen.findByTestId('transfer-bring'));
    await user.type(bring.getByLabelText('Transfer file'), IN_PATH);
    await user.type(bring.getByLabelText("The transfer file's passphrase"), 'the passphrase{Enter}');
    const progress = await bring.findByTestId('job-progress');
    await user.click(within(progress).getByRole('button', { name: 'Cancel' }));
    expect(api.cancelJob).toHaveBeenCalledWith({ jobId: PREVIEW_JOB });
    expect(await bring.findByText('Cancelled. The file was not checked, and nothing was changed.')).toBeTruthy();
    expect(bring.queryByTestId('transfer-preview')).toBeNull();
    await expectFocus('transfer-preview-button');
  });

  it('tells an outreach worker that the file holds the stories they recorded', async () => {
    const { api } = fakeApi({ state: 'unlocked' });
    api.getBundleDefaults.mockResolvedValue(ok({ exportsFolder: FOLDER }));
    installApi(api);
    useSession.setState({ person: { user: OUTREACH, currentEventId: null, needsFirstUser: false } });
    render(<MakeTransferSection />);
    expect(await screen.findByText('The file holds the stories you recorded on this laptop.')).toBeTruthy();
  });
});
