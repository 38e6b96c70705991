import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../../api/client';
import type { Area } from '../../shell/areas';
import { formatDateTime } from '../../ui/format';
import { reviewSub } from '../review-routes';
import type { Suggestion } from '../suggestions/PendingSuggestions';
import { ReviewLink } from '../ui/ReviewLayout';
import { LoadStatus } from '../ui/LoadStatus';

const STATUSES = ['pending', 'accepted', 'rejected'] as const;
type Loaded = { state: 'loading' } | { state: 'loaded'; items: Suggestion[] } | { state: 'failed'; error: ApiError };

/** A volunteer's own suggestions, newest first, and what staff decided about each. */
export function MySuggestions({ go }: { go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation('review');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    void Promise.all(STATUSES.map((status) => api.listSuggestions({ status }))).then((answers) => {
      if (!live) return;
      const failed = answers.find((answer) => !answer.ok);
      if (failed && !failed.ok) return setLoaded({ state: 'failed', error: failed.error });
      const items = answers.flatMap((answer) => (answer.ok ? answer.value : [])).sort((a, b) => b.suggestedAt.localeCompare(a.suggestedAt));
      setLoaded({ state: 'loaded', items });
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="review-section" data-testid="my-suggestions">
      <h2 className="review-section-title">{t('mine.title')}</h2>
      <p className="review-intro">{t('mine.intro')}</p>
      <LoadStatus load={loaded} count={loaded.state === 'loaded' ? loaded.items.length : 0} errorId="mine-error" empty={t('mine.empty')} />
      {loaded.state === 'loaded' && loaded.items.length > 0 ? (
        <div className="review-table-wrap">
          <table className="review-table" data-testid="my-suggestions-table">
            <caption className="visually-hidden">{t('mine.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mine.theme')}</th>
                <th scope="col">{t('mine.sentiment')}</th>
                <th scope="col">{t('mine.when')}</th>
                <th scope="col">{t('mine.decision')}</th>
                <th scope="col">{t('mine.story')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.items.map((item) => (
                <tr key={item.id} data-testid="my-suggestion">
                  <th scope="row">{item.codeName}</th>
                  <td>{item.sentiment ? t(`sentiments.${item.sentiment}`) : t('mine.noSentiment')}</td>
                  <td>{formatDateTime(item.suggestedAt)}</td>
                  <td>
                    <span className={`badge badge-decision badge-decision-${item.status}`}>{t(`mine.statuses.${item.status}`)}</span>
                  </td>
                  <td>
                    <ReviewLink sub={reviewSub.story(item.storyId)} go={go}>
                      {t('mine.read')}
                      <span className="visually-hidden"> {t('mine.forTheme', { theme: item.codeName })}</span>
                    </ReviewLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
