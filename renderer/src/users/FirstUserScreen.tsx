import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { AuthLayout } from '../ui/AuthLayout';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ScreenHeading } from '../ui/ScreenHeading';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { NewPinFields } from './NewPinFields';
import { validateNewPin, type NewPinErrors } from './pin';

/** A new store has nobody on it: the first person becomes its administrator and is signed in. */
export function FirstUserScreen() {
  const { t } = useTranslation('people');
  useDocumentTitle(t('first.pageTitle'));
  const signedIn = useSession((state) => state.signedIn);
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [nameBlank, setNameBlank] = useState(false);
  const [pinErrors, setPinErrors] = useState<NewPinErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const blank = name.trim().length === 0;
    const problems = validateNewPin(pin, confirm);
    setNameBlank(blank);
    setPinErrors(problems);
    setError(null);
    if (blank) return nameRef.current?.focus();
    if (problems.pin) return pinRef.current?.focus();
    if (problems.confirm) return confirmRef.current?.focus();
    setBusy(true);
    // The name is kept as typed: people spell their own names.
    const answer = await api.createFirstUser({ name, pin });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setPin('');
    setConfirm('');
    signedIn(answer.value);
  };

  return (
    <AuthLayout>
      <ScreenHeading>{t('first.title')}</ScreenHeading>
      <p className="lead">{t('first.intro')}</p>
      {error ? <ErrorAlert error={error} id="first-user-error" /> : null}
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="first-user-name"
          ref={nameRef}
          label={t('nameLabel')}
          hint={t('first.nameHint')}
          value={name}
          onValueChange={setName}
          autoComplete="off"
          maxLength={100}
          error={nameBlank ? t('nameRequired') : null}
        />
        <NewPinFields
          idPrefix="first-user"
          pin={pin}
          confirm={confirm}
          onPinChange={setPin}
          onConfirmChange={setConfirm}
          errors={pinErrors}
          pinLabel={t('pin.chooseLabel')}
          pinRef={pinRef}
          confirmRef={confirmRef}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {busy ? t('first.working') : t('first.submit')}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
