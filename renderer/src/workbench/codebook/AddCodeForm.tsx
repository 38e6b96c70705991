import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../../shared/workbench/schemas';
import { api, type ApiError } from '../../api/client';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { RefusalAlert } from '../ui/RefusalAlert';

const TOP = 'top';

/** A new theme, or a sub-theme under an existing theme. */
export function AddCodeForm({ codes, onAdded }: { codes: readonly Code[]; onAdded(code: Code): void }) {
  const { t } = useTranslation('workbench');
  const [name, setName] = useState('');
  const [parent, setParent] = useState(TOP);
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const themes = codes.filter((code) => code.parentId === null && !code.retired);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') {
      setProblem(t('codebook.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    const answer = await api.createCode({ name, parentId: parent === TOP ? null : parent, description: description.trim() === '' ? null : description });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setName('');
    setDescription('');
    onAdded(answer.value);
    nameRef.current?.focus();
  };

  return (
    <form className="panel form code-add" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="code-add-title">
      <h2 className="panel-title" id="code-add-title">
        {t('codebook.addTitle')}
      </h2>
      {error ? <RefusalAlert error={error} lead={t('codebook.addFailed')} /> : null}
      <div className="code-add-fields">
        <TextField id="code-add-name" ref={nameRef} label={t('codebook.name')}
          value={name}
          onValueChange={(value) => {
            setName(value);
            setProblem(null);
          }} maxLength={120} autoComplete="off" error={problem} dir="auto" />
        <SelectField
          id="code-add-parent"
          label={t('codebook.parent')}
          value={parent}
          onValueChange={setParent}
          options={[{ value: TOP, label: t('codebook.topLevel') }, ...themes.map((theme) => ({ value: theme.id, label: t('codebook.under', { name: theme.name }) }))]}
        />
      </div>
      <TextAreaField id="code-add-description" label={t('codebook.description')} hint={t('codebook.descriptionHint')} value={description} onValueChange={setDescription} rows={2} maxLength={1000} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {t('codebook.add')}
        </button>
      </div>
    </form>
  );
}
