import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../../../shared/recommendations/schemas';
import { formatDay } from '../../ui/format';
import { planItemSub } from '../action-plan-routes';
import { PlanLink, type Go } from '../ui/PlanLink';

/** What is due next on an item, in words: "Response due 2 February 2026", "Review overdue since …". */
export function NextDue({ item }: { item: PlanItem }) {
  const { t } = useTranslation('recommendations');
  if (!item.next) return <span className="muted">{t('plan.nothingDue')}</span>;
  const key = `plan.next.${item.next.what}${item.next.overdue ? 'Overdue' : ''}` as const;
  return <span className={item.next.overdue ? 'flag flag-overdue' : undefined}>{t(key, { date: formatDay(item.next.on) })}</span>;
}

/** One agreed issue, recommendation or CQC finding in the plan or the Due list. */
export function PlanItemRow({ item, go }: { item: PlanItem; go: Go }) {
  const { t } = useTranslation(['recommendations']);
  return (
    <li className={item.next?.overdue ? 'plan-item plan-item-overdue' : 'plan-item'} data-testid="plan-item" data-kind={item.kind}>
      <div className="plan-item-head">
        <span className="badge badge-neutral">{t(`kinds.${item.kind}`)}</span>
        <h3 className="plan-item-title">
          <PlanLink sub={planItemSub(item.kind, item.id)} go={go}>
            <span dir="auto">{item.title}</span>
          </PlanLink>
        </h3>
      </div>
      <p className="story-meta">
        <span dir="auto">{item.organisation.name}</span>
        {item.services.length > 0 ? <> · {item.services.map((s) => s.name).join(', ')}</> : null}
        {item.reportTitle ? <> · {t('plan.inReport', { title: item.reportTitle })}</> : null}
      </p>
      <dl className="facts facts-inline">
        <div className="fact">
          <dt>{t('plan.status')}</dt>
          <dd>{t(`statuses.${item.status}`)}</dd>
        </div>
        {item.sentOn ? (
          <div className="fact">
            <dt>{t('plan.sentOn')}</dt>
            <dd>{formatDay(item.sentOn)}</dd>
          </div>
        ) : null}
        {item.respondedOn && item.responseDecision ? (
          <div className="fact">
            <dt>{t('plan.response')}</dt>
            <dd>
              {t(`decisions.${item.responseDecision}`)}, {formatDay(item.respondedOn)}
              {item.dueOn && item.respondedOn > item.dueOn ? <> ({t('plan.late')})</> : null}
            </dd>
          </div>
        ) : null}
        <div className="fact">
          <dt>{t('plan.next.label')}</dt>
          <dd>
            <NextDue item={item} />
          </dd>
        </div>
      </dl>
    </li>
  );
}
