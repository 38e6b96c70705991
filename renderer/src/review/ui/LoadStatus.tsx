import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { ReviewError } from './ReviewError';

interface LoadStatusProps {
  load: { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'loaded' };
  /** How many were loaded: none shows `empty`. */
  count: number;
  errorId: string;
  empty: ReactNode;
  /** Announce the empty message (when it answers something the person just did, such as a search). */
  announceEmpty?: boolean;
}

/** What a Review list shows instead of its items: loading, why it failed, or that there are none. Nothing once it has items. */
export function LoadStatus({ load, count, errorId, empty, announceEmpty = false }: LoadStatusProps) {
  const { t } = useTranslation('review');
  if (load.state === 'loading') {
    return (
      <p className="muted" role="status">
        {t('loading')}
      </p>
    );
  }
  if (load.state === 'failed') return <ReviewError error={load.error} id={errorId} />;
  if (count > 0) return null;
  return (
    <p className="empty-state empty-state-title" role={announceEmpty ? 'status' : undefined}>
      {empty}
    </p>
  );
}
