import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import { LoadStatus } from '../../review/ui/LoadStatus';
import { formatDay } from '../../ui/format';
import { canChangePlan, reportSub } from '../action-plan-routes';
import { usePlanChoices } from '../plan/use-plan-choices';
import { PlanLink, type Go } from '../ui/PlanLink';
import { useAnswer } from '../ui/use-answer';
import { ReportForm } from './ReportForm';

/** Reports, newest first, each with how many recommendations it holds and how many are sent; staff start new ones. */
export function ReportsSection({ go }: { go: Go }) {
  const { t } = useTranslation('recommendations');
  const staff = canChangePlan(useCurrentUser()?.role);
  const { answer } = useAnswer(useCallback(() => api.listReports({}), []));
  const { services } = usePlanChoices(staff);
  const reports = answer.state === 'loaded' ? answer.value : [];
  return (
    <div className="settings-grid">
      <section className="panel" aria-labelledby="reports-title">
        <h2 className="panel-title" id="reports-title">
          {t('report.listTitle')}
        </h2>
        <LoadStatus load={answer} count={reports.length} errorId="reports-error" empty={t('report.empty')} />
        {reports.length > 0 ? (
          <ul className="plan-list" aria-labelledby="reports-title">
            {reports.map((report) => (
              <li key={report.id} className="plan-item" data-testid="report-item">
                <h3 className="plan-item-title">
                  <PlanLink sub={reportSub(report.id)} go={go}>
                    <span dir="auto">{report.title}</span>
                  </PlanLink>
                </h3>
                <p className="story-meta">
                  {report.publishedOn ? t('report.published', { date: formatDay(report.publishedOn) }) : t('report.notPublished')}
                  {' · '}
                  {t('report.counts', { count: report.recommendations, sent: report.sent })}
                  {report.services.length ? ` · ${report.services.map((s) => s.name).join(', ')}` : ''}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {staff ? (
        <section className="panel" aria-labelledby="report-new-heading">
          <h2 className="panel-title" id="report-new-heading">
            {t('report.newTitle')}
          </h2>
          <ReportForm services={services} onSaved={(report) => go('action-plan', reportSub(report.id))} />
        </section>
      ) : null}
    </div>
  );
}
