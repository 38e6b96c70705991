import { useCallback, useState } from 'react';
import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { useCapture, type CaptureSession } from './capture-store';

/**
 * Starts capturing at an event (or with none): the services are told first, since
 * they decide which stories an outreach worker may see by the current event.
 */
export function useStartSession(): { start(session: CaptureSession): Promise<void>; busy: boolean; error: ApiError | null } {
  const setPerson = useSession((state) => state.setPerson);
  const startCapture = useCapture((state) => state.start);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const start = useCallback(
    async (session: CaptureSession) => {
      setBusy(true);
      setError(null);
      const answer = await api.setCurrentEvent({ eventId: session.kind === 'event' ? session.event.id : null });
      setBusy(false);
      if (!answer.ok) {
        setError(answer.error);
        return;
      }
      setPerson(answer.value);
      startCapture(session);
    },
    [setPerson, startCapture],
  );
  return { start, busy, error };
}
