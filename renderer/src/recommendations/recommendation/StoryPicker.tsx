import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/workbench/schemas';
import { api, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDay } from '../../ui/format';
import { TextField } from '../../ui/TextField';
import { Snippet } from '../../workbench/ui/Snippet';

const RESULTS = 20;

/** Find stories by their words (the search of Stories) and link one at a time as evidence. */
export function StoryPicker({ linked, onLink }: { linked: ReadonlySet<string>; onLink(storyId: string): Promise<boolean> }) {
  const { t } = useTranslation('recommendations');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const find = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await api.searchStories({ query, filters: {}, limit: RESULTS });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setHits(answer.value.items);
  };

  return (
    <div className="story-picker" data-testid="story-picker">
      <form className="inline-form" role="search" aria-label={t('evidence.findStories')} onSubmit={(event) => void find(event)}>
        <TextField id="evidence-search" label={t('evidence.searchLabel')} hint={t('evidence.searchHint')} value={query} onValueChange={setQuery} maxLength={1000} />
        <button type="submit" className="button button-secondary">
          {t('evidence.find')}
        </button>
      </form>
      {error ? <ErrorAlert error={error} id="evidence-search-error" /> : null}
      {hits !== null ? (
        <p className="muted" role="status">
          {t('evidence.found', { count: hits.length })}
        </p>
      ) : null}
      {hits && hits.length > 0 ? (
        <ul className="story-list evidence-hits">
          {hits.map((hit) => (
            <li key={hit.id} className="story-item">
              <Snippet text={hit.snippet} className="story-excerpt" />
              <p className="story-meta">{formatDay(hit.heardOn)}</p>
              {linked.has(hit.id) ? (
                <p className="muted">{t('evidence.alreadyLinked')}</p>
              ) : (
                <button type="button" className="button button-secondary button-small" aria-label={t('evidence.linkNamed', { date: formatDay(hit.heardOn) })} onClick={() => void onLink(hit.id)}>
                  {t('evidence.link')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
