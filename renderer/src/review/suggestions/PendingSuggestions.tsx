import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { suggestionSchema } from '../../../../shared/workbench/schemas';
import { api, type ApiError } from '../../api/client';
import type { Area } from '../../shell/areas';
import { formatDateTime } from '../../ui/format';
import { reviewSub } from '../review-routes';
import { ReviewLink } from '../ui/ReviewLayout';
import { LoadStatus } from '../ui/LoadStatus';
import { ReviewError } from '../ui/ReviewError';
import { withDeclarations } from '../../interests/conflict-gate';

export type Suggestion = z.infer<typeof suggestionSchema>;
type Loaded = { state: 'loading' } | { state: 'loaded'; items: Suggestion[] } | { state: 'failed'; error: ApiError };

/** Staff: themes volunteers have suggested, oldest first, each accepted (it becomes a tag) or rejected. */
export function PendingSuggestions({ go }: { go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation('review');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [done, setDone] = useState('');
  const [error, setError] = useState<{ id: number; error: ApiError } | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let live = true;
    void api.listSuggestions({ status: 'pending' }).then((answer) => {
      if (live) setLoaded(answer.ok ? { state: 'loaded', items: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, []);

  const decide = async (suggestion: Suggestion, accept: boolean) => {
    if (busy !== null || loaded.state !== 'loaded') return;
    setBusy(suggestion.id);
    const answer = await withDeclarations({ action: 'code', subject: { type: 'story', id: suggestion.storyId } }, (ack) => api.decideSuggestion({ id: suggestion.id, accept, ...ack }));
    setBusy(null);
    if (!answer.ok) return setError({ id: suggestion.id, error: answer.error });
    setError(null);
    const index = loaded.items.findIndex((item) => item.id === suggestion.id);
    const items = loaded.items.filter((item) => item.id !== suggestion.id);
    setLoaded({ state: 'loaded', items });
    setDone(accept ? t('suggestions.accepted', { theme: suggestion.codeName }) : t('suggestions.rejected', { theme: suggestion.codeName }));
    // Keep the keyboard in the list: on to the next suggestion's first button.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-accept]');
      const next = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
      if (next) next.focus();
      else document.getElementById('suggestions-title')?.focus();
    });
  };

  return (
    <div className="review-section" data-testid="pending-suggestions">
      <h2 className="review-section-title" id="suggestions-title" tabIndex={-1}>
        {t('suggestions.title')}
      </h2>
      <p className="review-intro">{t('suggestions.intro')}</p>
      <p className={done ? 'notice notice-success review-flash' : 'visually-hidden'} role="status">
        {done}
      </p>
      <LoadStatus load={loaded} count={loaded.state === 'loaded' ? loaded.items.length : 0} errorId="suggestions-error" empty={t('suggestions.empty')} />
      {loaded.state === 'loaded' && loaded.items.length > 0 ? (
        <ul className="review-suggestion-list" aria-label={t('suggestions.listLabel')} ref={listRef}>
          {loaded.items.map((suggestion) => (
            <li key={suggestion.id} className="review-suggestion-item" data-testid="suggestion">
              <p className="review-suggestion-theme">
                <span className="review-suggestion-code">{suggestion.codeName}</span>
                {suggestion.sentiment ? <span className={`badge badge-sentiment badge-${suggestion.sentiment}`}>{t(`sentiments.${suggestion.sentiment}`)}</span> : null}
              </p>
              <p className="story-meta">{t('suggestions.by', { name: suggestion.suggestedByName, when: formatDateTime(suggestion.suggestedAt) })}</p>
              <ReviewLink className="story-open" sub={reviewSub.story(suggestion.storyId)} go={go}>
                {t('suggestions.readStory')}
                <span className="visually-hidden"> {t('suggestions.forTheme', { theme: suggestion.codeName })}</span>
              </ReviewLink>
              {error?.id === suggestion.id ? <ReviewError error={error.error} /> : null}
              <div className="form-actions">
                <button type="button" data-accept="" className="button button-primary button-small" aria-disabled={busy !== null || undefined} onClick={() => void decide(suggestion, true)} aria-label={t('suggestions.acceptNamed', { theme: suggestion.codeName })}>
                  {t('suggestions.accept')}
                </button>
                <button type="button" className="button button-secondary button-small" aria-disabled={busy !== null || undefined} onClick={() => void decide(suggestion, false)} aria-label={t('suggestions.rejectNamed', { theme: suggestion.codeName })}>
                  {t('suggestions.reject')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
