import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackStory } from '../../../shared/packs/schemas';
import { SENTIMENTS, type Sentiment } from '../../../shared/workbench/schemas';
import type { ApiError } from '../api/client';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextAreaField } from '../ui/TextAreaField';

type SentimentChoice = Sentiment | 'none';

/** The volunteer's overall sentiment for a pack story, and a note for staff. */
export function PackStoryNotes({ story, onSave }: { story: PackStory; onSave(sentiment: Sentiment | null, note: string | null): Promise<ApiError | null> }) {
  const { t } = useTranslation(['packs', 'review']);
  const [sentiment, setSentiment] = useState<SentimentChoice>(story.sentiment ?? 'none');
  const [note, setNote] = useState(story.note ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const failed = await onSave(sentiment === 'none' ? null : sentiment, note === '' ? null : note);
    setBusy(false);
    setError(failed);
    setSaved(failed === null);
  };

  return (
    <section className="panel" aria-labelledby="pack-notes-title">
      <h3 className="panel-title" id="pack-notes-title">
        {t('notes.title')}
      </h3>
      <p className={saved ? 'notice notice-success' : 'visually-hidden'} role="status">
        {saved ? t('notes.saved') : ''}
      </p>
      <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
        <ChoiceGroup<SentimentChoice>
          id="pack-sentiment"
          legend={t('notes.sentiment')}
          inline
          choices={[...SENTIMENTS.map((value) => ({ value, label: t(`review:sentiments.${value}`) })), { value: 'none' as const, label: t('notes.noSentiment') }]}
          value={sentiment}
          onChange={(value) => {
            setSentiment(value);
            setSaved(false);
          }}
        />
        <TextAreaField
          id="pack-note"
          label={t('notes.note')}
          hint={t('notes.noteHint')}
          value={note}
          onValueChange={(value) => {
            setNote(value);
            setSaved(false);
          }}
          rows={3}
          maxLength={4000}
        />
        {error ? <ErrorAlert error={error} lead={t('notes.failed')} /> : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {t('notes.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
