import { useTranslation } from 'react-i18next';
import { intelligenceResultSchema } from '../../../shared/export/schemas';
import { JobRun } from '../jobs/JobRun';

/** The export job: progress with Cancel, then where the bundle was saved and its manifest hash. */
export function ExportRun({ jobId, onAnother }: { jobId: string; onAnother(): void }) {
  const { t } = useTranslation('intelligence');
  return (
    <JobRun
      jobId={jobId}
      schema={intelligenceResultSchema}
      text={{ progress: t('save.progress'), cancelled: t('save.cancelled'), failed: t('save.failed'), another: t('save.another') }}
      onAnother={onAnother}
      className="intelligence-outcome"
      doneClassName="notice notice-success"
      doneTestId="intelligence-done"
      failedId="intelligence-failed"
      renderDone={(result) => (
        <>
          <h3>{t('save.doneTitle')}</h3>
          <p>{t('save.doneCount', { count: result.included })}</p>
          <dl className="intelligence-facts">
            <dt>{t('save.donePath')}</dt>
            <dd className="intelligence-path">{result.path}</dd>
            <dt>{t('save.doneHash')}</dt>
            <dd className="intelligence-hash" data-testid="manifest-hash">
              {result.manifestSha256}
            </dd>
          </dl>
        </>
      )}
    />
  );
}
