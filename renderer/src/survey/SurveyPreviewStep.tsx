import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SurveyProblems } from './SurveyProblems';
import { SurveyStoryPreviews } from './SurveyStoryPreviews';
import type { CheckedImport } from './checked-import';
import { surveyError } from './survey-error';

interface SurveyPreviewStepProps {
  path: string;
  checked: CheckedImport;
  skipInvalid: boolean;
  onSkipInvalidChange(skip: boolean): void;
  agreed: boolean;
  onAgreedChange(agreed: boolean): void;
  onBack(): void;
  onStarted(jobId: string): void;
}

/** Step 3: the counts, every problem by row, the first stories as they will be stored, and the confirmations. */
export function SurveyPreviewStep({ path, checked, skipInvalid, onSkipInvalidChange, agreed, onAgreedChange, onBack, onStarted }: SurveyPreviewStepProps) {
  const { t } = useTranslation('survey');
  const { preview } = checked;
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const toImport = preview.validRows - preview.alreadyImported;
  const needsSkip = preview.invalidRows > 0 && !skipInvalid;

  const start = async () => {
    if (busy) return;
    setTried(true);
    setError(null);
    if (needsSkip) return document.getElementById('survey-skip')?.focus();
    if (!agreed) return document.getElementById('survey-agreed')?.focus();
    setBusy(true);
    const answer = await api.startSurveyImport({
      path,
      mapping: checked.mapping,
      options: checked.options,
      fileSha256: preview.fileSha256,
      skipInvalid,
      respondentsAgreed: agreed,
    });
    setBusy(false);
    if (answer.ok) onStarted(answer.value.jobId);
    else setError(surveyError(answer.error));
  };

  return (
    <div className="form survey-preview">
      <ul className="survey-counts">
        <li>{t('preview.valid', { count: toImport })}</li>
        {preview.invalidRows > 0 ? <li className="survey-count-problem">{t('preview.invalid', { count: preview.invalidRows })}</li> : null}
        {preview.alreadyImported > 0 ? <li>{t('preview.already', { count: preview.alreadyImported })}</li> : null}
      </ul>
      {preview.problems.length > 0 ? <SurveyProblems problems={preview.problems} total={preview.problemCount} /> : null}
      {preview.preview.length > 0 ? <SurveyStoryPreviews stories={preview.preview} /> : null}
      {toImport === 0 ? (
        <p className="notice notice-info">{t('preview.nothingNew')}</p>
      ) : (
        <>
          {preview.invalidRows > 0 ? (
            <div className={`field checkbox${tried && needsSkip ? ' field-invalid' : ''}`}>
              <input
                id="survey-skip"
                type="checkbox"
                checked={skipInvalid}
                onChange={(event) => onSkipInvalidChange(event.target.checked)}
                aria-describedby={`survey-skip-hint${tried && needsSkip ? ' survey-skip-error' : ''}`}
                aria-invalid={tried && needsSkip ? true : undefined}
              />
              <label htmlFor="survey-skip" className="checkbox-label">
                {t('preview.skip', { count: preview.invalidRows })}
              </label>
              <p className="checkbox-hint" id="survey-skip-hint">
                {t('preview.skipHint')}
              </p>
              {tried && needsSkip ? (
                <p className="field-error checkbox-hint" id="survey-skip-error">
                  {t('preview.fixOrSkip')}
                </p>
              ) : null}
            </div>
          ) : null}
          <div className={`field checkbox${tried && !agreed ? ' field-invalid' : ''}`}>
            <input
              id="survey-agreed"
              type="checkbox"
              checked={agreed}
              onChange={(event) => onAgreedChange(event.target.checked)}
              aria-describedby={`survey-agreed-hint${tried && !agreed ? ' survey-agreed-error' : ''}`}
              aria-invalid={tried && !agreed ? true : undefined}
            />
            <label htmlFor="survey-agreed" className="checkbox-label">
              {t('preview.agreed')}
            </label>
            <p className="checkbox-hint" id="survey-agreed-hint">
              {t('preview.agreedHint')}
            </p>
            {tried && !agreed ? (
              <p className="field-error checkbox-hint" id="survey-agreed-error">
                {t('preview.agreedRequired')}
              </p>
            ) : null}
          </div>
        </>
      )}
      {error ? <ErrorAlert error={error} id="survey-start-failed" /> : null}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('back')}
        </button>
        {toImport > 0 ? (
          <button type="button" className="button button-primary" aria-disabled={busy} onClick={() => void start()}>
            {t('preview.import', { count: toImport })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
