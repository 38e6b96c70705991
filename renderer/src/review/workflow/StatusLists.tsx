import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type SearchHit } from '../../../../shared/workbench/schemas';
import { REVIEW_STATUSES } from '../../../../shared/review/schemas';
import { api } from '../../api/client';
import type { Area } from '../../shell/areas';
import { hrefOf } from '../../shell/areas';
import { SafeguardingFlag } from '../../stories/SafeguardingFlag';
import { StatusBadge } from '../../stories/StatusBadge';
import { formatDay, formatNumber } from '../../ui/format';
import { TextField } from '../../ui/TextField';
import { useFlashMessage } from '../review-flash';
import { reviewSub, type ReviewStatus } from '../review-routes';
import { FlashNotice, ReviewLink } from '../ui/ReviewLayout';
import { LoadStatus } from '../ui/LoadStatus';
import { ListFooter } from '../ui/ListFooter';
import { Snippet } from '../ui/Snippet';
import { useKeysetList } from '../ui/useKeysetList';

export const REVIEW_PAGE_SIZE = 25;
type Go = (area: Area, sub?: string | null) => void;

/** Stories by review status (submitted, in review, approved, returned, archived), searchable. */
export function StatusLists({ status, go }: { status: ReviewStatus; go: Go }) {
  const { t } = useTranslation('review');
  const flash = useFlashMessage();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [counts, setCounts] = useState<Record<string, number> | null>(null);

  useEffect(() => {
    let live = true;
    void api.countStories({ query: '', filters: {} }).then((answer) => {
      if (live && answer.ok) setCounts(Object.fromEntries(answer.value.statuses.map((facet) => [facet.value, facet.count])));
    });
    return () => {
      live = false;
    };
  }, []);

  const request = useCallback(
    (after: string | null) => api.searchStories({ query, filters: { statuses: [status] }, limit: REVIEW_PAGE_SIZE, ...(after ? { after } : {}) }),
    [query, status],
  );
  const { page, moreError, loadMore } = useKeysetList(request);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(typed);
  };

  return (
    <div className="review-section" data-testid="status-lists">
      <h2 className="review-section-title">{t('workflow.title')}</h2>
      <p className="review-intro">{t('workflow.intro')}</p>
      <FlashNotice message={flash} />
      <nav className="review-status-tabs" aria-label={t('workflow.statusesLabel')}>
        <ul className="review-status-tab-list">
          {REVIEW_STATUSES.map((item) => (
            <li key={item}>
              <a
                className="review-status-tab"
                href={hrefOf('review', reviewSub.status(item))}
                aria-current={item === status ? 'true' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  go('review', reviewSub.status(item));
                }}
              >
                <span>{t(`workflow.statuses.${item}`)}</span>
                {counts ? (
                  <span className="review-status-tab-count">
                    <span className="visually-hidden">: </span>
                    {formatNumber(counts[item] ?? 0)}
                  </span>
                ) : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form className="review-search" role="search" onSubmit={search} aria-label={t('workflow.searchLabel', { status: t(`workflow.statuses.${status}`) })}>
        <TextField id="workflow-search" label={t('workflow.search')} hint={t('searchHint')} value={typed} onValueChange={setTyped} type="search" autoComplete="off" />
        <button type="submit" className="button button-secondary">
          {t('search')}
        </button>
      </form>
      <StoryHits page={page} moreError={moreError} loadMore={loadMore} empty={query ? t('workflow.noMatches') : t(`workflow.empty.${status}`)} label={t('workflow.listLabel', { status: t(`workflow.statuses.${status}`) })} go={go} />
    </div>
  );
}

interface StoryHitsProps {
  page: ReturnType<typeof useKeysetList<SearchHit>>['page'];
  moreError: ReturnType<typeof useKeysetList<SearchHit>>['moreError'];
  loadMore(): Promise<void>;
  empty: string;
  label: string;
  go: Go;
  /** Words for the link to each story. */
  openLabel?: string;
}

/** A page of search results for staff and outreach workers: status, flags, words, who and when. */
export function StoryHits({ page, moreError, loadMore, empty, label, go, openLabel }: StoryHitsProps) {
  const { t } = useTranslation(['review', 'vocabulary']);
  if (page.state !== 'loaded' || page.items.length === 0) return <LoadStatus load={page} count={0} errorId="hits-error" empty={empty} />;
  return (
    <>
      <ul className="story-list" aria-label={label}>
        {page.items.map((hit) => {
          const date = formatDay(hit.heardOn);
          return (
            <li key={hit.id} className={hit.safeguarding ? 'story-item story-item-flagged' : 'story-item'} data-testid="review-hit">
              <div className="story-item-flags">
                {hit.safeguarding ? <SafeguardingFlag /> : null}
                <StatusBadge status={hit.status} />
              </div>
              {hit.status === 'returned' && hit.returnReason ? (
                <p className="review-return-reason" data-testid="return-reason">
                  <span className="review-return-reason-label">{t('workflow.returnReason')}</span>{' '}
                  <span dir="auto">{hit.returnReason}</span>
                </p>
              ) : null}
              <Snippet text={hit.snippet} className="story-excerpt" />
              <p className="story-meta">
                {t('heardOn', { date })}
                {hit.eventName ? ` ${t('atEvent', { event: hit.eventName })}` : ''}
                {' · '}
                {t(`vocabulary:channels.${hit.channel}`)}
                {hit.recordedByName ? ` · ${t('recordedBy', { name: hit.recordedByName })}` : ''}
              </p>
              {hit.themes.length > 0 ? <p className="review-story-themes">{t('themesList', { themes: hit.themes.join(', ') })}</p> : null}
              <ReviewLink className="story-open" sub={reviewSub.story(hit.id)} go={go}>
                {openLabel ?? t('workflow.open')}
                <span className="visually-hidden">, {t('heardOn', { date })}</span>
              </ReviewLink>
            </li>
          );
        })}
      </ul>
      <ListFooter
        shown={page.items.length}
        moreError={moreError}
        errorId="hits-more-error"
        hasMore={page.next !== null}
        loadingMore={page.more}
        onLoadMore={() => void loadMore()}
      />
    </>
  );
}
