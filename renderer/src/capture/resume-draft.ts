import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import type { DraftPayload } from '../drafts/draft-payload';
import { useCapture, type CaptureSession } from './capture-store';

/**
 * Carries on with a draft exactly as it was typed: back at its event if that
 * event still exists (the services are told, as when an event is chosen),
 * otherwise without one.
 */
export async function resumeDraft(id: string, payload: DraftPayload): Promise<ApiError | null> {
  let session: CaptureSession = { kind: 'none' };
  if (payload.event) {
    const events = await api.listEvents({});
    if (!events.ok) return events.error;
    const event = events.value.find((candidate) => candidate.id === payload.event?.id);
    if (event) session = { kind: 'event', event };
  }
  const answer = await api.setCurrentEvent({ eventId: session.kind === 'event' ? session.event.id : null });
  if (!answer.ok) return answer.error;
  useSession.getState().setPerson(answer.value);
  useCapture.getState().resume({ id, values: payload.values, session });
  return null;
}
