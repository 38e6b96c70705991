import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILD_PHASES, intelligencePreviewSchema, type BuildPhase, type IntelligencePreview } from '../../../../shared/export/schemas';
import { toApiError, type ApiError } from '../../api/client';
import { JobProgress, useJob } from '../../ui/JobProgress';

export type PreviewOutcome = { state: 'done'; preview: IntelligencePreview } | { state: 'cancelled' } | { state: 'failed'; error: ApiError };

const isBuildPhase = (phase: string | undefined): phase is BuildPhase => BUILD_PHASES.includes(phase as BuildPhase);

/**
 * Follows a preview job: what it is doing, how far it has got, and Cancel. When it ends,
 * hands the parsed preview (or why there is none) to `onEnd`. Leaving the screen cancels
 * it, so a forgotten preview never holds up an export or import started elsewhere.
 */
export function PreviewRun({ jobId, onEnd }: { jobId: string; onEnd(outcome: PreviewOutcome): void }) {
  const { t } = useTranslation('intelligence');
  const { status, cancel } = useJob(jobId);
  const running = useRef(true);

  useEffect(() => {
    if (!status || status.state === 'running') return;
    running.current = false;
    if (status.state === 'cancelled') return onEnd({ state: 'cancelled' });
    if (status.state === 'failed') return onEnd({ state: 'failed', error: toApiError(status.code, status.message) });
    const parsed = intelligencePreviewSchema.safeParse(status.result);
    onEnd(parsed.success ? { state: 'done', preview: parsed.data } : { state: 'failed', error: toApiError('INTERNAL', '') });
  }, [status, onEnd]);

  // Cancelled a moment after unmounting: React's development double mount remounts at once and keeps it.
  const leaving = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    clearTimeout(leaving.current);
    return () => {
      if (running.current) leaving.current = setTimeout(cancel, 0);
    };
  }, [cancel]);

  const phase = status?.progress.phase;
  return <JobProgress status={status} label={t(`preview.phases.${isBuildPhase(phase) ? phase : 'starting'}`)} onCancel={cancel} />;
}
