/** The results of Find stories: how many, then a windowed list of stories. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/workbench/schemas';
import { hrefOf } from '../../shell/areas';
import { SafeguardingFlag } from '../../stories/SafeguardingFlag';
import { StatusBadge } from '../../stories/StatusBadge';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDay, formatNumber } from '../../ui/format';
import { SentimentBadge } from '../ui/SentimentBadge';
import { Snippet } from '../ui/Snippet';
import { VirtualList } from '../ui/VirtualList';
import { activeFilterCount, listedByDateHeard } from './filters';
import { useSearch } from './search-store';

/** Every result row is this tall (the stylesheet takes it from the list). */
export const ROW_HEIGHT = 164;

function ResultRow({ hit, active, onOpen }: { hit: SearchHit; active: boolean; onOpen(id: string): void }) {
  const { t } = useTranslation(['workbench', 'stories', 'vocabulary']);
  const date = formatDay(hit.heardOn);
  const where = [hit.eventName, t(`vocabulary:channels.${hit.channel}`)].filter(Boolean).join(' · ');
  return (
    <div className={hit.safeguarding ? 'wb-row wb-row-flagged' : 'wb-row'} data-testid="story-item">
      <div className="wb-row-top">
        <div className="story-item-flags">
          {hit.safeguarding ? <SafeguardingFlag /> : null}
          <StatusBadge status={hit.status} />
          {hit.sentiment ? <SentimentBadge sentiment={hit.sentiment} /> : null}
        </div>
        <span className="wb-row-date">{t('stories:heardOn', { date })}</span>
      </div>
      <Snippet text={hit.snippet} className="story-excerpt wb-snippet" />
      <p className="wb-row-themes" data-testid="story-themes">
        {hit.themes.length > 0 ? (
          <>
            <span className="wb-row-label">{t('results.themes')}</span> <span dir="auto">{hit.themes.join(' · ')}</span>
          </>
        ) : (
          <span className="muted">{t('results.noThemes')}</span>
        )}
      </p>
      <div className="wb-row-foot">
        <p className="story-meta wb-row-meta">
          <span dir="auto">{where}</span>
          {hit.recordedByName ? (
            <>
              {' · '}
              <span dir="auto">{t('stories:recordedBy', { name: hit.recordedByName })}</span>
            </>
          ) : null}
          {hit.status === 'returned' && hit.returnReason ? (
            <>
              {' · '}
              <span className="wb-row-returned" dir="auto">
                {t('results.returned', { reason: hit.returnReason })}
              </span>
            </>
          ) : null}
        </p>
        <a
          className="story-open wb-row-open"
          href={hrefOf('stories', hit.id)}
          tabIndex={active ? 0 : -1}
          data-row-focus=""
          onClick={(event) => {
            event.preventDefault();
            onOpen(hit.id);
          }}
        >
          {t('stories:open')}
          <span className="visually-hidden">
            , {hit.recordedByName ? t('stories:openDetail', { date, name: hit.recordedByName }) : t('results.openHeard', { date })}
          </span>
        </a>
      </div>
    </div>
  );
}

export function ResultsList({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation(['workbench', 'stories']);
  const status = useSearch((state) => state.status);
  const items = useSearch((state) => state.items);
  const error = useSearch((state) => state.error);
  const nextCursor = useSearch((state) => state.nextCursor);
  const loadingMore = useSearch((state) => state.loadingMore);
  const moreError = useSearch((state) => state.moreError);
  const ranked = useSearch((state) => state.rankedAmongRecent);
  const counts = useSearch((state) => state.counts);
  const countsStatus = useSearch((state) => state.countsStatus);
  const shown = useSearch((state) => state.shown);
  const activeIndex = useSearch((state) => state.activeIndex);
  const setActive = useSearch((state) => state.setActive);
  const loadMore = useSearch((state) => state.loadMore);
  const restoreFocus = useSearch((state) => state.restoreFocus);
  const focusRestored = useSearch((state) => state.focusRestored);

  const nearEnd = useCallback(() => {
    void loadMore();
  }, [loadMore]);
  const open = (id: string) => {
    const index = items.findIndex((item) => item.id === id);
    if (index >= 0) setActive(index);
    onOpen(id);
  };

  const searching = shown !== null && (shown.query.trim() !== '' || activeFilterCount(shown.filters) > 0);
  // Search words list by rank; a date range lists by date heard (the only order that stays fast).
  const byDateHeard = shown !== null && shown.query.trim() === '' && listedByDateHeard(shown.filters);
  const total = countsStatus === 'loaded' && counts ? counts.total : null;
  const summary =
    status === 'loading' && items.length === 0
      ? t('results.searching')
      : total !== null
        ? searching
          ? t('results.matching', { count: total, formatted: formatNumber(total) })
          : t('results.all', { count: total, formatted: formatNumber(total) })
        : status === 'loaded'
          ? t('results.shown', { count: items.length, formatted: formatNumber(items.length) })
          : '';

  return (
    <section
      className="wb-results"
      aria-labelledby="wb-results-title"
      aria-busy={status === 'loading' || undefined}
      // What the list answers (for tests and the benchmark to wait on).
      data-shown-query={shown?.query}
    >
      <div className="wb-results-head">
        <h2 className="wb-results-title" id="wb-results-title">
          {t('results.title')}
        </h2>
        <p className="wb-results-summary" role="status" data-testid="results-summary">
          {summary}
          {byDateHeard && items.length > 0 ? ` ${t('results.byDateHeard')}` : null}
          {status === 'loading' && items.length > 0 ? <span className="wb-searching"> {t('results.updating')}</span> : null}
        </p>
      </div>
      {ranked !== null ? (
        <p className="notice notice-info wb-ranked" data-testid="ranked-among-recent">
          {t('results.rankedAmongRecent', { count: ranked, formatted: formatNumber(ranked) })}
        </p>
      ) : null}
      {status === 'failed' && error ? <ErrorAlert error={error} lead={t('results.failed')} id="wb-results-error" /> : null}
      {status === 'loaded' && items.length === 0 ? (
        <div className="empty-state wb-empty">
          <p className="empty-state-title">{searching ? t('results.noneTitle') : t('stories:empty.all')}</p>
          {searching ? <p className="empty-state-body">{t('results.noneBody')}</p> : null}
        </div>
      ) : null}
      {items.length > 0 ? (
        <>
          <p className="visually-hidden" id="wb-results-keys">
            {t('results.keys')}
          </p>
          <VirtualList
            items={items}
            rowHeight={ROW_HEIGHT}
            label={t('results.listLabel')}
            setSize={nextCursor === null ? items.length : total ?? -1}
            activeIndex={activeIndex}
            onActiveChange={setActive}
            getKey={(item) => item.id}
            renderRow={(item, _index, active) => <ResultRow hit={item} active={active} onOpen={open} />}
            onNearEnd={nextCursor !== null && !loadingMore && moreError === null ? nearEnd : undefined}
            focusOnMount={restoreFocus}
            onFocusedOnMount={focusRestored}
            className="wb-list"
            id="wb-results-list"
            describedBy="wb-results-keys"
            footer={
              loadingMore || moreError || nextCursor === null ? (
                <div className="wb-list-footer">
                  {loadingMore ? <p className="muted">{t('results.loadingMore')}</p> : null}
                  {moreError ? (
                    <ErrorAlert error={moreError} lead={t('results.moreFailed')}>
                      <button type="button" className="button button-secondary button-small" onClick={() => void loadMore()}>
                        {t('results.tryAgain')}
                      </button>
                    </ErrorAlert>
                  ) : null}
                  {nextCursor === null && !loadingMore ? <p className="muted">{t('results.end')}</p> : null}
                </div>
              ) : null
            }
          />
        </>
      ) : null}
    </section>
  );
}
