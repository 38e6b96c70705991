import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { DEFAULT_AUTO_LOCK_MINUTES, useSession } from '../app/session';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';

export const AUTO_LOCK_MIN = 1;
export const AUTO_LOCK_MAX = 480;

/** A whole number of minutes in range, or null. Written as digits only: no signs, points or spaces. */
export function parseMinutes(text: string): number | null {
  if (!/^\d{1,3}$/.test(text)) return null;
  const minutes = Number(text);
  return minutes >= AUTO_LOCK_MIN && minutes <= AUTO_LOCK_MAX ? minutes : null;
}

export function AutoLockForm({ initial }: { initial: number | null }) {
  const { t } = useTranslation('settings');
  const setSettings = useSession((state) => state.setSettings);
  const [text, setText] = useState(String(initial ?? DEFAULT_AUTO_LOCK_MINUTES));
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [savedMinutes, setSavedMinutes] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const range = { min: AUTO_LOCK_MIN, max: AUTO_LOCK_MAX };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSavedMinutes(null);
    setError(null);
    const minutes = parseMinutes(text);
    setInvalid(minutes === null);
    if (minutes === null) return inputRef.current?.focus();
    setBusy(true);
    const answer = await api.updateSettings({ autoLockMinutes: minutes });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setSettings(answer.value);
    setSavedMinutes(answer.value.autoLockMinutes);
  };

  return (
    <form className="panel form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="settings-autolock-title">
      <h2 className="panel-title" id="settings-autolock-title">
        {t('autoLock.title')}
      </h2>
      {error ? <ErrorAlert error={error} id="settings-autolock-error" /> : null}
      <TextField
        id="settings-autolock"
        ref={inputRef}
        className="field-number"
        type="number"
        inputMode="numeric"
        min={AUTO_LOCK_MIN}
        max={AUTO_LOCK_MAX}
        step={1}
        label={t('autoLock.label')}
        hint={t('autoLock.hint', { ...range, fallback: DEFAULT_AUTO_LOCK_MINUTES })}
        value={text}
        onValueChange={(value) => {
          setText(value);
          setSavedMinutes(null);
        }}
        error={invalid ? t('autoLock.invalid', range) : null}
        after={
          <span className="field-unit" aria-hidden="true">
            {t('autoLock.unit')}
          </span>
        }
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {t('autoLock.save')}
        </button>
        <p className="form-status" role="status">
          {savedMinutes !== null ? t('autoLock.saved', { count: savedMinutes }) : ''}
        </p>
      </div>
    </form>
  );
}
