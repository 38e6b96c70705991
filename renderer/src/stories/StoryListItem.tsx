import { useTranslation } from 'react-i18next';
import type { StorySummary } from '../../../shared/capture/story';
import { formatDay } from '../ui/format';
import { SafeguardingFlag } from './SafeguardingFlag';
import { StatusBadge } from './StatusBadge';

/** One story in the list: flags first, then the opening words, then where and who. */
export function StoryListItem({ story, href, onOpen }: { story: StorySummary; href: string; onOpen(id: string): void }) {
  const { t } = useTranslation(['stories', 'vocabulary']);
  const date = formatDay(story.heardOn);
  return (
    <li className={story.safeguarding ? 'story-item story-item-flagged' : 'story-item'} data-testid="story-item">
      <div className="story-item-flags">
        {story.safeguarding ? <SafeguardingFlag /> : null}
        <StatusBadge status={story.status} />
        {story.revisions > 1 ? <span className="badge badge-neutral">{t('corrected')}</span> : null}
      </div>
      <p className="story-excerpt" dir="auto">
        {story.excerpt}
      </p>
      <p className="story-meta">
        {t('heardOn', { date })}
        {story.eventName ? (
          <>
            {' '}
            {t('atEvent', { event: story.eventName })}
          </>
        ) : null}
        {' · '}
        {t(`vocabulary:channels.${story.channel}`)}
        {' · '}
        {t('recordedBy', { name: story.recordedByName })}
      </p>
      <a
        className="story-open"
        href={href}
        onClick={(event) => {
          event.preventDefault();
          onOpen(story.id);
        }}
      >
        {t('open')}
        <span className="visually-hidden">, {t('openDetail', { date, name: story.recordedByName })}</span>
      </a>
    </li>
  );
}
