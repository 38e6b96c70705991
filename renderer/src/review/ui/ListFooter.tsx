import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { ReviewError } from './ReviewError';

interface ListFooterProps {
  shown: number;
  /** How many are shown, in words, for lists of other things than stories. */
  shownText?: string;
  moreError: ApiError | null;
  errorId: string;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
}

/** Under a paged list: how many are shown, a failed "load more", and the button for the next page. */
export function ListFooter({ shown, shownText, moreError, errorId, hasMore, loadingMore, onLoadMore }: ListFooterProps) {
  const { t } = useTranslation('review');
  return (
    <>
      <p className="muted list-count" role="status">
        {shownText ?? t('shown', { count: shown })}
      </p>
      {moreError ? <ReviewError error={moreError} id={errorId} /> : null}
      {hasMore ? (
        <button type="button" className="button button-secondary" onClick={onLoadMore} aria-disabled={loadingMore || undefined}>
          {loadingMore ? t('loadingMore') : t('loadMore')}
        </button>
      ) : null}
    </>
  );
}
