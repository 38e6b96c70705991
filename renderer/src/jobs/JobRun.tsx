import { useEffect, useRef, type ReactNode } from 'react';
import type { z } from 'zod';
import { toApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { JobProgress, useJob } from '../ui/JobProgress';

interface JobRunText {
  progress: string;
  cancelled: string;
  /** Leads the explanation when the job failed. */
  failed: string;
  /** The button that goes back to the form. */
  another: string;
}

interface JobRunProps<T> {
  jobId: string;
  /** What a finished job's result must be; anything else is shown as a failure, never as success. */
  schema: z.ZodType<T>;
  text: JobRunText;
  onAnother(): void;
  /** Told once, when the job has finished and its result is readable. */
  onDone?(result: T): void;
  /** The outcome's class (cancelled, failed or done). */
  className: string;
  /** Added to `className` when it is done. */
  doneClassName?: string;
  doneTestId: string;
  failedId?: string;
  renderDone(result: T): ReactNode;
}

/**
 * A long job started from a form: progress with Cancel while it runs, then what
 * came of it (done, cancelled or failed) with the keyboard focus moved there and
 * a button to start another.
 */
export function JobRun<T>({ jobId, schema, text, onAnother, onDone, className, doneClassName, doneTestId, failedId, renderDone }: JobRunProps<T>) {
  const { status, cancel } = useJob(jobId);
  const outcome = useRef<HTMLDivElement>(null);
  // Re-renders after the end (the screen refreshing its lists) must not tell it twice.
  const told = useRef(false);
  const state = status?.state ?? 'running';
  useEffect(() => {
    if (state !== 'running') outcome.current?.focus();
  }, [state]);
  useEffect(() => {
    if (status?.state !== 'done' || told.current) return;
    const finished = schema.safeParse(status.result);
    if (!finished.success) return;
    told.current = true;
    onDone?.(finished.data);
  }, [status, schema, onDone]);

  if (!status || status.state === 'running') return <JobProgress status={status} label={text.progress} onCancel={cancel} />;
  const result = status.state === 'done' ? schema.safeParse(status.result) : null;
  const another = (
    <button type="button" className="button button-secondary" onClick={onAnother}>
      {text.another}
    </button>
  );
  if (!result?.success) {
    return (
      <div ref={outcome} tabIndex={-1} className={className}>
        {status.state === 'cancelled' ? (
          <p className="notice" role="status">
            {text.cancelled}
          </p>
        ) : (
          <ErrorAlert error={status.state === 'failed' ? toApiError(status.code, status.message) : toApiError('INTERNAL', '')} lead={text.failed} id={failedId} />
        )}
        {another}
      </div>
    );
  }
  return (
    <div ref={outcome} tabIndex={-1} className={doneClassName ? `${doneClassName} ${className}` : className} data-testid={doneTestId}>
      {renderDone(result.data)}
      {another}
    </div>
  );
}
