import { useTranslation } from 'react-i18next';
import type { StoryDetail } from '../../../../shared/capture/story';
import { formatDateTime, formatDay } from '../../ui/format';
import { Panel } from './Panel';

/** Where the story came from, and the services it is about. */
export function ProvenancePanel({ story }: { story: StoryDetail }) {
  const { t } = useTranslation(['stories', 'vocabulary']);
  return (
    <Panel id="story-provenance" title={t('detail.provenanceTitle')}>
      <dl className="facts">
        <div className="fact">
          <dt>{t('detail.channel')}</dt>
          <dd>{t(`vocabulary:channels.${story.channel}`)}</dd>
        </div>
        <div className="fact">
          <dt>{t('detail.event')}</dt>
          <dd dir="auto">{story.event ? `${story.event.name}, ${formatDay(story.event.heldOn)}` : t('detail.noEvent')}</dd>
        </div>
        <div className="fact">
          <dt>{t('detail.heardOn')}</dt>
          <dd>{formatDay(story.heardOn)}</dd>
        </div>
        <div className="fact">
          <dt>{t('detail.recordedBy')}</dt>
          <dd dir="auto">{story.recordedByName}</dd>
        </div>
        <div className="fact">
          <dt>{t('detail.recordedAt')}</dt>
          <dd>{formatDateTime(story.createdAt)}</dd>
        </div>
        <div className="fact">
          <dt>{t('detail.device')}</dt>
          <dd>
            <code className="hash">{story.deviceId}</code>
          </dd>
        </div>
        <div className="fact">
          <dt>{t('detail.servicesTitle')}</dt>
          <dd>
            {story.services.length === 0 ? (
              t('detail.noServices')
            ) : (
              <ul className="plain-list">
                {story.services.map((service) => (
                  <li key={service.id}>
                    <span dir="auto">{service.name}</span> <span className="muted">({t(`vocabulary:serviceTypes.${service.type}`)})</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </Panel>
  );
}
