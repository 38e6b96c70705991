import { useTranslation } from 'react-i18next';
import type { StoryDetail } from '../../../../shared/capture/story';
import { formatDateTime } from '../../ui/format';
import { Panel } from './Panel';

/** Every revision of the words, newest first: text, who, when and why. */
export function RevisionHistory({ story }: { story: StoryDetail }) {
  const { t } = useTranslation('stories');
  const newestFirst = [...story.revisions].reverse();
  return (
    <Panel id="story-revisions" title={t('detail.revisionsTitle')}>
      <ol className="revision-list" reversed>
        {newestFirst.map((revision) => (
          <li key={revision.revision} className="revision" data-testid="revision">
            <h3 className="revision-title">{t('detail.revisionHeading', { revision: revision.revision })}</h3>
            <p className="revision-meta">
              {t('detail.revisionBy', { name: revision.revisedByName, when: formatDateTime(revision.revisedAt) })}
              {' · '}
              {revision.reason ? t('detail.revisionReason', { reason: revision.reason }) : t('detail.revisionFirst')}
            </p>
            <div className="verbatim verbatim-small" dir="auto" data-testid="revision-text">
              {revision.text}
            </div>
            <p className="revision-hash">
              <span className="visually-hidden">{t('detail.sha256')}: </span>
              <code className="hash">{revision.sha256}</code>
            </p>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
