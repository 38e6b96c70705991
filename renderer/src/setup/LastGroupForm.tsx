import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';
import { lastGroup, matchesLastGroup } from './recovery-key';

interface LastGroupFormProps {
  recoveryKey: string;
  idPrefix: string;
  /** Records the confirmation with the store; answers the error if that failed. */
  onConfirmed(): Promise<ApiError | null>;
  onBack(): void;
  submitLabel: string;
}

/** Asks for the key's last group, to prove it was written down before it is hidden for good. */
export function LastGroupForm({ recoveryKey, idPrefix, onConfirmed, onBack, submitLabel }: LastGroupFormProps) {
  const { t } = useTranslation('setup');
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<'required' | 'mismatch' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const total = lastGroup(recoveryKey).length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const next = typed.length === 0 ? 'required' : matchesLastGroup(recoveryKey, typed) ? null : 'mismatch';
    setProblem(next);
    if (next) {
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    const failed = await onConfirmed();
    setBusy(false);
    setError(failed);
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {error ? <ErrorAlert error={error} id={`${idPrefix}-error`} /> : null}
      <TextField
        id={`${idPrefix}-last-group`}
        ref={inputRef}
        className="field-key field-short"
        label={t('confirm.label')}
        hint={t('confirm.hint', { total })}
        value={typed}
        onValueChange={setTyped}
        autoComplete="off"
        error={problem ? t(`confirm.${problem}`) : null}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('confirm.back')}
        </button>
      </div>
    </form>
  );
}
