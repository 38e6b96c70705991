import { useTranslation } from 'react-i18next';
import { transferExportResultSchema } from '../../../shared/transfer/schemas';
import { JobRun } from '../jobs/JobRun';

/** Writing the transfer file: progress with Cancel, then where it was saved and its fingerprint. */
export function MakeTransferRun({ jobId, onAnother }: { jobId: string; onAnother(): void }) {
  const { t } = useTranslation('transfer');
  return (
    <JobRun
      jobId={jobId}
      schema={transferExportResultSchema}
      text={{ progress: t('make.progress'), cancelled: t('make.cancelled'), failed: t('make.failed'), another: t('make.another') }}
      onAnother={onAnother}
      className="transfer-outcome"
      doneClassName="notice notice-success"
      doneTestId="transfer-made"
      renderDone={(result) => (
        <>
          <h3>{t('make.doneTitle')}</h3>
          <p>{t('make.doneStories', { count: result.counts.stories ?? 0 })}</p>
          <dl className="transfer-facts">
            <dt>{t('make.donePath')}</dt>
            <dd className="transfer-mono">{result.path}</dd>
            <dt>{t('make.doneHash')}</dt>
            <dd className="transfer-mono">{result.sha256}</dd>
          </dl>
          <p>{t('make.doneNext')}</p>
        </>
      )}
    />
  );
}
