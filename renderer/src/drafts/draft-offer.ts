/**
 * The drafts offered after unlocking and signing in: every unsaved draft in
 * IndexedDB, decrypted, with who typed it and when. Only people who capture
 * stories are offered them (volunteers never read stories as told).
 */
import { create } from 'zustand';
import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { draftKey, isKey } from './draft-key';
import { draftStore } from './draft-store';
import { readDrafts, type OpenedDraft } from './drafts';

export type OfferedDraft = OpenedDraft & { userName: string | null };

export interface DraftOfferState {
  /** idle: not looked yet; offering: the list is on screen; done: dealt with (or none). */
  status: 'idle' | 'checking' | 'offering' | 'done';
  drafts: OfferedDraft[];
  error: ApiError | null;
  /** Looks for drafts (leaving out `except`, the one on screen) and offers them if there are any. */
  check(options?: { except?: string; show?: boolean }): Promise<number>;
  removed(id: string): void;
  /** Shows the drafts found by the last check again (from Capture). */
  show(): void;
  finish(): void;
  reset(): void;
}

async function namesById(): Promise<Map<string, string>> {
  const answer = await api.listUsers({});
  return new Map(answer.ok ? answer.value.map((user) => [user.id, user.name]) : []);
}

export const useDraftOffer = create<DraftOfferState>()((set, get) => ({
  status: 'idle',
  drafts: [],
  error: null,

  async check({ except, show = true } = {}) {
    // A quiet check (show: false) only refreshes the list; the screen stays as it is.
    if (show) set({ status: 'checking', error: null });
    const settle = (drafts: OfferedDraft[]) => set({ drafts, status: show ? (drafts.length > 0 ? 'offering' : 'done') : get().status });
    const key = await draftKey();
    if (!isKey(key)) {
      set({ error: key });
      settle([]);
      return 0;
    }
    try {
      const [opened, names] = await Promise.all([readDrafts(draftStore(), key), namesById()]);
      const drafts = opened
        .filter((draft) => draft.id !== except)
        .map((draft): OfferedDraft => ({ ...draft, userName: draft.readable ? draft.payload.userName : (names.get(draft.userId) ?? null) }));
      settle(drafts);
      return drafts.length;
    } catch (error) {
      console.warn('Verbatim could not read the drafts', error);
      settle([]);
      return 0;
    }
  },

  removed(id) {
    const drafts = get().drafts.filter((draft) => draft.id !== id);
    set({ drafts, status: drafts.length === 0 ? 'done' : get().status });
  },

  show() {
    if (get().drafts.length > 0) set({ status: 'offering' });
  },

  finish() {
    set({ status: 'done' });
  },

  reset() {
    set({ status: 'idle', drafts: [], error: null });
  },
}));

// Each sign-in (and each unlock) offers the drafts afresh.
useSession.subscribe((state, previous) => {
  if (state.person?.user?.id !== previous.person?.user?.id) useDraftOffer.getState().reset();
});
