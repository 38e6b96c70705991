import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Area } from '../../shell/areas';
import { formatDay } from '../../ui/format';
import { TextField } from '../../ui/TextField';
import { useFlashMessage } from '../review-flash';
import { reviewSub } from '../review-routes';
import { FlashNotice, ReviewLink } from '../ui/ReviewLayout';
import { LoadStatus } from '../ui/LoadStatus';
import { ListFooter } from '../ui/ListFooter';
import { Snippet } from '../ui/Snippet';
import { useKeysetList } from '../ui/useKeysetList';

const PAGE_SIZE = 25;

/**
 * For volunteers: the stories whose anonymisation staff have checked, only ever as
 * anonymised words. Searching looks in the anonymised words too, so a name that was
 * masked is never found.
 */
export function AnonymisedStories({ go }: { go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation(['review', 'vocabulary']);
  const flash = useFlashMessage();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const request = useCallback((after: string | null) => api.searchStories({ query, filters: {}, limit: PAGE_SIZE, ...(after ? { after } : {}) }), [query]);
  const { page, moreError, loadMore } = useKeysetList(request);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(typed);
  };

  return (
    <div className="review-section" data-testid="anonymised-stories">
      <h2 className="review-section-title">{t('volunteer.title')}</h2>
      <p className="review-intro">{t('volunteer.intro')}</p>
      <FlashNotice message={flash} />
      <form className="review-search" role="search" onSubmit={search} aria-label={t('volunteer.searchLabel')}>
        <TextField id="volunteer-search" label={t('volunteer.search')} hint={t('searchHint')} value={typed} onValueChange={setTyped} type="search" autoComplete="off" />
        <button type="submit" className="button button-secondary">
          {t('search')}
        </button>
      </form>
      <LoadStatus
        load={page}
        count={page.state === 'loaded' ? page.items.length : 0}
        errorId="volunteer-error"
        empty={query ? t('volunteer.noMatches') : t('volunteer.empty')}
        announceEmpty
      />
      {page.state === 'loaded' && page.items.length > 0 ? (
        <>
          <ul className="story-list" aria-label={t('volunteer.listLabel')}>
            {page.items.map((hit) => {
              const date = formatDay(hit.heardOn);
              return (
                <li key={hit.id} className="story-item" data-testid="anonymised-hit">
                  <Snippet text={hit.snippet} className="story-excerpt" />
                  <p className="story-meta">
                    {t('heardOn', { date })} · {t(`vocabulary:channels.${hit.channel}`)}
                  </p>
                  {hit.themes.length > 0 ? <p className="review-story-themes">{t('themesList', { themes: hit.themes.join(', ') })}</p> : null}
                  <ReviewLink className="story-open" sub={reviewSub.story(hit.id)} go={go}>
                    {t('volunteer.open')}
                    <span className="visually-hidden">, {t('heardOn', { date })}</span>
                  </ReviewLink>
                </li>
              );
            })}
          </ul>
          <ListFooter
            shown={page.items.length}
            moreError={moreError}
            errorId="volunteer-more-error"
            hasMore={page.next !== null}
            loadingMore={page.more}
            onLoadMore={() => void loadMore()}
          />
        </>
      ) : null}
    </div>
  );
}
