import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/store/schemas';
import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { AuthLayout } from '../ui/AuthLayout';
import { startCountdown, useSecondsLeft, type Countdown } from '../ui/countdown';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatBytes, formatDateTime } from '../ui/format';
import { ScreenHeading } from '../ui/ScreenHeading';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';

type Backups = { state: 'loading' } | { state: 'loaded'; backups: BackupInfo[] } | { state: 'failed'; error: ApiError };

/** Puts a backup kept beside the store in its place; the store it replaces is kept, renamed. */
export function RestoreForm({ onBack }: { onBack(): void }) {
  const { t } = useTranslation('unlock');
  useDocumentTitle(t('restore.pageTitle'));
  const openShell = useSession((state) => state.openShell);
  const storePath = useSession((state) => state.status?.path ?? null);
  const [backups, setBackups] = useState<Backups>({ state: 'loading' });
  const [chosen, setChosen] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [problems, setProblems] = useState<{ choice: boolean; passphrase: boolean }>({ choice: false, passphrase: false });
  const [error, setError] = useState<ApiError | null>(null);
  const [countdown, setCountdown] = useState<Countdown | null>(null);
  const [busy, setBusy] = useState(false);
  const secondsLeft = useSecondsLeft(countdown);
  const firstRadioRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void api.listBackups({}).then((answer) => {
      if (!live) return;
      setBackups(answer.ok ? { state: 'loaded', backups: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || secondsLeft > 0) return;
    const next = { choice: chosen === null, passphrase: passphrase.length === 0 };
    setProblems(next);
    if (next.choice) return firstRadioRef.current?.focus();
    if (next.passphrase || chosen === null) return passphraseRef.current?.focus();
    setBusy(true);
    const answer = await api.restoreBackup({ name: chosen, passphrase });
    setBusy(false);
    if (answer.ok) {
      setPassphrase('');
      await openShell(answer.value);
      return;
    }
    setError(answer.error);
    setCountdown(answer.error.retryAfterMs !== undefined ? startCountdown(answer.error.retryAfterMs) : null);
  };

  return (
    <AuthLayout wide>
      <ScreenHeading>{t('restore.title')}</ScreenHeading>
      <p className="lead">{t('restore.intro')}</p>
      {storePath ? <p className="muted">{t('restore.storeAt', { path: storePath })}</p> : null}
      {backups.state === 'loading' ? (
        <p role="status" className="muted">
          {t('restore.loading')}
        </p>
      ) : null}
      {backups.state === 'failed' ? <ErrorAlert error={backups.error} id="restore-list-error" /> : null}
      {backups.state === 'loaded' && backups.backups.length === 0 ? (
        <p className="notice notice-info" role="status">
          {t('restore.none')}
        </p>
      ) : null}
      {error ? <ErrorAlert error={error} id="restore-error" secondsLeft={countdown ? secondsLeft : undefined} /> : null}
      {backups.state === 'loaded' && backups.backups.length > 0 ? (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <fieldset className="fieldset" aria-describedby={problems.choice ? 'restore-choice-error' : undefined}>
            <legend className="fieldset-legend">{t('restore.legend')}</legend>
            {problems.choice ? (
              <p className="field-error" id="restore-choice-error" role="alert">
                {t('restore.choose')}
              </p>
            ) : null}
            <ul className="choice-list">
              {backups.backups.map((backup, index) => {
                const id = `restore-backup-${index}`;
                return (
                  <li key={backup.name} className="choice">
                    <input
                      id={id}
                      ref={index === 0 ? firstRadioRef : undefined}
                      type="radio"
                      name="backup"
                      value={backup.name}
                      checked={chosen === backup.name}
                      onChange={() => setChosen(backup.name)}
                      aria-describedby={`${id}-detail`}
                    />
                    <label htmlFor={id} className="choice-label">
                      {t('restore.item', { date: formatDateTime(backup.createdAt) })}
                    </label>
                    <p id={`${id}-detail`} className="choice-detail">
                      {t('restore.itemDetail', { reason: backup.reason, size: formatBytes(backup.sizeBytes) })}
                    </p>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <TextField
            id="restore-passphrase"
            ref={passphraseRef}
            type="password"
            autoComplete="off"
            label={t('restore.passphraseLabel')}
            hint={t('restore.passphraseHint')}
            value={passphrase}
            onValueChange={setPassphrase}
            error={problems.passphrase ? t('passphraseRequired') : null}
            describedBy={error ? 'restore-error' : undefined}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || secondsLeft > 0 || undefined}>
              {busy ? t('restore.working') : t('restore.submit')}
            </button>
            <button type="button" className="button button-secondary" onClick={onBack}>
              {t('back')}
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={onBack}>
            {t('back')}
          </button>
        </div>
      )}
    </AuthLayout>
  );
}
