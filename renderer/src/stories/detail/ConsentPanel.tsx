import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../../api/client';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Panel } from './Panel';
import type { PanelProps } from './panel-props';

type Editable = 'share' | 'quote' | 'contact';
const QUESTIONS: readonly Editable[] = ['share', 'quote', 'contact'];
const LABELS = { share: 'detail.consentShare', quote: 'detail.consentQuote', contact: 'detail.consentContact' } as const;

/** What the person agreed to; changed here when they change their mind. */
export function ConsentPanel({ story, onChanged }: PanelProps) {
  const { t } = useTranslation('stories');
  const [answers, setAnswers] = useState<Record<Editable, boolean>>({ ...story.consent });
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const changed = QUESTIONS.some((question) => answers[question] !== story.consent[question]);

  const save = async () => {
    if (busy || !changed) return;
    setBusy(true);
    const answer = await api.updateConsent({ id: story.id, consent: answers });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setSaved(true);
    onChanged(answer.value);
  };

  return (
    <Panel id="story-consent" title={t('detail.consentTitle')}>
      <p className="panel-intro">{t('detail.consentIntro')}</p>
      <p>{t('detail.consentKeep')}</p>
      {error ? <ErrorAlert error={error} /> : null}
      <form
        className="form form-compact"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {QUESTIONS.map((question) => (
          <ChoiceGroup
            key={question}
            id={`story-consent-${question}`}
            legend={t(LABELS[question])}
            hint={question === 'contact' ? t('detail.consentContactHint') : undefined}
            inline
            choices={[
              { value: 'yes', label: t('detail.yes') },
              { value: 'no', label: t('detail.no') },
            ]}
            value={answers[question] ? 'yes' : 'no'}
            onChange={(choice) => {
              setSaved(false);
              setAnswers((current) => ({ ...current, [question]: choice === 'yes' }));
            }}
          />
        ))}
        <div className="form-actions">
          <button type="submit" className="button button-secondary" aria-disabled={busy || !changed || undefined}>
            {t('detail.saveConsent')}
          </button>
          <p className="form-status" role="status">
            {saved ? t('detail.consentSaved') : ''}
          </p>
        </div>
      </form>
    </Panel>
  );
}
