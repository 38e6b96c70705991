import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import type { SectionProps } from './section-props';

/** A safeguarding concern: the flag, what was done about it and by whom. */
export function SafeguardingSection({ values, update }: Pick<SectionProps, 'values' | 'update'>) {
  const { t } = useTranslation('capture');
  const { safeguarding } = values;
  const set = (change: Partial<typeof safeguarding>) => update((current) => ({ ...current, safeguarding: { ...current.safeguarding, ...change } }));
  return (
    <section className="capture-section" aria-labelledby="capture-safeguarding-title">
      <h2 className="capture-section-title" id="capture-safeguarding-title">
        {t('form.safeguardingTitle')}
      </h2>
      <div className="checkbox">
        <input
          id="capture-safeguarding"
          type="checkbox"
          checked={safeguarding.flagged}
          onChange={(event) => set({ flagged: event.target.checked })}
          aria-describedby="capture-safeguarding-hint"
        />
        <label htmlFor="capture-safeguarding" className="checkbox-label">
          {t('safeguarding.flag')}
        </label>
        <p className="checkbox-hint" id="capture-safeguarding-hint">
          {t('safeguarding.flagHint')}
        </p>
      </div>
      {safeguarding.flagged ? (
        <div className="reveal">
          <TextAreaField
            id="capture-safeguarding-action"
            label={t('safeguarding.action')}
            value={safeguarding.action}
            onValueChange={(action) => set({ action })}
            rows={3}
            maxLength={2000}
          />
          <TextField
            id="capture-safeguarding-by"
            label={t('safeguarding.actionBy')}
            value={safeguarding.actionBy}
            onValueChange={(actionBy) => set({ actionBy })}
            autoComplete="off"
            maxLength={200}
            dir="auto"
          />
        </div>
      ) : null}
    </section>
  );
}
