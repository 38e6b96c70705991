import { useTranslation } from 'react-i18next';
import type { RecommendationDetail } from '../../../../shared/recommendations/schemas';
import { Panel } from '../../stories/detail/Panel';
import { formatDay } from '../../ui/format';

/** What is recommended, to whom, about what, and where it stands. */
export function RecommendationFacts({ recommendation, onEdit }: { recommendation: RecommendationDetail; onEdit: (() => void) | null }) {
  const { t } = useTranslation('recommendations');
  return (
    <Panel id="recommendation-about" title={t('recommendation.aboutTitle')}>
      <dl className="facts">
        <div className="fact">
          <dt>{t('fields.organisation')}</dt>
          <dd dir="auto">{recommendation.organisation.name}</dd>
        </div>
        <div className="fact">
          <dt>{t('fields.services')}</dt>
          <dd>{recommendation.services.map((s) => s.name).join(', ') || t('fields.noService')}</dd>
        </div>
        <div className="fact">
          <dt>{t('plan.status')}</dt>
          <dd data-testid="recommendation-status">{t(`statuses.${recommendation.status}`)}</dd>
        </div>
        <div className="fact fact-wide">
          <dt>{t('recommendation.body')}</dt>
          <dd className="pre-wrap" dir="auto">
            {recommendation.body}
          </dd>
        </div>
      </dl>
      {onEdit ? (
        <button type="button" className="button button-secondary button-small" onClick={onEdit}>
          {t('recommendation.edit')}
        </button>
      ) : null}
    </Panel>
  );
}

/** The organisation's response, in their words exactly as received. */
export function ResponsePanel({ recommendation }: { recommendation: RecommendationDetail }) {
  const { t } = useTranslation('recommendations');
  const response = recommendation.response;
  if (!response) return null;
  return (
    <Panel id="response" title={t('response.shownTitle')}>
      <dl className="facts">
        <div className="fact">
          <dt>{t('response.decision')}</dt>
          <dd>{t(`decisions.${response.decision}`)}</dd>
        </div>
        <div className="fact">
          <dt>{t('response.receivedOn')}</dt>
          <dd>
            {formatDay(response.receivedOn)}
            {response.late && recommendation.dueOn ? <span className="flag flag-overdue"> {t('response.late', { date: formatDay(recommendation.dueOn) })}</span> : null}
          </dd>
        </div>
        <div className="fact fact-wide">
          <dt>{t('response.theirWords')}</dt>
          <dd>
            <p className="verbatim pre-wrap" dir="auto" data-testid="response-words">
              {response.words}
            </p>
          </dd>
        </div>
      </dl>
    </Panel>
  );
}
