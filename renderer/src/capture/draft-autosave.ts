/**
 * Keeps the capture form in an encrypted draft as it is typed (see
 * drafts/draft-autosaver.ts for the timing), and gives the save code a way to
 * delete the draft once its story is safely stored.
 */
import { useEffect } from 'react';
import { useCurrentUser } from '../app/session';
import { createAutosaver } from '../drafts/draft-autosaver';
import { draftKey, isKey } from '../drafts/draft-key';
import type { DraftPayload } from '../drafts/draft-payload';
import { draftStore } from '../drafts/draft-store';
import { writeDraft } from '../drafts/drafts';
import type { ApiError } from '../api/client';
import { useCapture } from './capture-store';
import { isBlank } from './capture-values';

interface DraftData {
  userId: string;
  payload: DraftPayload;
  /** Taken when the change happened, so a write finishing after a lock still has its key. */
  key: Promise<CryptoKey | ApiError>;
}

const autosaver = createAutosaver<DraftData>({
  async write({ id, data }) {
    const key = await data.key;
    if (!isKey(key)) throw new Error(key.message);
    await writeDraft(draftStore(), key, { id, userId: data.userId, payload: data.payload });
  },
  remove: (id) => draftStore().remove(id),
  onError: (error) => {
    console.warn('Verbatim could not keep a draft', error);
    useCapture.getState().setDraftTrouble(true);
  },
  onWritten: () => useCapture.getState().setDraftTrouble(false),
});

/** Writes what is waiting now (before locking, switching user or leaving the page). */
export const flushDraft = (): Promise<void> => autosaver.flush();

/** As flushDraft, but never holds up locking for more than `ms`: a lock must always happen. */
export const flushDraftWithin = (ms = 1000): Promise<void> =>
  Promise.race([autosaver.flush(), new Promise<void>((done) => window.setTimeout(done, ms))]);

/** The story was stored: its draft is no longer needed. */
export const discardDraft = (id: string): Promise<void> => autosaver.discard(id);

/** Saves every change of the capture form as a draft while the form is on screen. */
export function useDraftAutosave(): void {
  const user = useCurrentUser();
  const values = useCapture((state) => state.values);
  const draftId = useCapture((state) => state.draftId);
  const session = useCapture((state) => state.session);

  useEffect(() => {
    if (!user) return;
    const event = session?.kind === 'event' ? { id: session.event.id, name: session.event.name } : null;
    autosaver.change({
      id: draftId,
      blank: isBlank(values),
      data: { userId: user.id, key: draftKey(), payload: { v: 1, values, event, userName: user.name } },
    });
  }, [user, values, draftId, session]);

  useEffect(() => {
    const onHide = () => void autosaver.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void autosaver.flush();
    };
  }, []);
}
