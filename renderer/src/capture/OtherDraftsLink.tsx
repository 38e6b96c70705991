import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftOffer } from '../drafts/draft-offer';
import { useCapture } from './capture-store';
import { flushDraft } from './draft-autosave';

/** "2 unsaved drafts": the way back to drafts that were set aside. */
export function OtherDraftsLink() {
  const { t } = useTranslation('drafts');
  const count = useDraftOffer((state) => (state.status === 'done' ? state.drafts.length : 0));
  const check = useDraftOffer((state) => state.check);
  const show = useDraftOffer((state) => state.show);
  const draftId = useCapture((state) => state.draftId);

  // Look again whenever the story on screen changes (one may have been set aside, or
  // saved): after queued draft writes and deletions are done, so the count is true.
  useEffect(() => {
    void flushDraft().then(() => {
      if (useDraftOffer.getState().status === 'done') void check({ except: draftId, show: false });
    });
  }, [check, draftId]);

  if (count === 0) return null;
  return (
    <p className="other-drafts">
      <button type="button" className="button button-quiet button-small" onClick={show} aria-describedby="other-drafts-hint">
        {t('open', { count })}
      </button>{' '}
      <span className="muted" id="other-drafts-hint">
        {t('openHint')}
      </span>
    </p>
  );
}
