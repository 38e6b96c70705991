import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyFile } from '../../../shared/survey/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileField } from '../ui/FileField';
import { surveyError } from './survey-error';

interface SurveyFileStepProps {
  path: string;
  onPathChange(path: string): void;
  onRead(file: SurveyFile): void;
}

/** Step 1: the CSV file, read to find its columns. */
export function SurveyFileStep({ path, onPathChange, onRead }: SurveyFileStepProps) {
  const { t } = useTranslation('survey');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setMissing(path.trim() === '');
    setError(null);
    if (path.trim() === '') return document.getElementById('survey-file')?.focus();
    setBusy(true);
    const answer = await api.readSurveyFile({ path });
    setBusy(false);
    if (answer.ok) onRead(answer.value);
    else {
      setError(surveyError(answer.error));
      document.getElementById('survey-file')?.focus();
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void read(event)}>
      <FileField
        id="survey-file"
        label={t('file.label')}
        hint={t('file.hint')}
        mode="open"
        value={path}
        onChange={onPathChange}
        error={missing ? t('file.required') : null}
        filters={[{ name: t('file.filterName'), extensions: ['csv', 'txt'] }]}
      />
      {error ? <ErrorAlert error={error} id="survey-file-failed" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {busy ? t('file.reading') : t('file.read')}
        </button>
      </div>
    </form>
  );
}
