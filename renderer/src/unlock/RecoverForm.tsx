import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { validateNewPassphrase, type NewPassphraseErrors } from '../passphrase/strength';
import { AuthLayout } from '../ui/AuthLayout';
import { startCountdown, useSecondsLeft, type Countdown } from '../ui/countdown';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ScreenHeading } from '../ui/ScreenHeading';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { OpeningTakesLong } from './OpeningTakesLong';

/** Forgotten passphrase: the recovery key opens the store and a new passphrase replaces the old. */
export function RecoverForm({ onBack }: { onBack(): void }) {
  const { t } = useTranslation('unlock');
  useDocumentTitle(t('recover.pageTitle'));
  const openShell = useSession((state) => state.openShell);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [keyMissing, setKeyMissing] = useState(false);
  const [passphraseErrors, setPassphraseErrors] = useState<NewPassphraseErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [countdown, setCountdown] = useState<Countdown | null>(null);
  const [busy, setBusy] = useState(false);
  const secondsLeft = useSecondsLeft(countdown);
  const keyRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const waiting = secondsLeft > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waiting) return;
    const missing = recoveryKey.length === 0;
    const errors = validateNewPassphrase(passphrase, confirm);
    setKeyMissing(missing);
    setPassphraseErrors(errors);
    if (missing) return keyRef.current?.focus();
    if (errors.passphrase) return passphraseRef.current?.focus();
    if (errors.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const answer = await api.recoverStore({ recoveryKey, newPassphrase: passphrase });
    setBusy(false);
    if (answer.ok) {
      setPassphrase('');
      setConfirm('');
      setRecoveryKey('');
      await openShell(answer.value);
      return;
    }
    setError(answer.error);
    setCountdown(answer.error.retryAfterMs !== undefined ? startCountdown(answer.error.retryAfterMs) : null);
    if (answer.error.code === 'WRONG_RECOVERY_KEY') keyRef.current?.focus();
  };

  return (
    <AuthLayout>
      <ScreenHeading>{t('recover.title')}</ScreenHeading>
      <p className="lead">{t('recover.intro')}</p>
      <OpeningTakesLong opening={busy} />
      {error ? <ErrorAlert error={error} id="recover-error" secondsLeft={countdown ? secondsLeft : undefined} /> : null}
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="recover-key"
          ref={keyRef}
          className="field-key"
          label={t('recover.keyLabel')}
          hint={t('recover.keyHint')}
          value={recoveryKey}
          onValueChange={setRecoveryKey}
          autoComplete="off"
          error={keyMissing ? t('recover.keyRequired') : null}
          describedBy={error ? 'recover-error' : undefined}
        />
        <NewPassphraseFields
          idPrefix="recover-passphrase"
          passphrase={passphrase}
          confirm={confirm}
          onPassphraseChange={setPassphrase}
          onConfirmChange={setConfirm}
          errors={passphraseErrors}
          passphraseRef={passphraseRef}
          confirmRef={confirmRef}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || waiting || undefined}>
            {busy ? t('recover.working') : t('recover.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={onBack}>
            {t('back')}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
