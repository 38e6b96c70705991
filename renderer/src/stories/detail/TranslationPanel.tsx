import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { Panel } from './Panel';
import type { PanelProps } from './panel-props';

/** The English translation, kept beside the words; added, edited or removed here. */
export function TranslationPanel({ story, onChanged }: PanelProps) {
  const { t } = useTranslation('stories');
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (translation: string | null) => {
    setBusy(true);
    const answer = await api.setTranslation({ id: story.id, translation });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setEditing(false);
    setSaved(true);
    onChanged(answer.value);
  };

  return (
    <Panel id="story-translation" title={t('detail.translationTitle')}>
      {!editing ? (
        story.translation ? (
          <div className="verbatim verbatim-translation" dir="auto" data-testid="story-translation-text">
            {story.translation}
          </div>
        ) : (
          <p className="muted">{t('detail.noTranslation')}</p>
        )
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      {editing ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) void save(hasContent(text) ? text : null);
          }}
        >
          <TextAreaField id="story-translation-field" label={t('detail.translationLabel')} hint={t('detail.translationHint')} value={text} onValueChange={setText} rows={5} autoFocus />
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {t('detail.saveTranslation')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEditing(false)}>
              {t('detail.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setText(story.translation ?? '');
              setSaved(false);
              setEditing(true);
            }}
          >
            {story.translation ? t('detail.editTranslation') : t('detail.addTranslation')}
          </button>
          {story.translation ? (
            <button type="button" className="button button-quiet" onClick={() => void save(null)} aria-disabled={busy || undefined}>
              {t('detail.removeTranslation')}
            </button>
          ) : null}
          <p className="form-status" role="status">
            {saved ? t('detail.translationSaved') : ''}
          </p>
        </div>
      )}
    </Panel>
  );
}
