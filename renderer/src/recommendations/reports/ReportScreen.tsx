import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import { LoadStatus } from '../../review/ui/LoadStatus';
import { Panel } from '../../stories/detail/Panel';
import { formatDay } from '../../ui/format';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { canChangePlan, recommendationSub, visitSub } from '../action-plan-routes';
import { usePlanChoices } from '../plan/use-plan-choices';
import { RecommendationForm } from '../recommendation/RecommendationForm';
import { BackLink, PlanLink, type Go } from '../ui/PlanLink';
import { useAnswer } from '../ui/use-answer';
import { ReportForm } from './ReportForm';

/** A report: what it covers, its recommendations (drafts and sent), and a new one. */
export function ReportScreen({ reportId, go }: { reportId: string; go: Go }) {
  const { t } = useTranslation('recommendations');
  useDocumentTitle(t('report.pageTitle'));
  const staff = canChangePlan(useCurrentUser()?.role);
  const { answer, set } = useAnswer(useCallback(() => api.getReport({ id: reportId }), [reportId]));
  const { stakeholders, services } = usePlanChoices(staff);
  const [editing, setEditing] = useState(false);
  const report = answer.state === 'loaded' ? answer.value : null;
  return (
    <section className="area area-wide action-plan" aria-labelledby="report-heading">
      <BackLink sub="reports" label={t('backToReports')} go={go} />
      <header className="area-header">
        <ScreenHeading id="report-heading" focusKey={reportId}>
          {report ? report.title : t('report.pageTitle')}
        </ScreenHeading>
      </header>
      <LoadStatus load={answer} count={report ? 1 : 0} errorId="report-error" empty="" />
      {report ? (
        <div className="detail-grid">
          <div className="detail-main">
            <Panel id="report-recommendations" title={t('report.recommendationsTitle')}>
              {report.items.length === 0 ? <p className="muted">{t('report.noRecommendations')}</p> : null}
              <ul className="plan-list">
                {report.items.map((item) => (
                  <li key={item.id} className="plan-item" data-testid="report-recommendation">
                    <h3 className="plan-item-title">
                      <PlanLink sub={recommendationSub(item.id)} go={go}>
                        <span dir="auto">{item.title}</span>
                      </PlanLink>
                    </h3>
                    <p className="story-meta">
                      <span dir="auto">{item.organisation.name}</span> · {t(`statuses.${item.status}`)}
                      {item.dueOn ? ` · ${t('plan.next.response', { date: formatDay(item.dueOn) })}` : ''}
                    </p>
                  </li>
                ))}
              </ul>
            </Panel>
            {staff ? (
              <Panel id="recommendation-new" title={t('recommendation.newTitle')}>
                <RecommendationForm
                  key={report.items.length}
                  reportId={report.id}
                  stakeholders={stakeholders}
                  services={services}
                  serviceIds={report.services.map((s) => s.id)}
                  onSaved={(saved) => go('action-plan', recommendationSub(saved.id))}
                />
              </Panel>
            ) : null}
          </div>
          <div className="detail-side">
            <Panel id="report-about" title={t('report.aboutTitle')}>
              {editing ? (
                <ReportForm
                  services={services}
                  report={report}
                  onCancel={() => setEditing(false)}
                  onSaved={(saved) => {
                    setEditing(false);
                    set(saved);
                  }}
                />
              ) : (
                <>
                  <dl className="facts">
                    <div className="fact">
                      <dt>{t('report.publishedOn')}</dt>
                      <dd>{report.publishedOn ? formatDay(report.publishedOn) : t('report.notPublished')}</dd>
                    </div>
                    <div className="fact">
                      <dt>{t('report.services')}</dt>
                      <dd>{report.services.map((s) => s.name).join(', ') || t('fields.noService')}</dd>
                    </div>
                    {report.visitId ? (
                      <div className="fact">
                        <dt>{t('report.visit')}</dt>
                        <dd>
                          <PlanLink sub={visitSub(report.visitId)} go={go}>
                            {t('report.openVisit')}
                          </PlanLink>
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                  {staff ? (
                    <button type="button" className="button button-secondary button-small" onClick={() => setEditing(true)}>
                      {t('report.edit')}
                    </button>
                  ) : null}
                </>
              )}
            </Panel>
          </div>
        </div>
      ) : null}
    </section>
  );
}
