import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { NewPinFields } from '../people/NewPinFields';
import { validateNewPin, type NewPinErrors } from '../people/pin';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';

/** The signed-in person changes their own PIN. */
export function MyPinForm() {
  const { t } = useTranslation('people');
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [currentMissing, setCurrentMissing] = useState(false);
  const [errors, setErrors] = useState<NewPinErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    setError(null);
    const missing = current.length === 0;
    const problems = validateNewPin(pin, confirm);
    setCurrentMissing(missing);
    setErrors(problems);
    if (missing) return currentRef.current?.focus();
    if (problems.pin) return pinRef.current?.focus();
    if (problems.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const answer = await api.changePin({ currentPin: current, nextPin: pin });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      if (answer.error.code === 'WRONG_PIN') currentRef.current?.focus();
      return;
    }
    setCurrent('');
    setPin('');
    setConfirm('');
    setSaved(true);
  };

  return (
    <form className="panel form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="settings-pin-title">
      <h2 className="panel-title" id="settings-pin-title">
        {t('myPin.title')}
      </h2>
      <p className="panel-intro">{t('myPin.intro')}</p>
      {error ? <ErrorAlert error={error} id="settings-pin-error" /> : null}
      <TextField
        id="settings-pin-current"
        ref={currentRef}
        className="field-short"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        label={t('myPin.current')}
        value={current}
        onValueChange={setCurrent}
        error={currentMissing ? t('myPin.currentRequired') : null}
        describedBy={error ? 'settings-pin-error' : undefined}
      />
      <NewPinFields
        idPrefix="settings-new"
        pin={pin}
        confirm={confirm}
        onPinChange={setPin}
        onConfirmChange={setConfirm}
        errors={errors}
        pinRef={pinRef}
        confirmRef={confirmRef}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? t('myPin.working') : t('myPin.save')}
        </button>
        <p className="form-status" role="status">
          {saved ? t('myPin.saved') : ''}
        </p>
      </div>
    </form>
  );
}
