import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFilters as Filters, PlanItem } from '../../../../shared/recommendations/schemas';
import { api, type ApiError } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import { ListFooter } from '../../review/ui/ListFooter';
import { LoadStatus } from '../../review/ui/LoadStatus';
import { useKeysetList } from '../../review/ui/useKeysetList';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDay } from '../../ui/format';
import { canChangePlan } from '../action-plan-routes';
import { useDueCount } from '../due-count';
import type { Go } from '../ui/PlanLink';
import { AgreedIssueForm } from './AgreedIssueForm';
import { PlanFilters } from './PlanFilters';
import { PlanItemRow } from './PlanItemRow';
import { usePlanChoices } from './use-plan-choices';

const PAGE = 50;
/** Pages read for printing: the whole list goes on paper. */
const PRINT_PAGE = 500;

/**
 * The action plan (filterable, printable) or the Due list (overdue first, then what
 * is due in the next 14 days): one list of agreed issues, recommendations and CQC
 * findings, soonest due first.
 */
export function PlanSection({ due, go }: { due: boolean; go: Go }) {
  const { t } = useTranslation('recommendations');
  const staff = canChangePlan(useCurrentUser()?.role);
  const [filters, setFilters] = useState<Filters>({});
  const [dueBy, setDueBy] = useState<string | null>(null);
  const [printing, setPrinting] = useState<PlanItem[] | null>(null);
  const [printError, setPrintError] = useState<ApiError | null>(null);
  const request = useCallback(
    async (after: string | null) => {
      const answer = await api.listActionPlan({ filters: due ? {} : filters, due, ...(after ? { after } : {}), limit: PAGE });
      if (answer.ok) setDueBy(answer.value.dueBy);
      return answer;
    },
    [filters, due],
  );
  const { page, moreError, loadMore, reload } = useKeysetList(request);
  const refreshCount = useDueCount((state) => state.refresh);
  useEffect(() => {
    if (staff) void refreshCount();
  }, [staff, refreshCount]);
  // Asked for after the list (effects run in order, the worker answers in order), so the list comes first.
  const choices = usePlanChoices(!due);
  // The whole list is on the page before the browser's print dialog opens.
  useEffect(() => {
    if (printing) window.print();
  }, [printing]);

  const printAll = async () => {
    const items: PlanItem[] = [];
    let after: string | null = null;
    do {
      const answer = await api.listActionPlan({ filters, due: false, ...(after ? { after } : {}), limit: PRINT_PAGE });
      if (!answer.ok) return setPrintError(answer.error);
      items.push(...answer.value.items);
      after = answer.value.nextCursor;
    } while (after);
    setPrintError(null);
    setPrinting(items);
  };

  const items = printing ?? (page.state === 'loaded' ? page.items : []);
  const title = due ? t('due.title') : t('plan.title');
  return (
    <div className="plan-section">
      <section className="panel" aria-labelledby="plan-list-title" aria-busy={page.state === 'loading' || undefined} data-testid={due ? 'due-list' : 'action-plan-list'}>
        <div className="panel-head">
          <h2 className="panel-title" id="plan-list-title">
            {title}
          </h2>
          {due ? null : (
            <button type="button" className="button button-secondary button-small no-print" onClick={() => void printAll()}>
              {t('plan.print')}
            </button>
          )}
        </div>
        <p className="panel-intro">{due ? (dueBy ? t('due.intro', { date: formatDay(dueBy) }) : null) : t('plan.intro')}</p>
        {due ? null : <PlanFilters
            filters={filters}
            onChange={(next) => {
              setFilters(next);
              setPrinting(null);
            }} stakeholders={choices.stakeholders} services={choices.services} />}
        {printError ? <ErrorAlert error={printError} lead={t('plan.printFailed')} /> : null}
        {printing ? (
          <p className="muted" role="status">
            {t('plan.printAll', { count: printing.length })}
          </p>
        ) : null}
        <LoadStatus load={page} count={items.length} errorId="plan-list-error" empty={due ? t('due.empty') : Object.keys(filters).length ? t('plan.emptyFiltered') : t('plan.empty')} announceEmpty />
        {items.length > 0 ? (
          <ul className="plan-list" aria-labelledby="plan-list-title">
            {items.map((item) => (
              <PlanItemRow key={item.id} item={item} go={go} />
            ))}
          </ul>
        ) : null}
        {page.state === 'loaded' && !printing ? (
          <div className="no-print">
            <ListFooter shown={items.length} shownText={t('plan.shown', { count: items.length })} moreError={moreError} errorId="plan-more-error" hasMore={page.next !== null} loadingMore={page.more} onLoadMore={() => void loadMore()} />
          </div>
        ) : null}
      </section>
      {staff && !due ? <AgreedIssueForm stakeholders={choices.stakeholders} services={choices.services} onAdded={reload} /> : null}
    </div>
  );
}
