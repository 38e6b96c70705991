import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { AuthLayout } from '../ui/AuthLayout';
import { startCountdown, useSecondsLeft, type Countdown } from '../ui/countdown';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ScreenHeading } from '../ui/ScreenHeading';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { OpeningTakesLong } from './OpeningTakesLong';
import { offersRestore } from './restorable';

interface UnlockFormProps {
  onRecover(): void;
  onRestore(): void;
}

export function UnlockForm({ onRecover, onRestore }: UnlockFormProps) {
  const { t } = useTranslation('unlock');
  useDocumentTitle(t('pageTitle'));
  const openShell = useSession((state) => state.openShell);
  const lockReason = useSession((state) => state.lockReason);
  const lockedAfterMinutes = useSession((state) => state.lockedAfterMinutes);
  const [passphrase, setPassphrase] = useState('');
  const [required, setRequired] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [countdown, setCountdown] = useState<Countdown | null>(null);
  const [busy, setBusy] = useState(false);
  const secondsLeft = useSecondsLeft(countdown);
  const inputRef = useRef<HTMLInputElement>(null);
  const waiting = secondsLeft > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waiting) return;
    if (passphrase.length === 0) {
      setRequired(true);
      inputRef.current?.focus();
      return;
    }
    setRequired(false);
    setBusy(true);
    const answer = await api.unlockStore({ passphrase });
    setBusy(false);
    if (answer.ok) {
      setPassphrase('');
      await openShell(answer.value);
      return;
    }
    setError(answer.error);
    setCountdown(answer.error.retryAfterMs !== undefined ? startCountdown(answer.error.retryAfterMs) : null);
    if (answer.error.code === 'WRONG_PASSPHRASE' || answer.error.code === 'TOO_MANY_ATTEMPTS') {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  };

  const lockMessage =
    lockReason === 'idle' && lockedAfterMinutes !== null
      ? t('lockedByIdle', { count: lockedAfterMinutes })
      : lockReason === 'user'
        ? t('lockedByUser')
        : null;

  return (
    <AuthLayout>
      <ScreenHeading>{t('title')}</ScreenHeading>
      {lockMessage && !error ? (
        <p className="notice notice-info" role="status">
          {lockMessage}
        </p>
      ) : null}
      <p className="lead">{t('intro')}</p>
      <OpeningTakesLong opening={busy} />
      {error ? (
        <ErrorAlert error={error} id="unlock-error" secondsLeft={countdown ? secondsLeft : undefined}>
          {offersRestore(error.code) ? (
            <button type="button" className="button button-secondary" onClick={onRestore}>
              {t('offerRestore')}
            </button>
          ) : null}
        </ErrorAlert>
      ) : null}
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="unlock-passphrase"
          ref={inputRef}
          type="password"
          autoComplete="off"
          label={t('passphraseLabel')}
          value={passphrase}
          onValueChange={setPassphrase}
          error={required ? t('passphraseRequired') : null}
          describedBy={error ? 'unlock-error' : undefined}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || waiting || undefined}>
            {busy ? t('unlocking') : t('submit')}
          </button>
        </div>
      </form>
      <div className="auth-links">
        <button type="button" className="button-link" onClick={onRecover}>
          {t('forgot')}
        </button>
      </div>
    </AuthLayout>
  );
}
