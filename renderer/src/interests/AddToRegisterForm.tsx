import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../shared/interests/schemas';
import { CAPACITIES, type Capacity } from '../../../shared/interests/vocabulary';
import { hasContent } from '../../../shared/text/verbatim';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

const WITHOUT_ACCOUNT = CAPACITIES.filter((capacity): capacity is Exclude<Capacity, 'staff' | 'volunteer'> => capacity !== 'staff' && capacity !== 'volunteer');

/** Administrators: a board member, authorised representative or anyone else on the register who has no account. */
export function AddToRegisterForm({ onAdded }: { onAdded(entry: RegisterEntry): void }) {
  const { t } = useTranslation('interests');
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState<(typeof WITHOUT_ACCOUNT)[number]>('board-member');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const blank = !hasContent(name);
    setMissing(blank);
    if (blank) return document.getElementById('register-add-name')?.focus();
    setBusy(true);
    const answer = await api.addRegisterPerson({ name, capacity });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setName('');
    onAdded(answer.value);
  };

  return (
    <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
      <TextField id="register-add-name" label={t('register.addName')} value={name} onValueChange={setName} maxLength={100} error={missing ? t('register.addNameRequired') : null} />
      <SelectField
        id="register-add-capacity"
        label={t('register.addCapacity')}
        value={capacity}
        onValueChange={(value) => setCapacity(value as (typeof WITHOUT_ACCOUNT)[number])}
        options={WITHOUT_ACCOUNT.map((value) => ({ value, label: t(`capacities.${value}`) }))}
      />
      {error ? <ErrorAlert error={error} id="register-add-error" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {t('register.addSubmit')}
        </button>
      </div>
    </form>
  );
}
