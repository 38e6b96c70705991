import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyFile } from '../../../shared/survey/schemas';
import { api, type ApiError } from '../api/client';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ErrorSummary, type FieldProblem } from '../ui/ErrorSummary';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { CONSENT_FIELDS, MAPPED_FIELDS, toMapping, type MappedField, type MappingForm, type MappingProblems } from './mapping-form';
import type { CheckedImport } from './checked-import';
import { surveyError } from './survey-error';

interface SurveyMappingStepProps {
  path: string;
  file: SurveyFile;
  form: MappingForm;
  onFormChange(form: MappingForm): void;
  onBack(): void;
  onChecked(checked: CheckedImport): void;
}

const SAMPLE_SHOWN = 80;
const yesId = (field: (typeof CONSENT_FIELDS)[number]) => `survey-${field}-yes`;

/** Step 2: which column holds what, each with an answer from the file beside it. */
export function SurveyMappingStep({ path, file, form, onFormChange, onBack, onChecked }: SurveyMappingStepProps) {
  const { t } = useTranslation('survey');
  const [problems, setProblems] = useState<MappingProblems>({});
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const names = file.columns.map((name, index) => {
    if (name.trim() === '') return t('map.unnamedColumn', { number: index + 1 });
    const repeated = file.columns.filter((other) => other === name).length > 1;
    return repeated ? t('map.sameNames', { name, number: index + 1 }) : name;
  });
  const options = [{ value: '', label: t('map.notUsed') }, ...names.map((label, index) => ({ value: String(index), label }))];

  const sampleOf = (column: string) => {
    if (column === '') return null;
    const value = file.sample.map((row) => row[Number(column)] ?? '').find((cell) => cell.trim() !== '');
    if (value === undefined) return t('map.sampleEmpty');
    const shown = value.length > SAMPLE_SHOWN ? `${value.slice(0, SAMPLE_SHOWN)}…` : value;
    return t('map.sample', { value: shown });
  };

  const messageOf = (problem: MappingProblems[keyof MappingProblems], field?: MappedField): string | null => {
    if (!problem) return null;
    if (problem === 'yesValues') return t('map.yesValuesRequired');
    if (typeof problem === 'object') return t('map.sameColumn', { field: t(`map.fields.${problem.sameAs}`) });
    if (field === 'text') return t('map.textRequired');
    if (field === 'date') return t('map.dateRequired');
    return t('map.defaultLanguageRequired');
  };

  const summary: FieldProblem[] = [
    ...MAPPED_FIELDS.flatMap((field) => {
      const message = messageOf(problems[field], field);
      return message ? [{ fieldId: `survey-map-${field}`, message }] : [];
    }),
    ...CONSENT_FIELDS.flatMap((field) => {
      const message = messageOf(problems[field === 'consentShare' ? 'yesShare' : 'yesQuote']);
      return message ? [{ fieldId: yesId(field), message }] : [];
    }),
    ...(problems.defaultLanguage ? [{ fieldId: 'survey-default-language', message: t('map.defaultLanguageRequired') }] : []),
  ];

  const check = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const made = toMapping(form);
    if ('problems' in made) {
      setProblems(made.problems);
      setAttempt((count) => count + 1);
      return;
    }
    setProblems({});
    setBusy(true);
    const answer = await api.previewSurveyImport({ path, ...made });
    setBusy(false);
    if (answer.ok) onChecked({ ...made, preview: answer.value });
    else setError(surveyError(answer.error));
  };

  const setColumn = (field: MappedField, value: string) => onFormChange({ ...form, columns: { ...form.columns, [field]: value } });

  return (
    <form className="form survey-mapping" noValidate onSubmit={(event) => void check(event)}>
      {summary.length > 0 ? <ErrorSummary problems={summary} attempt={attempt} id="survey-map-problems" /> : null}
      <p className="field-hint">{t('map.intro')}</p>
      {MAPPED_FIELDS.map((field) => {
        const column = form.columns[field];
        const sample = sampleOf(column);
        const hint = (
          <>
            <span className="survey-field-hint">{t(`map.hints.${field}`)}</span>
            {sample ? (
              <span className="survey-sample" dir="auto">
                {sample}
              </span>
            ) : null}
          </>
        );
        return (
          <div key={field} className="survey-map-row">
            <SelectField
              id={`survey-map-${field}`}
              label={t(`map.fields.${field}`)}
              value={column}
              onValueChange={(value) => setColumn(field, value)}
              options={options}
              hint={hint}
              error={messageOf(problems[field], field)}
            />
            {(CONSENT_FIELDS as readonly string[]).includes(field) && column !== '' ? (
              <TextField
                id={yesId(field as (typeof CONSENT_FIELDS)[number])}
                label={t('map.yesValues')}
                hint={t('map.yesValuesHint')}
                value={form.yesValues[field as (typeof CONSENT_FIELDS)[number]]}
                onValueChange={(value) => onFormChange({ ...form, yesValues: { ...form.yesValues, [field]: value } })}
                error={messageOf(problems[field === 'consentShare' ? 'yesShare' : 'yesQuote'])}
                className="survey-yes-values"
              />
            ) : null}
            {field === 'service' && column !== '' ? (
              <ChoiceGroup
                id="survey-unmatched"
                legend={t('map.unmatched.legend')}
                choices={[
                  { value: 'problem', label: t('map.unmatched.problem') },
                  { value: 'leave-empty', label: t('map.unmatched.leaveEmpty') },
                ]}
                value={form.unmatchedService}
                onChange={(unmatchedService) => onFormChange({ ...form, unmatchedService })}
              />
            ) : null}
          </div>
        );
      })}
      <TextField
        id="survey-default-language"
        label={t('map.defaultLanguage')}
        value={form.defaultLanguage}
        onValueChange={(defaultLanguage) => onFormChange({ ...form, defaultLanguage })}
        error={problems.defaultLanguage ? t('map.defaultLanguageRequired') : null}
        className="field-medium"
      />
      <p className="notice notice-info">{t('map.contactNotImported')}</p>
      {error ? <ErrorAlert error={error} id="survey-check-failed" /> : null}
      {busy ? (
        <p role="status" className="loading">
          {t('map.checking')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('back')}
        </button>
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {t('map.check')}
        </button>
      </div>
    </form>
  );
}
