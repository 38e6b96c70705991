/** Administrators: bring in an ONS Census 2021 table for areas Verbatim ships none for. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CensusImportResult } from '../../../shared/insight/reach-schemas';
import { api, type ApiError } from '../api/client';
import { useCurrentUser } from '../app/session';
import { canImportCensus } from '../users/roles';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileField } from '../ui/FileField';

export function CensusImportPanel({ onImported }: { onImported(): void }) {
  const { t } = useTranslation('insight');
  const user = useCurrentUser();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<CensusImportResult | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || path === '') return;
    setBusy(true);
    const answer = await api.importCensusTable({ path });
    setBusy(false);
    if (!answer.ok) {
      setDone(null);
      return setError(answer.error);
    }
    setError(null);
    setDone(answer.value);
    onImported();
  };
  return (
    <section className="panel" aria-labelledby="census-import-title">
      <h2 className="panel-title" id="census-import-title">
        {t('reach.importTitle')}
      </h2>
      <p className="panel-intro">{t('reach.importIntro')}</p>
      {user && canImportCensus(user.role) ? (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <FileField id="census-import-path" label={t('reach.importPath')} mode="open" value={path} onChange={setPath} filters={[{ name: 'CSV', extensions: ['csv'] }]} />
          <div className="form-actions">
            <button type="submit" className="button button-secondary" aria-disabled={busy || undefined}>
              {busy ? t('reach.importing') : t('reach.importButton')}
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">{t('reach.importAdminOnly')}</p>
      )}
      {error ? <ErrorAlert error={error} lead={t('reach.importFailed')} id="census-import-error" /> : null}
      {done ? (
        <p className="notice notice-success" role="status" data-testid="census-imported">
          {t('reach.importDone', { count: done.areas, table: done.table, names: done.names.join(', ') })}
        </p>
      ) : null}
    </section>
  );
}
