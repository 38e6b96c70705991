import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { LastGroupForm } from '../setup/LastGroupForm';
import { RecoveryKeyGroups } from '../setup/RecoveryKeyGroups';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';

type Step = { step: 'ask' } | { step: 'show'; key: string } | { step: 'check'; key: string } | { step: 'done' };

/**
 * A new recovery key, made after the passphrase is given, shown once and checked
 * like the first one; the store is told when it has been written down.
 */
export function RecoveryKeySettings() {
  const { t } = useTranslation(['settings', 'setup']);
  const confirmed = useSession((state) => state.status?.recoveryKeyConfirmed ?? null);
  const refreshStatus = useSession((state) => state.refreshStatus);
  const [step, setStep] = useState<Step>({ step: 'ask' });
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);

  const make = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setMissing(passphrase.length === 0);
    if (passphrase.length === 0) return passphraseRef.current?.focus();
    setBusy(true);
    const answer = await api.replaceRecoveryKey({ passphrase });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      passphraseRef.current?.focus();
      return;
    }
    setPassphrase('');
    setError(null);
    setStep({ step: 'show', key: answer.value.recoveryKey });
    await refreshStatus();
    requestAnimationFrame(() => stepHeadingRef.current?.focus());
  };

  const confirm = async (): Promise<ApiError | null> => {
    const answer = await api.confirmRecoveryKey({});
    if (!answer.ok) return answer.error;
    setStep({ step: 'done' });
    await refreshStatus();
    return null;
  };

  return (
    <section className="panel" aria-labelledby="settings-recovery-title">
      <h2 className="panel-title" id="settings-recovery-title">
        {t('recoveryKey.title')}
      </h2>
      {step.step === 'ask' ? (
        <>
          <p className="panel-intro">{t('recoveryKey.intro')}</p>
          <p className={confirmed === false ? 'notice notice-warning' : 'notice notice-info'}>
            {confirmed === false ? t('recoveryKey.unconfirmed') : t('recoveryKey.confirmed')}
          </p>
          {error ? <ErrorAlert error={error} id="settings-recovery-error" /> : null}
          <form className="form" noValidate onSubmit={(event) => void make(event)}>
            <TextField
              id="settings-recovery-passphrase"
              ref={passphraseRef}
              type="password"
              autoComplete="off"
              label={t('recoveryKey.passphrase')}
              hint={t('recoveryKey.passphraseHint')}
              value={passphrase}
              onValueChange={setPassphrase}
              error={missing ? t('recoveryKey.passphraseRequired') : null}
              describedBy={error ? 'settings-recovery-error' : undefined}
            />
            <div className="form-actions">
              <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
                {busy ? t('recoveryKey.working') : t('recoveryKey.make')}
              </button>
            </div>
          </form>
        </>
      ) : null}
      {step.step === 'show' ? (
        <>
          <h3 className="step-title" tabIndex={-1} ref={stepHeadingRef}>
            {t('recoveryKey.showTitle')}
          </h3>
          <p>{t('setup:key.explain')}</p>
          <RecoveryKeyGroups recoveryKey={step.key} />
          <p className="notice notice-warning">{t('setup:key.once')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setStep({ step: 'check', key: step.key });
                requestAnimationFrame(() => stepHeadingRef.current?.focus());
              }}
            >
              {t('recoveryKey.check')}
            </button>
          </div>
        </>
      ) : null}
      {step.step === 'check' ? (
        <>
          <h3 className="step-title" tabIndex={-1} ref={stepHeadingRef}>
            {t('recoveryKey.checkTitle')}
          </h3>
          <LastGroupForm
            recoveryKey={step.key}
            idPrefix="settings-recovery"
            onConfirmed={confirm}
            onBack={() => setStep({ step: 'show', key: step.key })}
            submitLabel={t('recoveryKey.confirmSubmit')}
          />
        </>
      ) : null}
      {step.step === 'done' ? (
        <p className="notice notice-success" role="status">
          {t('recoveryKey.done')}
        </p>
      ) : null}
    </section>
  );
}
