import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ArchiveSection } from '../../../renderer/src/archive/ArchiveSection';
import type { JobStatus } from '../../../shared/jobs/schemas';
import { ok } from '../../../shared/result';
import { failure, fakeApi, installApi, PASSPHRASE } from '../fake-api';
import { expectFocus } from '../waits';

const JOB = 'job-0123456789abcdef';
const HASH = 'c'.repeat(64);

function setUp(final: JobStatus) {
  const { api } = fakeApi({ state: 'unlocked' });
  api.getBundleDefaults.mockResolvedValue(ok({ exportsFolder: '/home/admin/Verbatim exports' }));
  api.exportArchive.mockResolvedValueOnce(failure('WRONG_PASSPHRASE', 'That passphrase does not unlock this store.')).mockResolvedValue(ok({ jobId: JOB }));
  api.getJobStatus.mockResolvedValue(ok(final));
  installApi(api);
  render(<ArchiveSection />);
  return { api, user: userEvent.setup() };
}

describe('the archive screen', () => {
  it('needs the passphrase and the personal-data confirmation, explains a wrong passphrase, then runs and reports', async () => {
    const { api, user } = setUp({ id: JOB, kind: 'archive', state: 'done', progress: { done: 120, total: 120, phase: 'writing' }, result: { tables: 30, rows: 1234, manifestSha256: HASH } });
    const path = screen.getByRole('textbox', { name: 'Save the archive as' }) as HTMLInputElement;
    await waitFor(() => expect(path.value).toMatch(/^\/home\/admin\/Verbatim exports\/verbatim-archive-\d{4}-\d{2}-\d{2}\.zip$/));
    await user.click(screen.getByRole('button', { name: 'Make the archive' }));
    expect(screen.getByText('Type the store passphrase.')).toBeTruthy();
    expect(screen.getByText('Tick the box to confirm you understand the archive contains personal data.')).toBeTruthy();
    await expectFocus('archive-passphrase');
    expect(api.exportArchive).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Store passphrase'), 'wrong one');
    await user.click(screen.getByRole('checkbox', { name: /contains personal data/ }));
    await user.click(screen.getByRole('button', { name: 'Make the archive' }));
    // The refusal is the service's answer: it arrives after the click.
    expect(within(await screen.findByRole('alert')).getByText('The archive was not made.')).toBeTruthy();
    await expectFocus('archive-passphrase');
    expect((screen.getByLabelText('Store passphrase') as HTMLInputElement).value).toBe('');

    await user.type(screen.getByLabelText('Store passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Make the archive' }));
    expect(api.exportArchive).toHaveBeenLastCalledWith({ outPath: path.value, passphrase: PASSPHRASE, understood: true });
    expect(await screen.findByText(/30 tables, 1,234 rows\. Manifest SHA-256: c{64}/)).toBeTruthy();
  });

  it('says when it was cancelled, and that no file was written', async () => {
    const { user } = setUp({ id: JOB, kind: 'archive', state: 'cancelled', progress: { done: 10, total: 120, phase: 'reading' } });
    // The path is offered once the exports folder is known.
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Save the archive as' }) as HTMLInputElement).value).toMatch(/verbatim-archive-/));
    await user.type(screen.getByLabelText('Store passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('checkbox', { name: /contains personal data/ }));
    await user.click(screen.getByRole('button', { name: 'Make the archive' }));
    // The first try is refused (and its passphrase emptied) when the answer arrives: type again after that.
    await screen.findByRole('alert');
    await user.type(screen.getByLabelText('Store passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Make the archive' }));
    expect(await screen.findByText('The archive was cancelled. No file was written.')).toBeTruthy();
  });
});
