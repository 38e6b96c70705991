import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SENTIMENTS, type Sentiment } from '../../../../shared/workbench/schemas';
import { api, type ApiError } from '../../api/client';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { SelectField } from '../../ui/SelectField';
import { ReviewError } from '../ui/ReviewError';
import { useCodes, type CodesState } from '../ui/useCodes';

type SentimentChoice = Sentiment | 'none';

/** A volunteer suggests a theme for a story in this store; staff accept or reject it. */
export function SuggestThemeForm({ storyId }: { storyId: string }) {
  const { t } = useTranslation('review');
  const codes = useCodes();
  return (
    <ThemeSuggestionForm
      codes={codes}
      intro={t('suggest.intro')}
      sentMessage={(theme) => t('suggest.sent', { theme })}
      onSuggest={async (codeId, sentiment) => {
        const answer = await api.suggestTag({ storyId, codeId, sentiment });
        return answer.ok ? null : answer.error;
      }}
    />
  );
}

interface ThemeSuggestionFormProps {
  /** The codebook to choose from: this store's, or a review pack's. */
  codes: CodesState;
  intro: string;
  sentMessage(theme: string): string;
  /** Records the suggestion; answers the error, or null when it was kept. */
  onSuggest(codeId: string, sentiment: Sentiment | null): Promise<ApiError | null>;
}

/** Choose a theme (and, if they like, its sentiment) and suggest it. */
export function ThemeSuggestionForm({ codes, intro, sentMessage, onSuggest }: ThemeSuggestionFormProps) {
  const { t } = useTranslation('review');
  const [codeId, setCodeId] = useState('');
  const [sentiment, setSentiment] = useState<SentimentChoice>('none');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!codeId) {
      setMissing(true);
      setSent(null);
      return selectRef.current?.focus();
    }
    setMissing(false);
    setBusy(true);
    const failed = await onSuggest(codeId, sentiment === 'none' ? null : sentiment);
    setBusy(false);
    if (failed) return setError(failed);
    setError(null);
    const name = codes.state === 'loaded' ? (codes.codes.find((code) => code.id === codeId)?.name ?? '') : '';
    setSent(sentMessage(name));
    setCodeId('');
    setSentiment('none');
  };

  return (
    <section className="panel" aria-labelledby="suggest-title" data-testid="suggest-theme">
      <h2 className="panel-title" id="suggest-title">
        {t('suggest.title')}
      </h2>
      <p className="panel-intro">{intro}</p>
      {codes.state === 'failed' ? <ReviewError error={codes.error} /> : null}
      {error ? <ReviewError error={error} lead={t('suggest.failed')} /> : null}
      <p className={sent ? 'notice notice-success' : 'visually-hidden'} role="status">
        {sent ?? ''}
      </p>
      {codes.state === 'loaded' ? (
        <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
          <SelectField
            id="suggest-theme"
            ref={selectRef}
            label={t('suggest.theme')}
            value={codeId}
            onValueChange={(value) => {
              setCodeId(value);
              if (value) setMissing(false);
            }}
            error={missing ? t('suggest.themeRequired') : null}
            options={[
              { value: '', label: t('suggest.chooseTheme') },
              ...codes.themes.map((theme) => ({
                label: theme.code.name,
                options: [{ value: theme.code.id, label: t('suggest.wholeTheme', { theme: theme.code.name }) }, ...theme.subThemes.map((sub) => ({ value: sub.id, label: sub.name }))],
              })),
            ]}
          />
          <ChoiceGroup<SentimentChoice>
            id="suggest-sentiment"
            legend={t('suggest.sentiment')}
            inline
            choices={[...SENTIMENTS.map((value) => ({ value, label: t(`sentiments.${value}`) })), { value: 'none' as const, label: t('suggest.noSentiment') }]}
            value={sentiment}
            onChange={setSentiment}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {t('suggest.send')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
