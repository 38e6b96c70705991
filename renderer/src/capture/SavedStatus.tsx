import { useTranslation } from 'react-i18next';
import { formatClock } from '../ui/format';
import { useCapture } from './capture-store';

/**
 * "Saved at 14:05:09", in a live region that is always on the page so that screen
 * readers announce each new save; the draft warning sits beside it.
 */
export function SavedStatus({ keptAsDraft }: { keptAsDraft: boolean }) {
  const { t } = useTranslation('capture');
  const lastSave = useCapture((state) => state.lastSave);
  const draftTrouble = useCapture((state) => state.draftTrouble);
  const atEvent = useCapture((state) => state.session?.kind === 'event');
  const count = lastSave ? t(atEvent ? 'session.countAtEvent' : 'session.countHere', { count: lastSave.count }) : '';
  const message = lastSave ? `${t(`saved.${lastSave.status}`, { time: formatClock(lastSave.at) })} ${count}.` : keptAsDraft ? t('form.newStoryKept') : '';
  return (
    <>
      <p className={lastSave ? 'save-status save-status-ok' : 'save-status'} role="status" data-testid="save-status">
        {message}
      </p>
      {draftTrouble ? (
        <p className="notice notice-warning" role="alert">
          {t('saved.draftTrouble')}
        </p>
      ) : null}
    </>
  );
}
