import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';

export function OrganisationForm({ initial }: { initial: string }) {
  const { t } = useTranslation('settings');
  const setSettings = useSession((state) => state.setSettings);
  const [organisation, setOrganisation] = useState(initial);
  const [blank, setBlank] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    setError(null);
    const isBlank = organisation.trim().length === 0;
    setBlank(isBlank);
    if (isBlank) return inputRef.current?.focus();
    setBusy(true);
    // Sent exactly as typed: never trimmed.
    const answer = await api.updateSettings({ organisation });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setSettings(answer.value);
    setSaved(true);
  };

  return (
    <form className="panel form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="settings-organisation-title">
      <h2 className="panel-title" id="settings-organisation-title">
        {t('organisation.title')}
      </h2>
      {error ? <ErrorAlert error={error} id="settings-organisation-error" /> : null}
      <TextField
        id="settings-organisation"
        ref={inputRef}
        label={t('organisation.label')}
        hint={t('organisation.hint')}
        value={organisation}
        onValueChange={(value) => {
          setOrganisation(value);
          setSaved(false);
        }}
        autoComplete="organization"
        maxLength={200}
        error={blank ? t('organisation.required') : null}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {t('organisation.save')}
        </button>
        <p className="form-status" role="status">
          {saved ? t('organisation.saved') : ''}
        </p>
      </div>
    </form>
  );
}
