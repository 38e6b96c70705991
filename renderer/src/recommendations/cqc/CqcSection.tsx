import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CQC_KEY_QUESTIONS } from '../../../../shared/recommendations/vocabulary';
import { api } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import { LoadStatus } from '../../review/ui/LoadStatus';
import { formatDay } from '../../ui/format';
import { Disclosure } from '../../workbench/ui/Disclosure';
import { canChangePlan, planItemSub } from '../action-plan-routes';
import { usePlanChoices } from '../plan/use-plan-choices';
import { PlanLink, type Go } from '../ui/PlanLink';
import { useAnswer } from '../ui/use-answer';
import { CqcFindingForm } from './CqcFindingForm';

/** The CQC findings register: each inspection's ratings and the inspector's words, on the action plan. */
export function CqcSection({ go }: { go: Go }) {
  const { t } = useTranslation('recommendations');
  const staff = canChangePlan(useCurrentUser()?.role);
  const { answer, reload } = useAnswer(useCallback(() => api.listCqcFindings({}), []));
  const { stakeholders, services } = usePlanChoices(staff);
  const [message, setMessage] = useState('');
  const findings = answer.state === 'loaded' ? answer.value : [];
  return (
    <div className="plan-section">
      {staff ? (
        <Disclosure title={t('cqc.addTitle')} className="panel" level={2}>
          <p className="form-status" role="status">
            {message}
          </p>
          <CqcFindingForm
            stakeholders={stakeholders}
            services={services}
            onSaved={(finding) => {
              reload();
              setMessage(t('cqc.added', { service: finding.service.name }));
            }}
          />
        </Disclosure>
      ) : null}
      <section className="panel" aria-labelledby="cqc-title">
        <h2 className="panel-title" id="cqc-title">
          {t('cqc.title')}
        </h2>
        <LoadStatus load={answer} count={findings.length} errorId="cqc-load-error" empty={t('cqc.empty')} />
        <ul className="plan-list">
          {findings.map((finding) => (
            <li key={finding.id} className="plan-item" data-testid="cqc-finding">
              <h3 className="plan-item-title">
                <PlanLink sub={planItemSub('cqc-finding', finding.id)} go={go}>
                  <span dir="auto">{t('cqc.itemTitle', { service: finding.service.name, date: formatDay(finding.publishedOn) })}</span>
                </PlanLink>
              </h3>
              <p className="story-meta">
                <span dir="auto">{finding.organisation.name}</span> · {t(`statuses.${finding.status}`)} · {t('cqc.storyCount', { count: finding.storyIds.length })}
              </p>
              <dl className="facts facts-inline">
                {CQC_KEY_QUESTIONS.map((question) => (
                  <div className="fact" key={question}>
                    <dt>{t(`keyQuestions.${question}`)}</dt>
                    <dd>{t(`ratings.${finding.ratings[question]}`)}</dd>
                  </div>
                ))}
              </dl>
              <p className="verbatim pre-wrap" dir="auto">
                {finding.summary}
              </p>
              {finding.link ? <p className="path">{finding.link}</p> : null}
              {finding.items.length > 0 ? (
                <p className="story-meta">{t('cqc.linkedTo', { items: finding.items.map((i) => i.title).join('; ') })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
