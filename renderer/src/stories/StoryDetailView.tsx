import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryDetail } from '../../../shared/capture/story';
import { api, type ApiError } from '../api/client';
import { useCurrentUser } from '../app/session';
import { canDeleteStories } from '../people/roles';
import { hrefOf } from '../shell/areas';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AboutPanel } from './detail/AboutPanel';
import { AuditHistory } from './detail/AuditHistory';
import { ConsentPanel } from './detail/ConsentPanel';
import { ContactPanel } from './detail/ContactPanel';
import { DeletePanel } from './detail/DeletePanel';
import { ProvenancePanel } from './detail/ProvenancePanel';
import { RevisePanel } from './detail/RevisePanel';
import { RevisionHistory } from './detail/RevisionHistory';
import { SafeguardingPanel } from './detail/SafeguardingPanel';
import { StatusPanel } from './detail/StatusPanel';
import { TranslationPanel } from './detail/TranslationPanel';
import { WordsPanel } from './detail/WordsPanel';
import { SafeguardingFlag } from './SafeguardingFlag';
import { StatusBadge } from './StatusBadge';

type Loaded = { state: 'loading' } | { state: 'loaded'; story: StoryDetail } | { state: 'failed'; error: ApiError } | { state: 'deleted' };

/** One story in full: the words exactly, where they came from, consent, corrections and history. */
export function StoryDetailView({ storyId, onBack }: { storyId: string; onBack(): void }) {
  const { t } = useTranslation('stories');
  useDocumentTitle(t('detail.pageTitle'));
  const user = useCurrentUser();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    void api.getStory({ id: storyId }).then((answer) => {
      if (live) setLoaded(answer.ok ? { state: 'loaded', story: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [storyId]);

  const changed = (story: StoryDetail) => setLoaded({ state: 'loaded', story });
  const story = loaded.state === 'loaded' ? loaded.story : null;
  const mayRevise = story !== null && user !== null && (user.role !== 'outreach' || story.recordedById === user.id);

  return (
    <section className="area area-wide story-detail" aria-labelledby="area-heading">
      <a
        className="back-link"
        href={hrefOf('stories')}
        onClick={(event) => {
          event.preventDefault();
          onBack();
        }}
      >
        {t('detail.back')}
      </a>
      <header className="area-header story-detail-header">
        <ScreenHeading id="area-heading" focusKey={`story-${storyId}`}>
          {t('detail.title')}
        </ScreenHeading>
        {story ? (
          <div className="story-item-flags">
            {story.safeguarding.flagged ? <SafeguardingFlag /> : null}
            <StatusBadge status={story.status} />
          </div>
        ) : null}
      </header>
      {loaded.state === 'loading' ? (
        <p className="muted" role="status">
          {t('detail.loading')}
        </p>
      ) : null}
      {loaded.state === 'failed' ? <ErrorAlert error={loaded.error} id="story-error" /> : null}
      {loaded.state === 'deleted' ? (
        <p className="notice notice-success" role="status">
          {t('detail.deleted')}
        </p>
      ) : null}
      {story ? (
        <div className="detail-grid">
          <div className="detail-main">
            <WordsPanel story={story} />
            <TranslationPanel story={story} onChanged={changed} />
            {mayRevise ? <RevisePanel story={story} onChanged={changed} /> : null}
            <RevisionHistory story={story} />
            <AuditHistory story={story} />
          </div>
          <div className="detail-side">
            <ProvenancePanel story={story} />
            <SafeguardingPanel story={story} onChanged={changed} />
            <StatusPanel story={story} onChanged={changed} />
            <ConsentPanel story={story} onChanged={changed} />
            <ContactPanel story={story} onChanged={changed} />
            <AboutPanel story={story} />
            {user && canDeleteStories(user.role) ? <DeletePanel story={story} onDeleted={() => setLoaded({ state: 'deleted' })} /> : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
