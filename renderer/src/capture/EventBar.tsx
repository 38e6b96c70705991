import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useSession } from '../app/session';
import { formatDay } from '../ui/format';
import { flushDraft } from './draft-autosave';
import { useCapture } from './capture-store';

/** Where stories are being heard, how many have been saved there, and a way to change it. */
export function EventBar() {
  const { t } = useTranslation('capture');
  const session = useCapture((state) => state.session);
  const lastSave = useCapture((state) => state.lastSave);
  const leave = useCapture((state) => state.leave);
  const setPerson = useSession((state) => state.setPerson);
  if (!session) return null;

  // Leaving the event: anything typed stays as a draft, and the services are told,
  // so the picker is not sent straight back to the same event.
  const change = async () => {
    await flushDraft();
    const answer = await api.setCurrentEvent({ eventId: null });
    if (answer.ok) setPerson(answer.value);
    leave();
  };
  const atEvent = session.kind === 'event';
  const count = lastSave?.count ?? (atEvent ? session.event.storyCount : 0);
  return (
    <div className="event-bar">
      <div className="event-bar-text">
        {atEvent ? (
          <p className="event-bar-where">
            <span className="event-bar-label">{t('session.atEvent')}</span>{' '}
            <strong dir="auto" data-testid="capture-event-name">
              {session.event.name}
            </strong>
            <span className="event-bar-meta"> · {t('picker.eventMeta', { date: formatDay(session.event.heldOn), place: session.event.place })}</span>
          </p>
        ) : (
          <p className="event-bar-where">
            <strong>{t('session.noEvent')}</strong>
          </p>
        )}
        <p className="event-bar-count" data-testid="capture-count">
          {atEvent ? t('session.countAtEvent', { count }) : t('session.countHere', { count })}
        </p>
      </div>
      <button type="button" className="button button-secondary button-small" onClick={() => void change()}>
        {t('session.change')}
      </button>
    </div>
  );
}
