import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryDetail } from '../../../../shared/capture/story';
import type { StoryStatus } from '../../../../shared/capture/vocabulary';
import type { MaskCheckState } from '../../../../shared/masks/schemas';
import { api, type ApiError } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import type { Area } from '../../shell/areas';
import { hrefOf } from '../../shell/areas';
import { SafeguardingFlag } from '../../stories/SafeguardingFlag';
import { StatusBadge } from '../../stories/StatusBadge';
import { formatDateTime, formatDay } from '../../ui/format';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CheckBadge } from '../../masks/CheckBadge';
import { isStaff, reviewSub } from '../review-routes';
import { BackLink, FlashNotice, ReviewLink } from '../ui/ReviewLayout';
import { ReviewError } from '../ui/ReviewError';
import { StatusActions } from './StatusActions';
import { lastReturnReason, statusChangeOf } from './status-history';

type Go = (area: Area, sub?: string | null) => void;
type Loaded = { state: 'loading' } | { state: 'loaded'; story: StoryDetail } | { state: 'failed'; error: ApiError };

/** One story in the review workflow: its words, where it is, what can be done next, and its history. */
export function ReviewStoryScreen({ storyId, go }: { storyId: string; go: Go }) {
  const { t } = useTranslation(['review', 'vocabulary', 'stories']);
  useDocumentTitle(t('story.pageTitle'));
  const user = useCurrentUser();
  const staff = isStaff(user?.role);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [checkState, setCheckState] = useState<MaskCheckState | null>(null);
  const [moved, setMoved] = useState<StoryStatus | null>(null);

  const load = useCallback(async () => {
    const answer = await api.getStory({ id: storyId });
    setLoaded(answer.ok ? { state: 'loaded', story: answer.value } : { state: 'failed', error: answer.error });
    if (answer.ok && staff) {
      const check = await api.getMaskReview({ id: storyId });
      setCheckState(check.ok ? check.value.state : null);
    }
  }, [storyId, staff]);

  useEffect(() => {
    let live = true;
    void api.getStory({ id: storyId }).then(async (answer) => {
      if (!live) return;
      setLoaded(answer.ok ? { state: 'loaded', story: answer.value } : { state: 'failed', error: answer.error });
      if (answer.ok && staff) {
        const check = await api.getMaskReview({ id: storyId });
        if (live) setCheckState(check.ok ? check.value.state : null);
      }
    });
    return () => {
      live = false;
    };
  }, [storyId, staff]);

  const story = loaded.state === 'loaded' ? loaded.story : null;
  const reason = story ? lastReturnReason(story.history) : null;
  const back = staff ? reviewSub.status(story && story.status !== 'draft' ? story.status : 'submitted') : 'returned';

  return (
    <section className="area area-wide review story-detail" aria-labelledby="area-heading">
      <BackLink sub={back} label={staff ? t('story.back') : t('story.backReturned')} go={go} />
      <header className="area-header story-detail-header">
        <ScreenHeading id="area-heading" focusKey={`review-story-${storyId}`}>
          {t('story.title')}
        </ScreenHeading>
        {story ? (
          <div className="story-item-flags">
            {story.safeguarding.flagged ? <SafeguardingFlag /> : null}
            <StatusBadge status={story.status} />
          </div>
        ) : null}
      </header>
      <FlashNotice message={moved ? t('story.moved', { status: t(`vocabulary:statuses.${moved}`) }) : null} />
      {loaded.state === 'loading' ? (
        <p className="muted" role="status">
          {t('story.loading')}
        </p>
      ) : null}
      {loaded.state === 'failed' ? <ReviewError error={loaded.error} id="review-story-error" /> : null}
      {story && user ? (
        <div className="detail-grid">
          <div className="detail-main">
            {story.status === 'returned' ? (
              <div className="notice notice-warning review-returned-notice" data-testid="returned-notice">
                <p className="review-returned-notice-lead">{user.id === story.recordedById ? t('story.returnedToYou') : t('story.returnedTo', { name: story.recordedByName })}</p>
                <p className="review-returned-notice-reason" dir="auto">
                  {reason ?? t('story.noReason')}
                </p>
              </div>
            ) : null}
            <section className="panel" aria-labelledby="review-words-title">
              <h2 className="panel-title" id="review-words-title">
                {t('story.wordsTitle')}
              </h2>
              <p className="muted">
                {t('story.revision', { current: story.revisions.length })}{' '}
                <a href={hrefOf('stories', story.id)}>{staff ? t('story.openFull') : t('story.correct')}</a>
              </p>
              <div className="verbatim" dir="auto" data-testid="review-story-text">
                {story.text}
              </div>
              {story.translation ? (
                <>
                  <h3 className="review-subtitle">{t('story.translation')}</h3>
                  <div className="verbatim verbatim-translation" dir="auto">
                    {story.translation}
                  </div>
                </>
              ) : null}
            </section>
            <StatusHistoryPanel story={story} />
          </div>
          <div className="detail-side">
            <StatusActions
              key={story.status}
              storyId={story.id}
              status={story.status}
              role={user.role}
              checkState={checkState}
              takeFocus={moved !== null}
              onMoved={(to) => {
                setMoved(to);
                void load();
              }}
            />
            {staff ? (
              <section className="panel" aria-labelledby="review-check-title">
                <h2 className="panel-title" id="review-check-title">
                  {t('story.checkTitle')}
                </h2>
                {checkState ? (
                  <p>
                    <CheckBadge state={checkState} />
                  </p>
                ) : null}
                <p className="panel-intro">{t('story.checkIntro')}</p>
                <ReviewLink className="button button-secondary" sub={reviewSub.check(story.id)} go={go}>
                  {checkState === 'checked' ? t('story.checkAgain') : t('story.checkNow')}
                </ReviewLink>
              </section>
            ) : null}
            <section className="panel" aria-labelledby="review-facts-title">
              <h2 className="panel-title" id="review-facts-title">
                {t('story.factsTitle')}
              </h2>
              <dl className="facts">
                <div className="fact">
                  <dt>{t('stories:detail.heardOn')}</dt>
                  <dd>{formatDay(story.heardOn)}</dd>
                </div>
                <div className="fact">
                  <dt>{t('stories:detail.channel')}</dt>
                  <dd>{t(`vocabulary:channels.${story.channel}`)}</dd>
                </div>
                <div className="fact">
                  <dt>{t('stories:detail.event')}</dt>
                  <dd dir="auto">{story.event ? story.event.name : t('stories:detail.noEvent')}</dd>
                </div>
                <div className="fact">
                  <dt>{t('stories:detail.recordedBy')}</dt>
                  <dd dir="auto">{story.recordedByName}</dd>
                </div>
                <div className="fact">
                  <dt>{t('story.shareConsent')}</dt>
                  <dd>{story.consent.share ? t('stories:detail.yes') : t('stories:detail.no')}</dd>
                </div>
              </dl>
            </section>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** The story's history, oldest first; status changes say from what to what, and why. */
function StatusHistoryPanel({ story }: { story: StoryDetail }) {
  const { t } = useTranslation(['review', 'stories', 'vocabulary']);
  return (
    <section className="panel" aria-labelledby="review-history-title" data-testid="review-history">
      <h2 className="panel-title" id="review-history-title">
        {t('story.historyTitle')}
      </h2>
      <p className="panel-intro">{t('stories:detail.historyIntro')}</p>
      <ol className="history-list">
        {story.history.map((entry) => {
          const change = statusChangeOf(entry);
          return (
            <li key={entry.seq} className="history-entry" data-testid="review-history-entry">
              <span className="history-action">
                {change && change.from && change.to
                  ? t('story.statusChange', { from: t(`vocabulary:statuses.${change.from}`), to: t(`vocabulary:statuses.${change.to}`) })
                  : t(`stories:audit.${entry.action}`)}
              </span>
              <span className="history-meta">
                {entry.actorName ?? t('stories:detail.historyUnknown')} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </span>
              {change?.reason ? (
                <span className="review-history-reason" dir="auto">
                  {t('story.reasonGiven', { reason: change.reason })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
