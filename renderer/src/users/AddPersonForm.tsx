import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User } from '../../../shared/users/schemas';
import { hasContent } from '../../../shared/text/verbatim';
import { api, type ApiError } from '../api/client';
import { NewPinFields } from './NewPinFields';
import { validateNewPin, type NewPinErrors } from './pin';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';

/** An administrator adds a person: name, role and a first PIN they can change later. */
export function AddPersonForm({ onAdded }: { onAdded(user: User): void }) {
  const { t } = useTranslation('people');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState({ name: false, role: false });
  const [pinErrors, setPinErrors] = useState<NewPinErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const roleRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = { name: !hasContent(name), role: role === null };
    const pinProblems = validateNewPin(pin, confirm);
    setProblems(found);
    setPinErrors(pinProblems);
    if (found.name) return nameRef.current?.focus();
    if (found.role || role === null) return roleRef.current?.focus();
    if (pinProblems.pin) return pinRef.current?.focus();
    if (pinProblems.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const answer = await api.createUser({ name, role, pin });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setName('');
    setRole(null);
    setPin('');
    setConfirm('');
    onAdded(answer.value);
  };

  return (
    <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
      {error ? <ErrorAlert error={error} id="add-person-error" /> : null}
      <TextField
        id="add-person-name"
        ref={nameRef}
        label={t('settings.name')}
        value={name}
        onValueChange={setName}
        autoComplete="off"
        maxLength={100}
        dir="auto"
        error={problems.name ? t('nameRequired') : null}
      />
      <ChoiceGroup
        id="add-person-role"
        legend={t('settings.addRole')}
        choices={ROLES.map((value) => ({ value, label: t(`roles.${value}`), hint: t(`settings.roleHints.${value}`) }))}
        value={role}
        onChange={(value) => setRole(value)}
        firstRef={roleRef}
        error={problems.role && role === null ? t('settings.addRole') : null}
      />
      <NewPinFields idPrefix="add-person" pin={pin} confirm={confirm} onPinChange={setPin} onConfirmChange={setConfirm} errors={pinErrors} pinRef={pinRef} confirmRef={confirmRef} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? t('settings.adding') : t('settings.add')}
        </button>
      </div>
    </form>
  );
}
