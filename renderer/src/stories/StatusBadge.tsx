import { useTranslation } from 'react-i18next';
import type { StoryStatus } from '../../../shared/capture/vocabulary';

export function StatusBadge({ status }: { status: StoryStatus }) {
  const { t } = useTranslation('vocabulary');
  return <span className={`badge badge-${status}`}>{t(`statuses.${status}`)}</span>;
}
