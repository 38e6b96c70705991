import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/sync/schemas';
import { api, type ApiError } from '../api/client';
import { useCurrentUser } from '../app/session';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SyncKeyPanel } from './SyncKeyPanel';
import { SyncServerForm } from './SyncServerForm';
import { SyncStatusPanel } from './SyncStatusPanel';

/** Settings → Sync: the status and "Sync now" for anyone; the server and the key for administrators. */
export function SyncSettings() {
  const { t } = useTranslation('sync');
  const user = useCurrentUser();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Bumped to ask for the status again (after a sync, or words made for another laptop).
  const [asked, setAsked] = useState(0);
  const refresh = () => setAsked((n) => n + 1);
  useEffect(() => {
    let live = true;
    void api.getSyncStatus({}).then((answer) => {
      if (!live) return;
      if (answer.ok) {
        setStatus(answer.value);
        setError(null);
      } else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [asked]);

  if (error) return <ErrorAlert error={error} lead={t('status.loadFailed')} id="sync-load-error" />;
  if (!status) return <p role="status">{t('status.loading')}</p>;
  const admin = user?.role === 'admin';
  return (
    <div className="settings-grid" data-testid="sync-settings">
      <SyncStatusPanel status={status} onSynced={refresh} />
      {admin ? (
        <>
          <SyncServerForm status={status} onSaved={setStatus} />
          <SyncKeyPanel status={status} onEnrolled={setStatus} onChanged={refresh} />
        </>
      ) : (
        <p className="panel-intro">{t('adminOnly')}</p>
      )}
    </div>
  );
}
