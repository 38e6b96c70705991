/**
 * On a story opened from Find stories: where it is in the results, and the
 * previous and next stories (J and K, or Alt+Down and Alt+Up, when not typing).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../shell/areas';
import { formatNumber } from '../../ui/format';
import { isTyping } from '../tagging/sentiment-keys';
import { useSearch } from './search-store';

export function StoryNavigator({ storyId, onGo }: { storyId: string; onGo(id: string): void }) {
  const { t } = useTranslation('workbench');
  const items = useSearch((state) => state.items);
  const nextCursor = useSearch((state) => state.nextCursor);
  const loadingMore = useSearch((state) => state.loadingMore);
  const total = useSearch((state) => (state.countsStatus === 'loaded' ? (state.counts?.total ?? null) : null));
  const index = items.findIndex((item) => item.id === storyId);
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = index >= 0 ? items[index + 1] : undefined;
  const canLoadMore = index >= 0 && next === undefined && nextCursor !== null;

  useEffect(() => {
    if (index < 0) return undefined;
    const go = async (step: 1 | -1) => {
      const search = useSearch.getState();
      let target = search.items[index + step];
      if (!target && step === 1 && search.nextCursor !== null) {
        await search.loadMore();
        target = useSearch.getState().items[index + 1];
      }
      if (!target) return;
      useSearch.getState().setActive(index + step);
      onGo(target.id);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const key = event.key;
      const nextKey = (!event.altKey && (key === 'j' || key === 'J')) || (event.altKey && key === 'ArrowDown');
      const previousKey = (!event.altKey && (key === 'k' || key === 'K')) || (event.altKey && key === 'ArrowUp');
      if (!nextKey && !previousKey) return;
      event.preventDefault();
      void go(nextKey ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, onGo]);

  if (index < 0) return null;
  const of = nextCursor === null ? items.length : total;
  const link = (id: string | undefined, label: string, keys: string, step: 1 | -1, className: string) =>
    id ? (
      <a
        className={`button button-secondary button-small ${className}`}
        href={hrefOf('stories', id)}
        aria-keyshortcuts={keys}
        onClick={(event) => {
          event.preventDefault();
          useSearch.getState().setActive(index + step);
          onGo(id);
        }}
      >
        {label}
      </a>
    ) : null;

  return (
    <nav className="wb-storynav" aria-label={t('storyNav.label')}>
      <p className="wb-storynav-position" data-testid="story-position">
        {of !== null ? t('storyNav.positionOf', { index: formatNumber(index + 1), total: formatNumber(of) }) : t('storyNav.position', { index: formatNumber(index + 1) })}
      </p>
      <div className="wb-storynav-links">
        {link(previous?.id, t('storyNav.previous'), 'K Alt+ArrowUp', -1, 'wb-storynav-previous')}
        {link(next?.id, t('storyNav.next'), 'J Alt+ArrowDown', 1, 'wb-storynav-next')}
        {canLoadMore ? (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-disabled={loadingMore || undefined}
            onClick={() => {
              void useSearch
                .getState()
                .loadMore()
                .then(() => {
                  const after = useSearch.getState().items[index + 1];
                  if (after) {
                    useSearch.getState().setActive(index + 1);
                    onGo(after.id);
                  }
                });
            }}
          >
            {t('storyNav.next')}
          </button>
        ) : null}
        <span className="muted wb-storynav-keys">{t('storyNav.keys')}</span>
      </div>
    </nav>
  );
}
