import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { ReviewError } from './ReviewError';

interface ListFooterProps {
  shown: number;
  moreError: ApiError | null;
  errorId: string;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
}

/** Under a paged Review list: how many are shown, a failed "load more", and the button for the next page. */
export function ListFooter({ shown, moreError, errorId, hasMore, loadingMore, onLoadMore }: ListFooterProps) {
  const { t } = useTranslation('review');
  return (
    <>
      <p className="muted list-count" role="status">
        {t('shown', { count: shown })}
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
