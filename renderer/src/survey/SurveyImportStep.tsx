import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyImportResultSchema, type SurveyImportResult } from '../../../shared/survey/schemas';
import { JobProgress, useJob } from '../ui/JobProgress';

interface SurveyImportStepProps {
  jobId: string;
  onDone(result: SurveyImportResult): void;
  onBack(): void;
}

/** Step 4: the import running, with its progress and Cancel; a failure or cancel says nothing was imported. */
export function SurveyImportStep({ jobId, onDone, onBack }: SurveyImportStepProps) {
  const { t } = useTranslation('survey');
  const { status, cancel } = useJob(jobId);
  // A finished job whose answer is not an import result is shown as a failure, never as success.
  const unreadable = status?.state === 'done' && !surveyImportResultSchema.safeParse(status.result).success;

  useEffect(() => {
    if (status?.state !== 'done') return;
    const parsed = surveyImportResultSchema.safeParse(status.result);
    if (parsed.success) onDone(parsed.data);
  }, [status, onDone]);

  const ended = status?.state === 'failed' || status?.state === 'cancelled' || unreadable;
  if (status && ended) {
    return (
      <div className="form">
        <div className="alert alert-error" role="alert">
          <p className="alert-lead">{status.state === 'cancelled' ? t('import.cancelled') : t('import.failed')}</p>
          {status.state === 'failed' ? <p className="alert-message">{status.message}</p> : null}
        </div>
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={onBack}>
            {t('back')}
          </button>
        </div>
      </div>
    );
  }
  return <JobProgress status={status} label={t('import.label')} onCancel={cancel} />;
}
