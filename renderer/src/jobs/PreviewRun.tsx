import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import { toApiError, type ApiError } from '../api/client';
import { JobProgress, useJob } from '../ui/JobProgress';

export type PreviewOutcome<T> = { state: 'done'; preview: T } | { state: 'cancelled' } | { state: 'failed'; error: ApiError };

interface PreviewRunProps<T> {
  jobId: string;
  /** What a finished preview must be; anything else ends as a failure. */
  schema: z.ZodType<T>;
  /** Words for what the job is doing, from its progress phase. */
  label(phase: string | undefined): string;
  onEnd(outcome: PreviewOutcome<T>): void;
}

/**
 * Follows a preview job (what an export or import would do): what it is doing, how
 * far it has got, and Cancel. When it ends, hands the parsed preview (or why there is
 * none) to `onEnd`. Leaving the screen cancels it, so a forgotten preview never holds
 * up an export or import started elsewhere.
 */
export function PreviewRun<T>({ jobId, schema, label, onEnd }: PreviewRunProps<T>) {
  const { status, cancel } = useJob(jobId);
  const running = useRef(true);

  useEffect(() => {
    if (!status || status.state === 'running') return;
    running.current = false;
    if (status.state === 'cancelled') return onEnd({ state: 'cancelled' });
    if (status.state === 'failed') return onEnd({ state: 'failed', error: toApiError(status.code, status.message) });
    const parsed = schema.safeParse(status.result);
    onEnd(parsed.success ? { state: 'done', preview: parsed.data } : { state: 'failed', error: toApiError('INTERNAL', '') });
  }, [status, schema, onEnd]);

  // Cancelled a moment after unmounting: React's development double mount remounts at once and keeps it.
  const leaving = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    clearTimeout(leaving.current);
    return () => {
      if (running.current) leaving.current = setTimeout(cancel, 0);
    };
  }, [cancel]);

  return <JobProgress status={status} label={label(status?.progress.phase)} onCancel={cancel} />;
}
