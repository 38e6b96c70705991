import { useState } from 'react';
import type { ApiError, ApiResult } from '../api/client';

interface StartJob {
  /** True while the service is deciding whether to start it. */
  busy: boolean;
  /** Why the service would not start it, until the next attempt starts one. */
  error: ApiError | null;
  jobId: string | null;
  /** Asks for the job; answers the refusal, if any, so the form can move the focus. */
  start(request: () => Promise<ApiResult<{ jobId: string }>>): Promise<ApiError | null>;
  /** Back to the form, the last job forgotten. */
  clear(): void;
}

/** Starting a long job (an export, an archive) from a form, then following it by its id. */
export function useStartJob(): StartJob {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = async (request: () => Promise<ApiResult<{ jobId: string }>>) => {
    setBusy(true);
    setJobId(null);
    const answer = await request();
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return answer.error;
    }
    setError(null);
    setJobId(answer.value.jobId);
    return null;
  };
  return { busy, error, jobId, start, clear: () => setJobId(null) };
}
