import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { z } from 'zod';
import { FileActionPanel } from '../../../renderer/src/jobs/FileActionPanel';
import { JobRun } from '../../../renderer/src/jobs/JobRun';
import type { ApiResult } from '../../../renderer/src/api/client';
import type { JobStatus } from '../../../shared/jobs/schemas';
import { ok } from '../../../shared/result';
import { fakeApi, installApi } from '../fake-api';
import { expectFocus } from '../waits';

const JOB = 'job-0123456789abcdef';
const TEXT = { progress: 'Writing the file', cancelled: 'Cancelled. No file was written.', failed: 'The file was not written.', another: 'Make another' };
const resultSchema = z.object({ path: z.string() });

function runJob(final: JobStatus) {
  const { api } = fakeApi({ state: 'unlocked' });
  api.getJobStatus.mockResolvedValue(ok(final));
  installApi(api);
  const onDone = vi.fn();
  const onAnother = vi.fn();
  const view = render(
    <JobRun
      jobId={JOB}
      schema={resultSchema}
      text={TEXT}
      onAnother={onAnother}
      onDone={onDone}
      className="test-outcome"
      doneClassName="notice notice-success"
      doneTestId="test-done"
      renderDone={(result) => <p>Saved as {result.path}</p>}
    />,
  );
  return { onDone, onAnother, view };
}

const ended = (state: 'done' | 'cancelled' | 'failed', extra: Partial<JobStatus> = {}): JobStatus =>
  ({ id: JOB, kind: 'test', state, progress: { done: 3, total: 3, phase: 'writing' }, ...extra }) as JobStatus;

describe('a job followed from a form (JobRun)', () => {
  it('shows what was done, moves the focus there, and tells the screen once', async () => {
    const { onDone, onAnother, view } = runJob(ended('done', { result: { path: '/tmp/out.zip' } }));
    const done = await screen.findByTestId('test-done');
    expect(done.textContent).toContain('Saved as /tmp/out.zip');
    await expectFocus(done); // moved in an effect after the outcome shows
    view.rerender(<p>gone</p>);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(onDone).toHaveBeenCalledWith({ path: '/tmp/out.zip' });
    expect(onAnother).not.toHaveBeenCalled();
  });

  it('never shows an unreadable result as success', async () => {
    const { onDone } = runJob(ended('done', { result: { nothing: true } }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(TEXT.failed)).toBeTruthy();
    // The outcome's effects (the focus, then telling the screen) have run once the focus is there.
    await expectFocus(alert.closest('.test-outcome') ?? alert);
    expect(screen.queryByTestId('test-done')).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says a cancelled job wrote nothing, and goes back to the form', async () => {
    const { onAnother, onDone } = runJob(ended('cancelled'));
    expect((await screen.findByText(TEXT.cancelled)).getAttribute('role')).toBe('status');
    await userEvent.setup().click(screen.getByRole('button', { name: TEXT.another }));
    expect(onAnother).toHaveBeenCalledTimes(1);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('explains a failed job in plain English', async () => {
    runJob(ended('failed', { code: 'DISK_FULL', message: 'ENOSPC' }));
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-code')).toBe('DISK_FULL');
    expect(alert.textContent).toContain(TEXT.failed);
  });
});

function Panel({ run, onDone }: { run(path: string): Promise<ApiResult<{ count: number }>>; onDone(): void }) {
  const [path, setPath] = useState('');
  return (
    <FileActionPanel
      name="test-import"
      testId="test-import"
      fieldId="test-import-path"
      mode="open"
      filters={[{ name: 'Test file', extensions: ['zip'] }]}
      text={{ title: 'Bring a file in', intro: 'Choose it.', path: 'The file', pathRequired: 'Give the full path.', failed: 'Nothing was brought in.', submit: 'Bring it in', busy: 'Reading…' }}
      path={path}
      onPathChange={setPath}
      run={run}
      renderDone={(value, donePath) => <p>{`${value.count} from ${donePath}`}</p>}
      onDone={onDone}
    />
  );
}

describe('a panel that does one thing with one file (FileActionPanel)', () => {
  it('asks for the path first, cannot be pressed twice while busy, then says what was done', async () => {
    installApi(fakeApi({ state: 'unlocked' }).api);
    let answer: (value: ApiResult<{ count: number }>) => void = () => undefined;
    const run = vi.fn(() => new Promise<ApiResult<{ count: number }>>((resolve) => (answer = resolve)));
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(<Panel run={run} onDone={onDone} />);

    await user.click(screen.getByRole('button', { name: 'Bring it in' }));
    expect(screen.getByText('Give the full path.')).toBeTruthy();
    await expectFocus('test-import-path');
    expect(run).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'The file' }), '/media/usb/in.zip');
    await user.click(screen.getByRole('button', { name: 'Bring it in' }));
    await user.click(screen.getByRole('button', { name: 'Reading…' }));
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith('/media/usb/in.zip');
    answer({ ok: true, value: { count: 3 } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('3 from /media/usb/in.zip'));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('explains a refusal and changes nothing on the screen but the alert', async () => {
    installApi(fakeApi({ state: 'unlocked' }).api);
    const refusal: ApiResult<{ count: number }> = {
      ok: false,
      error: { code: 'BUNDLE_TAMPERED', message: 'The file was changed after it was made.', detail: 'stories.jsonl does not match its hash' },
    };
    const run = vi.fn(() => Promise.resolve(refusal));
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(<Panel run={run} onDone={onDone} />);
    await user.type(screen.getByRole('textbox', { name: 'The file' }), '/media/usb/in.zip');
    await user.click(screen.getByRole('button', { name: 'Bring it in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.id).toBe('test-import-failed');
    expect(within(alert).getByText('Nothing was brought in.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(onDone).not.toHaveBeenCalled();
  });
});
