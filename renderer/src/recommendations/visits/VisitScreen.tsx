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
import { usePlanChoices } from '../plan/use-plan-choices';
import { ReportForm } from '../reports/ReportForm';
import { BackLink, PlanLink, type Go } from '../ui/PlanLink';
import { useAnswer } from '../ui/use-answer';
import { ObservationForm } from './ObservationForm';

/** One visit: who goes, what was observed (stories), and its report with recommendations. */
export function VisitScreen({ visitId, go }: { visitId: string; go: Go }) {
  const { t } = useTranslation('recommendations');
  useDocumentTitle(t('visits.pageTitle'));
  const user = useCurrentUser();
  const staff = canChangePlan(user?.role);
  const { answer, set } = useAnswer(useCallback(() => api.getVisit({ id: visitId }), [visitId]));
  const { services } = usePlanChoices(staff);
  const [writing, setWriting] = useState(false);
  const visit = answer.state === 'loaded' ? answer.value : null;
  const representative = visit?.representatives.some((r) => r.id === user?.id) ?? false;
  const title = visit ? t('visits.itemTitle', { service: visit.service.name, date: formatDay(visit.visitOn) }) : t('visits.pageTitle');
  return (
    <section className="area area-wide action-plan" aria-labelledby="visit-heading">
      <BackLink sub="visits" label={t('backToVisits')} go={go} />
      <header className="area-header">
        <ScreenHeading id="visit-heading" focusKey={visitId}>
          {title}
        </ScreenHeading>
      </header>
      <LoadStatus load={answer} count={visit ? 1 : 0} errorId="visit-error" empty="" />
      {visit ? (
        <div className="detail-grid">
          <div className="detail-main">
            <Panel id="visit-observations" title={t('observation.listTitle', { count: visit.observations })}>
              {visit.observationList.length === 0 ? <p className="muted">{t('observation.none')}</p> : null}
              <ul className="story-list">
                {visit.observationList.map((o) => (
                  <li key={o.id} className="story-item" data-testid="observation">
                    <p className="story-excerpt verbatim pre-wrap" dir="auto">
                      {o.excerpt}
                    </p>
                    <p className="story-meta">{o.wordsKind === 'own-words' ? t('observation.ownWords') : t('observation.seen')}</p>
                  </li>
                ))}
              </ul>
            </Panel>
            {staff || representative ? (
              <Panel id="observation-new" title={t('observation.title')}>
                <ObservationForm visit={visit} onSaved={set} />
              </Panel>
            ) : null}
          </div>
          <div className="detail-side">
            <Panel id="visit-about" title={t('visits.aboutTitle')}>
              <dl className="facts">
                <div className="fact">
                  <dt>{t('visits.representatives')}</dt>
                  <dd>{visit.representatives.map((r) => r.name).join(', ')}</dd>
                </div>
                <div className="fact fact-wide">
                  <dt>{t('visits.purpose')}</dt>
                  <dd className="pre-wrap" dir="auto">
                    {visit.purpose || t('none')}
                  </dd>
                </div>
              </dl>
            </Panel>
            <Panel id="visit-report" title={t('visits.reportTitle')}>
              {visit.reportId ? (
                <PlanLink sub={reportSub(visit.reportId)} go={go}>
                  {t('visits.openReport')}
                </PlanLink>
              ) : staff && writing ? (
                <ReportForm
                  services={services}
                  visit={{ id: visit.id, serviceId: visit.service.id, title: t('visits.reportName', { service: visit.service.name }) }}
                  onCancel={() => setWriting(false)}
                  onSaved={(report) => go('action-plan', reportSub(report.id))}
                />
              ) : staff ? (
                <button type="button" className="button button-secondary" onClick={() => setWriting(true)}>
                  {t('visits.writeReport')}
                </button>
              ) : (
                <p className="muted">{t('visits.noReport')}</p>
              )}
            </Panel>
          </div>
        </div>
      ) : null}
    </section>
  );
}
