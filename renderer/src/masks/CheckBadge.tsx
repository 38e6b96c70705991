import { useTranslation } from 'react-i18next';
import type { MaskCheckState } from '../../../shared/masks/schemas';

/** Whether a story's anonymisation has been checked: in words, with a mark, never by colour alone. */
export function CheckBadge({ state }: { state: MaskCheckState }) {
  const { t } = useTranslation('review');
  const mark = state === 'checked' ? '✓' : state === 'stale' ? '!' : '○';
  return (
    <span className={`badge check-badge check-badge-${state}`} data-testid="check-badge">
      <span aria-hidden="true" className="check-badge-mark">
        {mark}
      </span>{' '}
      {t(`check.states.${state}`)}
    </span>
  );
}
