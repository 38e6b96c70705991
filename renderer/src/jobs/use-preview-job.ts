import { useCallback, useState } from 'react';
import type { ApiError } from '../api/client';
import type { PreviewOutcome } from './PreviewRun';

interface PreviewJobOptions<T> {
  /** The button that starts a preview: the focus goes back to it when a preview ends without one. */
  buttonId: string;
  onFailed(error: ApiError): void;
  /** Told when a preview arrives (for example to clear answers given to an older one). */
  onDone?(preview: T): void;
}

interface PreviewJob<T> {
  /** The preview job running, and the request it is for (a key the form makes from it). */
  running: { jobId: string; key: string } | null;
  cancelled: boolean;
  /** The last preview, and the request it was made for. */
  last: { key: string; value: T } | null;
  begin(jobId: string, key: string): void;
  /** For PreviewRun's onEnd. */
  ended(outcome: PreviewOutcome<T>): void;
  forget(): void;
}

/** A form's preview made as a job (an export's or an import's): which is running, how the last one ended. */
export function usePreviewJob<T>({ buttonId, onFailed, onDone }: PreviewJobOptions<T>): PreviewJob<T> {
  const [running, setRunning] = useState<{ jobId: string; key: string } | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [last, setLast] = useState<{ key: string; value: T } | null>(null);

  const ended = useCallback(
    (outcome: PreviewOutcome<T>) => {
      if (!running) return;
      setRunning(null);
      if (outcome.state === 'done') {
        setLast({ key: running.key, value: outcome.preview });
        onDone?.(outcome.preview);
        return;
      }
      if (outcome.state === 'failed') onFailed(outcome.error);
      else setCancelled(true);
      // The Cancel button has gone; the focus goes back to where a new preview starts.
      document.getElementById(buttonId)?.focus();
    },
    [running, buttonId, onFailed, onDone],
  );

  return {
    running,
    cancelled,
    last,
    begin: (jobId, key) => {
      setCancelled(false);
      setRunning({ jobId, key });
    },
    ended,
    forget: () => setLast(null),
  };
}
