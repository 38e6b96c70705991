/** A person's declaration status in words: never declared, due again on a day, or overdue since it. */
import type { RegisterSummary } from '../../../shared/interests/schemas';
import i18n from '../i18n';
import { formatDay } from '../ui/format';

export const statusText = (status: RegisterSummary['status']): string =>
  status.state === 'never' || status.dueOn === null ? i18n.t('status.never', { ns: 'interests' }) : i18n.t(`status.${status.state}`, { ns: 'interests', due: formatDay(status.dueOn) });

export const statusClass = (status: RegisterSummary['status']): string => (status.state === 'current' ? 'badge badge-quiet' : 'badge badge-owing');
