import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeSchema } from '../../../shared/result';
import { syncCountsSchema, type SyncStatus } from '../../../shared/sync/schemas';
import { api, messageFor, type ApiError } from '../api/client';
import { JobRun } from '../jobs/JobRun';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';

/** Who this laptop is to sync, what waits to be sent, how the last sync went, and "Sync now". */
export function SyncStatusPanel({ status, onSynced }: { status: SyncStatus; onSynced(): void }) {
  const { t } = useTranslation('sync');
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const start = async () => {
    setError(null);
    const answer = await api.startSync({});
    if (answer.ok) setJobId(answer.value.jobId);
    else setError(answer.error);
  };
  const last = status.lastRun;
  const profile = status.profile ? t(`status.profiles.${status.profile}`, { number: status.fieldNumber }) : t('status.profiles.none');
  return (
    <section className="panel" aria-labelledby="sync-status-title" data-testid="sync-status">
      <h2 className="panel-title" id="sync-status-title">
        {t('status.title')}
      </h2>
      <p className="panel-intro">{t('status.intro')}</p>
      <dl className="facts">
        <div className="fact">
          <dt>{t('status.profile')}</dt>
          <dd data-testid="sync-profile">{profile}</dd>
        </div>
        <div className="fact">
          <dt>{t('status.device')}</dt>
          <dd>
            <code className="path">{status.deviceId}</code>
          </dd>
        </div>
        <div className="fact">
          <dt>{t('status.waiting')}</dt>
          <dd data-testid="sync-waiting">{t('status.waitingCount', { count: status.waiting })}</dd>
        </div>
        <div className="fact">
          <dt>{t('status.last')}</dt>
          <dd data-testid="sync-last">
            {!last ? t('status.never') : null}
            {last?.ok && last.counts ? t('status.lastOk', { at: formatDateTime(last.at), ...last.counts }) : null}
            {last && !last.ok ? (
              <>
                {t('status.lastFailed', { at: formatDateTime(last.at) })} {messageFor(errorCodeSchema.catch('INTERNAL').parse(last.code))}
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      {error ? <ErrorAlert error={error} id="sync-start-error" /> : null}
      {jobId ? (
        <JobRun
          jobId={jobId}
          schema={syncCountsSchema}
          text={{ progress: t('status.progress'), cancelled: t('status.cancelled'), failed: t('status.failed'), another: t('status.another') }}
          onAnother={() => setJobId(null)}
          onDone={onSynced}
          className="sync-outcome"
          doneTestId="sync-done"
          failedId="sync-failed"
          renderDone={(counts) => <p>{t('status.done', counts)}</p>}
        />
      ) : (
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => void start()}>
            {t('status.syncNow')}
          </button>
        </div>
      )}
    </section>
  );
}
