import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/session';
import { hrefOf } from '../shell/areas';
import { canChangePlan } from './action-plan-routes';
import { useDueCount } from './due-count';

/** In the top bar, for staff: how many responses and reviews are due or overdue, linked to the Due list. */
export function DueCount() {
  const { t } = useTranslation('recommendations');
  const user = useCurrentUser();
  const staff = canChangePlan(user?.role);
  const due = useDueCount((state) => state.due);
  const overdue = useDueCount((state) => state.overdue);
  const refresh = useDueCount((state) => state.refresh);
  useEffect(() => {
    if (staff) void refresh();
  }, [staff, user?.id, refresh]);
  if (!staff || due === null) return null;
  return (
    <a className={overdue > 0 ? 'due-count due-count-overdue' : 'due-count'} href={hrefOf('action-plan', 'due')} data-testid="due-count">
      {t('dueCount.due', { count: due })}
      {overdue > 0 ? <span className="due-count-overdue-text"> {t('dueCount.overdue', { count: overdue })}</span> : null}
    </a>
  );
}
