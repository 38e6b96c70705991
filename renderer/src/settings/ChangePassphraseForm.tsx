import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { validateNewPassphrase, type NewPassphraseErrors } from '../passphrase/strength';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';

export function ChangePassphraseForm() {
  const { t } = useTranslation('settings');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [currentMissing, setCurrentMissing] = useState(false);
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    setError(null);
    const missing = current.length === 0;
    const problems = validateNewPassphrase(next, confirm);
    setCurrentMissing(missing);
    setErrors(problems);
    if (missing) return currentRef.current?.focus();
    if (problems.passphrase) return nextRef.current?.focus();
    if (problems.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const answer = await api.changePassphrase({ current, next });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      if (answer.error.code === 'WRONG_PASSPHRASE') currentRef.current?.focus();
      return;
    }
    setCurrent('');
    setNext('');
    setConfirm('');
    setSaved(true);
  };

  return (
    <form className="panel form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="settings-passphrase-title">
      <h2 className="panel-title" id="settings-passphrase-title">
        {t('passphrase.title')}
      </h2>
      <p className="panel-intro">{t('passphrase.intro')}</p>
      {error ? <ErrorAlert error={error} id="settings-passphrase-error" /> : null}
      <TextField
        id="settings-passphrase-current"
        ref={currentRef}
        type="password"
        autoComplete="off"
        label={t('passphrase.currentLabel')}
        value={current}
        onValueChange={setCurrent}
        error={currentMissing ? t('passphrase.currentRequired') : null}
        describedBy={error ? 'settings-passphrase-error' : undefined}
      />
      <NewPassphraseFields
        idPrefix="settings-passphrase"
        passphrase={next}
        confirm={confirm}
        onPassphraseChange={setNext}
        onConfirmChange={setConfirm}
        errors={errors}
        passphraseRef={nextRef}
        confirmRef={confirmRef}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? t('passphrase.working') : t('passphrase.save')}
        </button>
        <p className="form-status" role="status">
          {saved ? t('passphrase.saved') : ''}
        </p>
      </div>
    </form>
  );
}
