import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import type { Area } from '../../shell/areas';
import { useFlashMessage } from '../review-flash';
import { FlashNotice } from '../ui/ReviewLayout';
import { useKeysetList } from '../ui/useKeysetList';
import { REVIEW_PAGE_SIZE, StoryHits } from './StatusLists';

/** For an outreach worker: the stories staff returned to them, each with the reason, to correct and resubmit. */
export function ReturnedToMe({ go }: { go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation('review');
  const flash = useFlashMessage();
  const user = useCurrentUser();
  const userId = user?.id ?? null;
  const request = useCallback(
    (after: string | null) =>
      api.searchStories({ query: '', filters: { statuses: ['returned'], ...(userId ? { recorderIds: [userId] } : {}) }, limit: REVIEW_PAGE_SIZE, ...(after ? { after } : {}) }),
    [userId],
  );
  const { page, moreError, loadMore } = useKeysetList(request);
  return (
    <div className="review-section" data-testid="returned-to-me">
      <h2 className="review-section-title">{t('returned.title')}</h2>
      <p className="review-intro">{t('returned.intro')}</p>
      <FlashNotice message={flash} />
      <StoryHits page={page} moreError={moreError} loadMore={loadMore} empty={t('returned.empty')} label={t('returned.listLabel')} go={go} openLabel={t('returned.open')} />
    </div>
  );
}
