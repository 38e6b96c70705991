import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../../shared/jobs/schemas';
import { api } from '../api/client';

const POLL_MS = 250;

/**
 * Follows a long-running job (an export or an import) until it ends: its status,
 * polled a few times a second, and a way to cancel it. A failed poll is treated
 * as the job failing, so the screen never waits for ever.
 */
export function useJob(jobId: string | null): { status: JobStatus | null; cancel(): void } {
  // Kept with the job it belongs to, so a new job never shows the last one's status.
  const [seen, setSeen] = useState<{ jobId: string; status: JobStatus } | null>(null);
  useEffect(() => {
    if (!jobId) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await api.getJobStatus({ jobId });
      if (stopped) return;
      const next: JobStatus = result.ok
        ? result.value
        : { id: jobId, kind: 'unknown', state: 'failed', progress: { done: 0, total: null, phase: 'unknown' }, code: result.error.code, message: result.error.message };
      setSeen({ jobId, status: next });
      if (next.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);
  const cancel = useCallback(() => {
    if (jobId) void api.cancelJob({ jobId });
  }, [jobId]);
  return { status: seen && seen.jobId === jobId ? seen.status : null, cancel };
}

interface JobProgressProps {
  status: JobStatus | null;
  /** What is happening, such as "Writing the bundle". */
  label: string;
  onCancel(): void;
}

/** A progress bar with the count done, announced politely, and a Cancel button while it runs. */
export function JobProgress({ status, label, onCancel }: JobProgressProps) {
  const { t } = useTranslation('common');
  const [cancelling, setCancelling] = useState(false);
  const progress = status?.progress ?? { done: 0, total: null, phase: 'starting' };
  const running = status === null || status.state === 'running';
  const percent = progress.total ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : null;
  const counted = progress.total !== null ? t('job.progress', { done: progress.done.toLocaleString('en-GB'), total: progress.total.toLocaleString('en-GB') }) : t('job.progressUnknown', { done: progress.done.toLocaleString('en-GB') });
  return (
    <div className="job-progress" data-testid="job-progress">
      <p className="job-progress-label" id="job-progress-label">
        {label}
      </p>
      <progress aria-labelledby="job-progress-label" max={progress.total ?? undefined} value={progress.total !== null ? progress.done : undefined} />
      <p className="job-progress-count" role="status">
        {percent !== null ? `${t('job.percent', { percent })} (${counted})` : counted}
      </p>
      {running ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={cancelling}
          onClick={() => {
            setCancelling(true);
            onCancel();
          }}
        >
          {cancelling ? t('job.cancelling') : t('job.cancel')}
        </button>
      ) : null}
    </div>
  );
}
