import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaskReview } from '../../../shared/masks/schemas';
import { api, type ApiError } from '../api/client';
import type { Area } from '../shell/areas';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFlashMessage, useReviewFlash } from '../review/review-flash';
import { reviewSub } from '../review/review-routes';
import { BackLink, FlashNotice } from '../review/ui/ReviewLayout';
import { ReviewError } from '../review/ui/ReviewError';
import { CheckBadge } from './CheckBadge';
import { MaskChecker } from './MaskChecker';

type Go = (area: Area, sub?: string | null) => void;
type Loaded = { state: 'loading' } | { state: 'loaded'; review: MaskReview; version: number } | { state: 'failed'; error: ApiError };

/** The human check of one story's masks. */
export function MaskCheckScreen({ storyId, go }: { storyId: string; go: Go }) {
  const { t } = useTranslation('review');
  useDocumentTitle(t('check.pageTitle'));
  const flash = useFlashMessage();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [recorded, setRecorded] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.getMaskReview({ id: storyId }).then((answer) => {
      if (live) setLoaded(answer.ok ? { state: 'loaded', review: answer.value, version: 0 } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [storyId]);

  const reload = async () => {
    setLoaded({ state: 'loading' });
    const answer = await api.getMaskReview({ id: storyId });
    setLoaded((current) => (answer.ok ? { state: 'loaded', review: answer.value, version: current.state === 'loaded' ? current.version + 1 : 1 } : { state: 'failed', error: answer.error }));
  };

  /** After a check: on to the next story that needs one, or stay here if there is none. */
  const checked = async (review: MaskReview) => {
    const next = await api.listStoriesToCheck({ state: 'needs-check', limit: 5 });
    const nextId = next.ok ? next.value.items.find((item) => item.id !== storyId)?.id : undefined;
    if (nextId) {
      useReviewFlash.getState().leave(t('check.recordedNext'));
      go('review', reviewSub.check(nextId));
      return;
    }
    setRecorded(t('check.recordedLast'));
    setLoaded((current) => ({ state: 'loaded', review, version: current.state === 'loaded' ? current.version + 1 : 1 }));
  };

  const review = loaded.state === 'loaded' ? loaded.review : null;
  return (
    <section className="area area-wide review mask-check" aria-labelledby="area-heading">
      <BackLink sub="check" label={t('check.back')} go={go} />
      <header className="area-header story-detail-header">
        <ScreenHeading id="area-heading" focusKey={`check-${storyId}-${loaded.state === 'loaded' ? loaded.version : 0}`}>
          {t('check.title')}
        </ScreenHeading>
        {review ? <CheckBadge state={review.state} /> : null}
      </header>
      <FlashNotice message={recorded ?? flash} />
      {loaded.state === 'loading' ? (
        <p className="muted" role="status">
          {t('check.loading')}
        </p>
      ) : null}
      {loaded.state === 'failed' ? <ReviewError error={loaded.error} id="check-error" /> : null}
      {loaded.state === 'loaded' ? (
        <MaskChecker
          key={`${loaded.review.revision}-${loaded.version}`}
          review={loaded.review}
          onSaved={(saved) => void checked(saved)}
          onReload={() => {
            setRecorded(null);
            void reload();
          }}
          onEdited={() => setRecorded(null)}
        />
      ) : null}
    </section>
  );
}
