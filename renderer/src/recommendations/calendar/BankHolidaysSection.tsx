import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import { LoadStatus } from '../../review/ui/LoadStatus';
import { Panel } from '../../stories/detail/Panel';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FileField } from '../../ui/FileField';
import { formatDateTime, formatDay } from '../../ui/format';
import { useAnswer } from '../ui/use-answer';

/**
 * The England and Wales bank-holiday table response dates are worked out with, and
 * (for administrators) bringing in a newer one: GOV.UK's bank-holidays.json, saved
 * on another computer. A date beyond the table is refused, never guessed.
 */
export function BankHolidaysSection() {
  const { t } = useTranslation('recommendations');
  const admin = useCurrentUser()?.role === 'admin';
  const { answer, set } = useAnswer(useCallback(() => api.getBankHolidays({}), []));
  const [path, setPath] = useState('');
  const [pathMissing, setPathMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [removed, setRemoved] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const table = answer.state === 'loaded' ? answer.value : null;

  const bringIn = async (acceptRemovedDates: boolean) => {
    setBusy(true);
    const result = await api.importBankHolidays({ path, acceptRemovedDates });
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'BANK_HOLIDAYS_REMOVED') return setRemoved(result.error);
      setRemoved(null);
      return setError(result.error);
    }
    setError(null);
    setRemoved(null);
    set(result.value);
    setMessage(t('calendar.imported', { date: formatDay(result.value.runsTo) }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPathMissing(path.trim() === '');
    if (path.trim() === '' || busy) return document.getElementById('calendar-file')?.focus();
    void bringIn(false);
  };

  return (
    <div className="settings-grid">
      <Panel id="calendar-status" title={t('calendar.title')}>
        <LoadStatus load={answer} count={table ? 1 : 0} errorId="calendar-error" empty="" />
        {table ? (
          <dl className="facts">
            <div className="fact">
              <dt>{t('calendar.source')}</dt>
              <dd data-testid="calendar-source">
                {table.source === 'shipped' ? t('calendar.shipped') : t('calendar.importedBy', { name: table.importedByName ?? t('unknownPerson'), when: formatDateTime(table.importedAt ?? '') })}
              </dd>
            </div>
            <div className="fact">
              <dt>{t('calendar.covers')}</dt>
              <dd data-testid="calendar-covers">{t('calendar.span', { from: formatDay(table.runsFrom), to: formatDay(table.runsTo), count: table.holidays })}</dd>
            </div>
          </dl>
        ) : null}
        <p className="panel-intro">{t('calendar.rule')}</p>
      </Panel>
      {admin ? (
        <Panel id="calendar-import" title={t('calendar.importTitle')}>
          <p className="panel-intro">{t('calendar.importIntro')}</p>
          <p className="form-status" role="status">
            {message}
          </p>
          <form className="form form-compact" noValidate onSubmit={submit}>
            {error ? <ErrorAlert error={error} id="calendar-import-error" /> : null}
            <FileField
              id="calendar-file"
              label={t('calendar.file')}
              mode="open"
              value={path}
              onChange={setPath}
              error={pathMissing ? t('calendar.fileRequired') : null}
              filters={[{ name: t('calendar.fileType'), extensions: ['json'] }]}
            />
            {removed ? (
              <ConfirmPanel title={t('calendar.removedTitle')} confirmLabel={t('calendar.importAnyway')} cancelLabel={t('cancel')} busy={busy} onConfirm={() => void bringIn(true)} onCancel={() => setRemoved(null)}>
                <p>{removed.detail}</p>
              </ConfirmPanel>
            ) : (
              <div className="form-actions">
                <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
                  {t('calendar.import')}
                </button>
              </div>
            )}
          </form>
        </Panel>
      ) : null}
    </div>
  );
}
