import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import { LoadStatus } from '../../review/ui/LoadStatus';
import { Panel } from '../../stories/detail/Panel';
import { formatDay } from '../../ui/format';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { canChangePlan, reportSub } from '../action-plan-routes';
import { HistoryPanel, UpdatesPanel } from '../plan/UpdatesPanel';
import { UpdateForm } from '../plan/UpdateForm';
import { usePlanChoices } from '../plan/use-plan-choices';
import { BackLink, type Go } from '../ui/PlanLink';
import { useAnswer } from '../ui/use-answer';
import { EvidencePanel } from './EvidencePanel';
import { RecommendationFacts, ResponsePanel } from './RecommendationFacts';
import { RecommendationForm } from './RecommendationForm';
import { ResponseForm } from './ResponseForm';
import { SendPanel } from './SendPanel';

/**
 * One recommendation from writing to months later: what it asks, of whom, the
 * evidence (anonymised when asked, as the organisation would see it), sending, the
 * response in their words, and progress.
 */
export function RecommendationScreen({ recommendationId, go }: { recommendationId: string; go: Go }) {
  const { t } = useTranslation('recommendations');
  useDocumentTitle(t('recommendation.pageTitle'));
  const staff = canChangePlan(useCurrentUser()?.role);
  const [asOrganisation, setAsOrganisation] = useState(false);
  const [editing, setEditing] = useState(false);
  const { answer, set, reload } = useAnswer(useCallback(() => api.getRecommendation({ id: recommendationId, anonymised: asOrganisation }), [recommendationId, asOrganisation]));
  const { stakeholders, services } = usePlanChoices(staff);
  const recommendation = answer.state === 'loaded' ? answer.value : null;
  const draft = recommendation?.status === 'draft';
  // Anything that changed the recommendation answers with it as the staff view shows it.
  const changed = (next: NonNullable<typeof recommendation>) => (asOrganisation ? reload() : set(next));
  return (
    <section className="area area-wide action-plan" aria-labelledby="recommendation-heading">
      {recommendation ? <BackLink sub={reportSub(recommendation.reportId)} label={t('backToReport', { title: recommendation.reportTitle })} go={go} /> : null}
      <header className="area-header">
        <ScreenHeading id="recommendation-heading" focusKey={recommendationId}>
          {recommendation ? recommendation.title : t('recommendation.pageTitle')}
        </ScreenHeading>
      </header>
      <LoadStatus load={answer} count={recommendation ? 1 : 0} errorId="recommendation-error" empty="" />
      {recommendation ? (
        <div className="detail-grid">
          <div className="detail-main">
            {editing ? (
              <Panel id="recommendation-edit" title={t('recommendation.editTitle')}>
                <RecommendationForm
                  reportId={recommendation.reportId}
                  stakeholders={stakeholders}
                  services={services}
                  serviceIds={recommendation.services.map((s) => s.id)}
                  recommendation={recommendation}
                  onCancel={() => setEditing(false)}
                  onSaved={(saved) => {
                    setEditing(false);
                    changed(saved);
                  }}
                />
              </Panel>
            ) : (
              <RecommendationFacts recommendation={recommendation} onEdit={staff && draft ? () => setEditing(true) : null} />
            )}
            {recommendation.response ? <ResponsePanel recommendation={recommendation} /> : null}
            {staff ? (
              <div className="checkbox evidence-view no-print">
                <input id="evidence-as-organisation" type="checkbox" checked={asOrganisation} onChange={(event) => setAsOrganisation(event.target.checked)} />
                <label htmlFor="evidence-as-organisation" className="checkbox-label">
                  {t('evidence.asOrganisation')}
                </label>
              </div>
            ) : null}
            <EvidencePanel recommendation={recommendation} editable={staff && draft && !asOrganisation} linkToStories={staff && !asOrganisation} onChanged={changed} />
            {staff && draft ? <SendPanel recommendation={recommendation} onSent={changed} /> : null}
            {staff && recommendation.status === 'awaiting-response' ? <ResponseForm recommendation={recommendation} onRecorded={changed} /> : null}
            {staff && recommendation.response ? <UpdateForm item={{ kind: 'recommendation', id: recommendation.id }} onRecorded={reload} /> : null}
          </div>
          <div className="detail-side">
            {recommendation.sentOn ? (
              <Panel id="recommendation-dates" title={t('recommendation.datesTitle')}>
                <dl className="facts">
                  <div className="fact">
                    <dt>{t('plan.sentOn')}</dt>
                    <dd>
                      {formatDay(recommendation.sentOn)}
                      {recommendation.sentByName ? ` (${recommendation.sentByName})` : ''}
                    </dd>
                  </div>
                  <div className="fact">
                    <dt>{t('recommendation.responseDue')}</dt>
                    <dd data-testid="response-due">{recommendation.dueOn ? formatDay(recommendation.dueOn) : ''}</dd>
                  </div>
                  <div className="fact">
                    <dt>{t('fields.nextReview')}</dt>
                    <dd>{recommendation.nextReviewOn ? formatDay(recommendation.nextReviewOn) : t('none')}</dd>
                  </div>
                </dl>
              </Panel>
            ) : null}
            <UpdatesPanel updates={recommendation.updates} />
            <HistoryPanel history={recommendation.history} />
          </div>
        </div>
      ) : null}
    </section>
  );
}
