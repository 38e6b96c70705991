import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Area } from '../shell/areas';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { formatDay } from '../ui/format';
import { useFlashMessage } from '../review/review-flash';
import { reviewSub } from '../review/review-routes';
import { FlashNotice, ReviewLink } from '../review/ui/ReviewLayout';
import { LoadStatus } from '../review/ui/LoadStatus';
import { ListFooter } from '../review/ui/ListFooter';
import { useKeysetList } from '../review/ui/useKeysetList';
import { CheckBadge } from './CheckBadge';

export const CHECK_PAGE_SIZE = 25;
const FILTERS = ['needs-check', 'unchecked', 'stale', 'checked'] as const;
type Filter = (typeof FILTERS)[number];

/** Stories whose anonymisation needs a person's check (or was checked), newest first. */
export function CheckQueue({ go }: { go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation('review');
  const flash = useFlashMessage();
  const [filter, setFilter] = useState<Filter>('needs-check');
  const request = useCallback((after: string | null) => api.listStoriesToCheck({ state: filter, limit: CHECK_PAGE_SIZE, ...(after ? { after } : {}) }), [filter]);
  const { page, moreError, loadMore } = useKeysetList(request);

  return (
    <div className="review-section" data-testid="check-queue">
      <h2 className="review-section-title">{t('check.queueTitle')}</h2>
      <p className="review-intro">{t('check.queueIntro')}</p>
      <FlashNotice message={flash} />
      <ChoiceGroup<Filter>
        id="check-filter"
        className="scope-choice"
        legend={t('check.filterLegend')}
        inline
        choices={FILTERS.map((value) => ({ value, label: t(`check.filters.${value}`) }))}
        value={filter}
        onChange={setFilter}
      />
      <LoadStatus load={page} count={page.state === 'loaded' ? page.items.length : 0} errorId="check-queue-error" empty={t(`check.empty.${filter}`)} />
      {page.state === 'loaded' && page.items.length > 0 ? (
        <>
          <ul className="story-list" aria-label={t(`check.listLabel.${filter}`)}>
            {page.items.map((item) => {
              const date = formatDay(item.heardOn);
              return (
                <li key={item.id} className="story-item" data-testid="check-item">
                  <div className="story-item-flags">
                    <CheckBadge state={item.state} />
                    <span className={item.consentShare ? 'badge badge-neutral' : 'badge badge-neutral badge-quiet'}>
                      {item.consentShare ? t('check.shareYes') : t('check.shareNo')}
                    </span>
                  </div>
                  <p className="story-excerpt" dir="auto">
                    {item.excerpt}
                  </p>
                  <p className="story-meta">{t('heardOn', { date })}</p>
                  <ReviewLink className="story-open" sub={reviewSub.check(item.id)} go={go}>
                    {item.state === 'checked' ? t('check.openChecked') : t('check.open')}
                    <span className="visually-hidden">, {t('heardOn', { date })}</span>
                  </ReviewLink>
                </li>
              );
            })}
          </ul>
          <ListFooter
            shown={page.items.length}
            moreError={moreError}
            errorId="check-more-error"
            hasMore={page.next !== null}
            loadingMore={page.more}
            onLoadMore={() => void loadMore()}
          />
        </>
      ) : null}
    </div>
  );
}
