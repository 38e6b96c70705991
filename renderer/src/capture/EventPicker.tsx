import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../shared/capture/story';
import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDay } from '../ui/format';
import { NewEventForm } from './NewEventForm';
import { useStartSession } from './use-start-session';

type Events = { state: 'loading' } | { state: 'loaded'; events: Event[] } | { state: 'failed'; error: ApiError };

/** How many events are listed before "Show more": the most recent ones come first. */
const FIRST_EVENTS = 6;

/** Where are stories being heard: an event from the list, a new event, or no event. */
export function EventPicker() {
  const { t } = useTranslation('capture');
  const currentEventId = useSession((state) => state.person?.currentEventId ?? null);
  const [events, setEvents] = useState<Events>({ state: 'loading' });
  const [showAll, setShowAll] = useState(false);
  const { start, busy, error } = useStartSession();

  useEffect(() => {
    let live = true;
    void api.listEvents({}).then((answer) => {
      if (!live) return;
      if (!answer.ok) return setEvents({ state: 'failed', error: answer.error });
      setEvents({ state: 'loaded', events: answer.value });
      // Still at an event (the page was reloaded): carry on there.
      const current = answer.value.find((event) => event.id === currentEventId);
      if (current) void start({ kind: 'event', event: current });
    });
    return () => {
      live = false;
    };
    // Only when the picker first appears: choosing an event later is the person's call.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const list = events.state === 'loaded' ? events.events : [];
  const shown = showAll ? list : list.slice(0, FIRST_EVENTS);
  return (
    <div className="picker">
      <p className="lead">{t('picker.lead')}</p>
      {error ? <ErrorAlert error={error} id="picker-error" /> : null}
      <div className="picker-grid">
        <section className="panel" aria-labelledby="picker-events-title">
          <h2 className="panel-title" id="picker-events-title">
            {t('picker.eventsTitle')}
          </h2>
          {events.state === 'loading' ? (
            <p className="muted" role="status">
              {t('picker.loading')}
            </p>
          ) : null}
          {events.state === 'failed' ? <ErrorAlert error={events.error} id="picker-events-error" /> : null}
          {events.state === 'loaded' && list.length === 0 ? <p className="muted">{t('picker.eventsEmpty')}</p> : null}
          {shown.length > 0 ? (
            <ul className="event-list">
              {shown.map((event) => (
                <li key={event.id} className="event-card">
                  <div className="event-card-text">
                    <p className="event-name" dir="auto">
                      {event.name}
                    </p>
                    <p className="event-meta">
                      {t('picker.eventMeta', { date: formatDay(event.heldOn), place: event.place })}
                      {event.partner ? (
                        <>
                          {' · '}
                          {t('picker.partner', { partner: event.partner })}
                        </>
                      ) : null}
                    </p>
                    <p className="event-count">{t('picker.storyCount', { count: event.storyCount })}</p>
                  </div>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={t('picker.useEventNamed', { name: event.name })}
                    aria-disabled={busy || undefined}
                    onClick={() => !busy && void start({ kind: 'event', event })}
                  >
                    {t('picker.useEvent')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {!showAll && list.length > FIRST_EVENTS ? (
            <button type="button" className="button-link" onClick={() => setShowAll(true)}>
              {t('picker.showAll', { count: list.length - FIRST_EVENTS })}
            </button>
          ) : null}
          <div className="no-event">
            <h3 className="no-event-title">{t('picker.noEventTitle')}</h3>
            <p className="muted">{t('picker.noEventBody')}</p>
            <button type="button" className="button button-secondary" aria-disabled={busy || undefined} onClick={() => !busy && void start({ kind: 'none' })}>
              {t('picker.noEvent')}
            </button>
          </div>
        </section>
        <NewEventForm onCreated={(event) => void start({ kind: 'event', event })} />
      </div>
    </div>
  );
}
