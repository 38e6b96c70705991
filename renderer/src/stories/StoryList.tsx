import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorySummary } from '../../../shared/capture/story';
import { api, type ApiError } from '../api/client';
import { useCurrentUser, useSession } from '../app/session';
import { storyScopesFor, type StoryScope } from '../people/roles';
import { hrefOf } from '../shell/areas';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { StoryListItem } from './StoryListItem';

const PAGE_SIZE = 25;

type Page = { state: 'loading' } | { state: 'loaded'; items: StorySummary[]; next: string | null; more: boolean } | { state: 'failed'; error: ApiError };

/** Stories the signed-in person may see, newest first, a page at a time (keyset cursor). */
export function StoryList({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation('stories');
  useDocumentTitle(t('title'));
  const user = useCurrentUser();
  const eventId = useSession((state) => state.person?.currentEventId ?? null);
  const scopes = storyScopesFor(user?.role ?? 'volunteer', eventId !== null);
  const preferred: StoryScope = user?.role === 'outreach' ? (eventId ? 'event' : 'mine') : 'all';
  const [scope, setScope] = useState<StoryScope>(preferred);
  const [page, setPage] = useState<Page>({ state: 'loading' });
  const [moreError, setMoreError] = useState<ApiError | null>(null);

  const request = useCallback(
    (after: string | null) => api.listStories({ scope, limit: PAGE_SIZE, ...(scope === 'event' && eventId ? { eventId } : {}), ...(after ? { after } : {}) }),
    [scope, eventId],
  );

  useEffect(() => {
    let live = true;
    void request(null).then((answer) => {
      if (!live) return;
      setMoreError(null);
      setPage(answer.ok ? { state: 'loaded', items: answer.value.items, next: answer.value.nextCursor, more: false } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [request]);

  const loadMore = async () => {
    if (page.state !== 'loaded' || !page.next || page.more) return;
    const { items, next } = page;
    setPage({ ...page, more: true });
    const answer = await request(next);
    if (!answer.ok) {
      setMoreError(answer.error);
      setPage({ state: 'loaded', items, next, more: false });
      return;
    }
    setMoreError(null);
    setPage({ state: 'loaded', items: [...items, ...answer.value.items], next: answer.value.nextCursor, more: false });
  };

  return (
    <section className="area area-wide" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey="stories">
          {t('title')}
        </ScreenHeading>
      </header>
      {scopes.length > 1 ? (
        <ChoiceGroup
          id="stories-scope"
          className="scope-choice"
          legend={t('scopeLegend')}
          inline
          choices={scopes.map((value) => ({ value, label: t(`scopes.${value}`) }))}
          value={scope}
          onChange={(next) => {
            setPage({ state: 'loading' });
            setScope(next);
          }}
        />
      ) : null}
      {page.state === 'loading' ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : null}
      {page.state === 'failed' ? <ErrorAlert error={page.error} id="stories-error" /> : null}
      {page.state === 'loaded' && page.items.length === 0 ? <p className="empty-state empty-state-title">{t(`empty.${scope}`)}</p> : null}
      {page.state === 'loaded' && page.items.length > 0 ? (
        <>
          <ul className="story-list" aria-label={t('listLabel')}>
            {page.items.map((story) => (
              <StoryListItem key={story.id} story={story} href={hrefOf('stories', story.id)} onOpen={onOpen} />
            ))}
          </ul>
          <p className="muted list-count" role="status">
            {t('shown', { count: page.items.length })}
          </p>
          {moreError ? <ErrorAlert error={moreError} id="stories-more-error" /> : null}
          {page.next ? (
            <button type="button" className="button button-secondary" onClick={() => void loadMore()} aria-disabled={page.more || undefined}>
              {page.more ? t('loadingMore') : t('loadMore')}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
