import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREFER_NOT_TO_SAY } from '../../../shared/capture/equality';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { EQUALITY_CHOICE_KEYS, type EqualityAnswers } from './capture-values';
import { equalityOptions } from './equality-options';
import { PostcodeField } from './PostcodeField';
import type { SectionProps } from './section-props';

/** Optional equality monitoring, folded away until wanted; every question can be declined. */
export function EqualitySection({ values, update, problems }: SectionProps) {
  const { t } = useTranslation('capture');
  const answers = values.equality;
  const anyAnswered = Object.values(answers).some((value) => value !== '');
  const [open, setOpen] = useState(anyAnswered);
  const postcodeProblem = problems.some((problem) => problem.field === 'postcode');
  const set = (change: Partial<EqualityAnswers>) => update((current) => ({ ...current, equality: { ...current.equality, ...change } }));
  const firstLanguageDeclined = answers.firstLanguage === PREFER_NOT_TO_SAY;
  return (
    <details
      className="capture-section equality"
      open={open || postcodeProblem}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="equality-summary">
        <span className="capture-section-title">{t('equality.summary')}</span>
      </summary>
      <div className="equality-body">
        <p className="section-intro">{t('equality.intro')}</p>
        <div className="equality-grid">
          {EQUALITY_CHOICE_KEYS.map((key) => (
            <SelectField
              key={key}
              id={`capture-equality-${key}`}
              label={t(`equality.${key}`)}
              value={answers[key]}
              options={equalityOptions(t, key)}
              onValueChange={(value) => set({ [key]: value })}
            />
          ))}
        </div>
        <div className="equality-free">
          <TextField
            id="capture-first-language"
            className="field-medium"
            label={t('equality.firstLanguage')}
            value={firstLanguageDeclined ? '' : answers.firstLanguage}
            onValueChange={(firstLanguage) => set({ firstLanguage })}
            disabled={firstLanguageDeclined}
            autoComplete="off"
            maxLength={100}
            dir="auto"
          />
          <div className="checkbox">
            <input
              id="capture-first-language-declined"
              type="checkbox"
              checked={firstLanguageDeclined}
              onChange={(event) => set({ firstLanguage: event.target.checked ? PREFER_NOT_TO_SAY : '' })}
            />
            <label htmlFor="capture-first-language-declined" className="checkbox-label">
              {t('equality.firstLanguagePreferNot')}
            </label>
          </div>
          <PostcodeField value={answers.postcodeDistrict} onChange={(postcodeDistrict) => set({ postcodeDistrict })} problems={problems} />
        </div>
      </div>
    </details>
  );
}
