import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryDetail } from '../../../shared/capture/story';
import { api, type ApiError } from '../api/client';
import { useCurrentUser } from '../app/session';
import { canDeleteStories } from '../users/roles';
import { hrefOf } from '../shell/areas';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { canTag } from '../workbench/roles';
import { StoryNavigator } from '../workbench/search/StoryNavigator';
import type { Highlight, Span } from '../workbench/tagging/passage-offsets';
import { PENDING } from '../workbench/tagging/PassageText';
import { TaggingPanel } from '../workbench/tagging/TaggingPanel';
import { useCodes, useStoryTags } from '../workbench/tagging/use-tags';
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

/**
 * One story in full: the words exactly, where they came from, consent, corrections
 * and history; for staff and administrators, its themes and sentiment, with the
 * tagged passages highlighted over the words.
 */
export function StoryDetailView({ storyId, onBack, onOpen }: { storyId: string; onBack(): void; onOpen?(id: string): void }) {
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

  const story = loaded.state === 'loaded' ? loaded.story : null;
  const mayRevise = story !== null && user !== null && (user.role !== 'outreach' || story.recordedById === user.id);
  const tagging = user !== null && canTag(user.role);
  const { tags, setTags, error: tagsError } = useStoryTags(storyId, tagging);
  const { codes } = useCodes(tagging);
  const [pending, setPending] = useState<Span | null>(null);
  const [focusedTag, setFocusedTag] = useState<number | null>(null);
  const currentRevision = story?.revisions.at(-1)?.revision ?? 1;
  const highlights = useMemo((): Highlight[] => {
    const passages = (tags ?? []).flatMap((tag) =>
      tag.passage && tag.passage.revision === currentRevision ? [{ start: tag.passage.start, end: tag.passage.end, key: String(tag.id) }] : [],
    );
    return pending ? [...passages, { ...pending, key: PENDING }] : passages;
  }, [tags, pending, currentRevision]);

  const changed = (next: StoryDetail) => {
    // A passage chosen in words that have since been corrected no longer fits them.
    if (next.revisions.length !== story?.revisions.length) setPending(null);
    setLoaded({ state: 'loaded', story: next });
  };

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
      {onOpen ? <StoryNavigator storyId={storyId} onGo={onOpen} /> : null}
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
            {tagging ? (
              <WordsPanel story={story} highlights={highlights} emphasis={focusedTag === null ? null : String(focusedTag)} onSelectPassage={setPending} />
            ) : (
              <WordsPanel story={story} />
            )}
            {tagging ? (
              <TaggingPanel
                story={story}
                tags={tags}
                tagsError={tagsError}
                onTags={setTags}
                codes={codes}
                pending={pending}
                onPending={setPending}
                onFocusTag={setFocusedTag}
              />
            ) : null}
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
