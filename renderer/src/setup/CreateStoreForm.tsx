import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { hasErrors, validateNewPassphrase, type NewPassphraseErrors } from '../passphrase/strength';
import { AuthLayout } from '../ui/AuthLayout';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ScreenHeading } from '../ui/ScreenHeading';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function CreateStoreForm({ onCreated }: { onCreated(recoveryKey: string): void }) {
  const { t } = useTranslation(['setup', 'unlock', 'passphrase']);
  useDocumentTitle(t('pageTitle'));
  const load = useSession((state) => state.load);
  const [organisation, setOrganisation] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [organisationError, setOrganisationError] = useState(false);
  const [passphraseErrors, setPassphraseErrors] = useState<NewPassphraseErrors>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const organisationRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // Blank means nothing but spaces; the name itself is sent exactly as typed.
    const orgBlank = organisation.trim().length === 0;
    const errors = validateNewPassphrase(passphrase, confirm);
    setOrganisationError(orgBlank);
    setPassphraseErrors(errors);
    setApiError(null);
    if (orgBlank) return organisationRef.current?.focus();
    if (errors.passphrase) return passphraseRef.current?.focus();
    if (hasErrors(errors)) return confirmRef.current?.focus();
    setBusy(true);
    const answer = await api.createStore({ organisation, passphrase });
    setBusy(false);
    if (!answer.ok) {
      setApiError(answer.error);
      return;
    }
    setPassphrase('');
    setConfirm('');
    onCreated(answer.value.recoveryKey);
  };

  return (
    <AuthLayout>
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="lead">{t('intro')}</p>
      {apiError ? (
        <ErrorAlert error={apiError} id="setup-error">
          {apiError.code === 'STORE_EXISTS' ? (
            <button type="button" className="button button-secondary" onClick={() => void load()}>
              {t('unlock:title')}
            </button>
          ) : null}
        </ErrorAlert>
      ) : null}
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-describedby={apiError ? 'setup-error' : undefined}>
        <TextField
          id="setup-organisation"
          ref={organisationRef}
          label={t('organisation.label')}
          hint={t('organisation.hint')}
          value={organisation}
          onValueChange={setOrganisation}
          autoComplete="organization"
          error={organisationError ? t('organisation.required') : null}
          maxLength={200}
        />
        <fieldset className="fieldset">
          <legend className="fieldset-legend">{t('passphraseLegend')}</legend>
          <p className="fieldset-intro">{t('passphraseIntro')}</p>
          <NewPassphraseFields
            idPrefix="setup-passphrase"
            passphrase={passphrase}
            confirm={confirm}
            onPassphraseChange={setPassphrase}
            onConfirmChange={setConfirm}
            errors={passphraseErrors}
            passphraseLabel={t('passphrase:newLabel')}
            passphraseRef={passphraseRef}
            confirmRef={confirmRef}
          />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {busy ? t('creating') : t('create')}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
