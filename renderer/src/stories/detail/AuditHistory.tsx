import { useTranslation } from 'react-i18next';
import type { StoryDetail } from '../../../../shared/capture/story';
import { formatDateTime } from '../../ui/format';
import { Panel } from './Panel';

/** The audit entries for this story, oldest first, as the hash-chained log holds them. */
export function AuditHistory({ story }: { story: StoryDetail }) {
  const { t } = useTranslation('stories');
  return (
    <Panel id="story-history" title={t('detail.historyTitle')}>
      <p className="panel-intro">{t('detail.historyIntro')}</p>
      <ol className="history-list">
        {story.history.map((entry) => (
          <li key={entry.seq} className="history-entry" data-testid="history-entry">
            <span className="history-action">{t(`audit.${entry.action}`)}</span>
            <span className="history-meta">
              {entry.actorName ?? t('detail.historyUnknown')} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
