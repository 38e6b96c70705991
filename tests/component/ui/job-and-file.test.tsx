import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { JobStatus } from '../../../shared/jobs/schemas';
import { ok } from '../../../shared/result';
import { FileField } from '../../../renderer/src/ui/FileField';
import { JobProgress, useJob } from '../../../renderer/src/ui/JobProgress';
import { failure, fakeApi, installApi, removeApi } from '../fake-api';

const JOB = 'job-0123456789abcdef';
const running = (done: number): JobStatus => ({ id: JOB, kind: 'export', state: 'running', progress: { done, total: 200, phase: 'writing' } });

function Job({ jobId }: { jobId: string | null }) {
  const { status, cancel } = useJob(jobId);
  return (
    <>
      <JobProgress status={status} label="Writing the bundle" onCancel={cancel} />
      <p data-testid="state">{status?.state ?? 'none'}</p>
    </>
  );
}

describe('following a long job', () => {
  afterEach(() => removeApi());

  it('shows progress as it polls, then the outcome, and Cancel asks the service to stop', async () => {
    const { api } = fakeApi();
    api.getJobStatus.mockResolvedValueOnce(ok(running(50))).mockResolvedValueOnce(ok(running(150))).mockResolvedValue(ok({ ...running(200), state: 'cancelled' }));
    api.cancelJob.mockResolvedValue(ok(running(150)));
    installApi(api);
    render(<Job jobId={JOB} />);
    // The progress is on screen ("0 done") before the first poll answers.
    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toBe('25% done (50 of 200)');
      expect(screen.getByRole('progressbar', { name: 'Writing the bundle' }).getAttribute('value')).toBe('50');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.cancelJob).toHaveBeenCalledWith({ jobId: JOB });
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('cancelled'));
    expect(screen.queryByRole('button', { name: /Cancel/ })).toBeNull();
  });

  it('treats a failed poll as a failed job, so the screen never waits for ever', async () => {
    const { api } = fakeApi();
    api.getJobStatus.mockResolvedValue(failure('NOT_FOUND', 'There is no such export or import.'));
    installApi(api);
    render(<Job jobId={JOB} />);
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('failed'));
  });
});

function PathField() {
  const [path, setPath] = useState('');
  return (
    <>
      <FileField id="out" label="Save the bundle to" mode="save" value={path} onChange={setPath} />
      <p data-testid="path">{path}</p>
    </>
  );
}

describe('a file path field', () => {
  afterEach(() => {
    delete (window as { verbatimFiles?: unknown }).verbatimFiles;
  });

  it('takes a typed path exactly, with no Choose button outside the desktop app', async () => {
    render(<PathField />);
    await userEvent.type(screen.getByLabelText('Save the bundle to'), ' /tmp/My exports/a.zip');
    expect(screen.getByTestId('path').textContent).toBe(' /tmp/My exports/a.zip');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('fills in the path chosen in the native dialog, and keeps the old one when it is closed', async () => {
    const choose = vi.fn().mockResolvedValueOnce('/home/sam/bundle.zip').mockResolvedValueOnce(null);
    (window as { verbatimFiles?: unknown }).verbatimFiles = { choose };
    render(<PathField />);
    const button = screen.getByRole('button', { name: 'Choose a file for Save the bundle to' });
    await userEvent.click(button);
    expect(choose).toHaveBeenCalledWith({ mode: 'save', title: 'Save the bundle to', defaultPath: undefined, filters: undefined });
    await waitFor(() => expect(screen.getByTestId('path').textContent).toBe('/home/sam/bundle.zip'));
    await userEvent.click(button);
    expect(screen.getByTestId('path').textContent).toBe('/home/sam/bundle.zip');
  });
});
