import { useTranslation } from 'react-i18next';
import { transferReportSchema } from '../../../shared/transfer/schemas';
import { JobRun } from '../jobs/JobRun';
import { TransferCounts } from './TransferCounts';

/** Bringing in the file: progress with Cancel, then the report (the same counts as the preview). */
export function BringInRun({ jobId, onDone, onAnother }: { jobId: string; onDone(): void; onAnother(): void }) {
  const { t } = useTranslation('transfer');
  return (
    <JobRun
      jobId={jobId}
      schema={transferReportSchema}
      text={{ progress: t('bring.progress'), cancelled: t('bring.cancelled'), failed: t('bring.failed'), another: t('bring.another') }}
      onAnother={onAnother}
      // The lists elsewhere on the screen are told once that the import finished.
      onDone={onDone}
      className="transfer-outcome"
      doneTestId="transfer-report"
      renderDone={(report) => (
        <>
          <h3>{t('bring.reportTitle')}</h3>
          <TransferCounts report={report} />
          {report.stories.conflicting > 0 ? <p className="notice">{t('bring.reportConflicts', { count: report.stories.conflicting })}</p> : null}
        </>
      )}
    />
  );
}
