import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItemRef } from '../../../../shared/recommendations/schemas';
import { api } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import { LoadStatus } from '../../review/ui/LoadStatus';
import { Panel } from '../../stories/detail/Panel';
import { formatDay } from '../../ui/format';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { canChangePlan } from '../action-plan-routes';
import { BackLink, type Go } from '../ui/PlanLink';
import { useAnswer } from '../ui/use-answer';
import { NextDue } from './PlanItemRow';
import { HistoryPanel, UpdatesPanel } from './UpdatesPanel';
import { UpdateForm } from './UpdateForm';

/** An agreed issue or CQC finding on the plan: what it is, its progress, and a new update. */
export function PlanItemScreen({ item, go }: { item: PlanItemRef; go: Go }) {
  const { t } = useTranslation('recommendations');
  useDocumentTitle(t(`kinds.${item.kind}`));
  const staff = canChangePlan(useCurrentUser()?.role);
  const { answer, reload } = useAnswer(useCallback(() => api.getPlanItem(item), [item]));
  const detail = answer.state === 'loaded' ? answer.value : null;
  return (
    <section className="area area-wide action-plan" aria-labelledby="item-heading">
      <BackLink sub="plan" label={t('backToPlan')} go={go} />
      <header className="area-header">
        <ScreenHeading id="item-heading" focusKey={item.id}>
          {detail ? detail.item.title : t(`kinds.${item.kind}`)}
        </ScreenHeading>
      </header>
      <LoadStatus load={answer} count={detail ? 1 : 0} errorId="item-error" empty="" />
      {detail ? (
        <div className="detail-grid">
          <div className="detail-main">
            <Panel id="item-about" title={t(`kinds.${item.kind}`)}>
              <dl className="facts">
                <div className="fact">
                  <dt>{t('fields.organisation')}</dt>
                  <dd dir="auto">{detail.item.organisation.name}</dd>
                </div>
                <div className="fact">
                  <dt>{t('fields.services')}</dt>
                  <dd>{detail.item.services.map((s) => s.name).join(', ') || t('fields.noService')}</dd>
                </div>
                {detail.agreedOn ? (
                  <div className="fact">
                    <dt>{t('issue.agreedOn')}</dt>
                    <dd>{formatDay(detail.agreedOn)}</dd>
                  </div>
                ) : null}
                <div className="fact">
                  <dt>{t('plan.status')}</dt>
                  <dd>{t(`statuses.${detail.item.status}`)}</dd>
                </div>
                <div className="fact">
                  <dt>{t('plan.next.label')}</dt>
                  <dd>
                    <NextDue item={detail.item} />
                  </dd>
                </div>
                <div className="fact fact-wide">
                  <dt>{item.kind === 'cqc-finding' ? t('cqc.summary') : t('issue.description')}</dt>
                  <dd className="pre-wrap verbatim" dir="auto">
                    {detail.description || t('none')}
                  </dd>
                </div>
              </dl>
            </Panel>
            {staff ? <UpdateForm item={item} onRecorded={reload} /> : null}
          </div>
          <div className="detail-side">
            <UpdatesPanel updates={detail.updates} />
            <HistoryPanel history={detail.history} />
          </div>
        </div>
      ) : null}
    </section>
  );
}
