import { JobRunner } from '../../../main/jobs/job-runner';
import { ServiceError } from '../../../shared/result';

const SAM = 'user-sam';

/** Waits until the job leaves the running state. */
async function settled(runner: JobRunner, jobId: string, owner = SAM) {
  for (let turn = 0; turn < 1000; turn++) {
    const status = runner.status(jobId, owner);
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('the job never finished');
}

describe('long-running jobs', () => {
  it('answers at once, reports progress between batches, and ends with the work’s result', async () => {
    const runner = new JobRunner();
    const seen: number[] = [];
    const { jobId } = runner.start('export', SAM, async (context) => {
      for (let batch = 1; batch <= 3; batch++) {
        await context.checkpoint();
        context.progress(batch * 100, 300, 'writing');
      }
      return { path: '/tmp/bundle.zip' };
    });
    expect(runner.status(jobId, SAM)).toMatchObject({ state: 'running', progress: { done: 0 } });
    // Other requests run between batches: here, status polls see the count grow.
    while (runner.status(jobId, SAM).state === 'running') {
      seen.push(runner.status(jobId, SAM).progress.done);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(seen).toContain(100);
    expect(runner.status(jobId, SAM)).toEqual({ id: jobId, kind: 'export', state: 'done', progress: { done: 300, total: 300, phase: 'writing' }, result: { path: '/tmp/bundle.zip' } });
  });

  it('stops at the next checkpoint when cancelled, and the work can tidy up', async () => {
    const runner = new JobRunner();
    let tidied = false;
    const { jobId } = runner.start('export', SAM, async (context) => {
      try {
        for (;;) await context.checkpoint();
      } finally {
        tidied = true;
      }
    });
    await new Promise((resolve) => setImmediate(resolve));
    runner.cancel(jobId, SAM);
    expect((await settled(runner, jobId)).state).toBe('cancelled');
    expect(tidied).toBe(true);
  });

  it('turns a typed failure into its code and message, and hides unexpected ones', async () => {
    const runner = new JobRunner();
    const typed = runner.start('import', SAM, async () => {
      throw new ServiceError('BUNDLE_TAMPERED', 'stories.csv does not match its fingerprint.');
    });
    expect(await settled(runner, typed.jobId)).toMatchObject({ state: 'failed', code: 'BUNDLE_TAMPERED', message: 'stories.csv does not match its fingerprint.' });
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
    const unexpected = runner.start('import', SAM, async () => {
      throw new Error('secret detail /home/sam/x');
    });
    const status = await settled(runner, unexpected.jobId);
    errorLog.mockRestore();
    expect(status).toMatchObject({ state: 'failed', code: 'INTERNAL' });
    expect(JSON.stringify(status)).not.toContain('secret detail');
  });

  it('runs one job at a time, and only its owner can follow or cancel it', async () => {
    const runner = new JobRunner();
    let release = () => {};
    const { jobId } = runner.start('export', SAM, () => new Promise<void>((resolve) => (release = resolve)));
    expect(() => runner.start('import', SAM, async () => {})).toThrow(expect.objectContaining({ code: 'JOB_RUNNING' }));
    expect(() => runner.status(jobId, 'someone-else')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => runner.cancel(jobId, 'someone-else')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect((await settled(runner, jobId)).state).toBe('done');
    expect(runner.start('import', SAM, async () => {}).jobId).not.toBe(jobId);
  });
});
