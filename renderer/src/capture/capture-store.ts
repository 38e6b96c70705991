/**
 * The capture screen's state: where stories are being heard (an event, or none),
 * the form as typed, the id of its draft, and the last save. It lives outside the
 * components so that going to another area and back keeps what was typed.
 */
import { create } from 'zustand';
import type { Event } from '../../../shared/capture/story';
import type { Channel } from '../../../shared/capture/vocabulary';
import { useSession } from '../app/session';
import i18n from '../i18n';
import { localToday } from '../ui/format';
import type { CaptureStatus } from './capture-status';
import { blankValues, defaultsOf, isBlank, type CaptureValues } from './capture-values';

export type CaptureSession = { kind: 'event'; event: Event } | { kind: 'none' };

export interface LastSave {
  at: string;
  status: CaptureStatus;
  /** Stories now recorded at the event, or saved in this session when there is no event. */
  count: number;
}

export interface CaptureState {
  session: CaptureSession | null;
  values: CaptureValues;
  draftId: string;
  lastSave: LastSave | null;
  /** Stories saved since the session started, for "No event" sessions. */
  savedHere: number;
  /** Set when drafts could not be written: the person is told to save soon. */
  draftTrouble: boolean;
  /** The words field should take focus (a new form is ready); cleared once it has. */
  focusWords: boolean;

  start(session: CaptureSession): void;
  /** Back to choosing where stories are being heard (what was typed stays as a draft). */
  leave(): void;
  update(change: (values: CaptureValues) => CaptureValues): void;
  /** A story was saved: record it and start a blank form with the same defaults. */
  saved(save: { at: string; status: CaptureStatus; eventStoryCount: number | null }): void;
  /** Carry on with a draft from IndexedDB, under its own id. */
  resume(draft: { id: string; values: CaptureValues; session: CaptureSession }): void;
  /** Start a new, blank story; the one being typed stays as an unsaved draft. */
  startNew(): void;
  setDraftTrouble(trouble: boolean): void;
  wordsFocused(): void;
  reset(): void;
}

export const newDraftId = (): string => globalThis.crypto.randomUUID();

export const channelFor = (session: CaptureSession | null): Channel | null => (session?.kind === 'event' ? 'community-event' : null);

const freshValues = (session: CaptureSession | null): CaptureValues =>
  blankValues({ language: i18n.t('languages.english', { ns: 'vocabulary' }), channel: channelFor(session), heardOn: session?.kind === 'event' ? eventDayOrToday(session.event) : localToday() });

/** At an event held today or earlier the date heard is the event's day; otherwise today. */
function eventDayOrToday(event: Event): string {
  const today = localToday();
  return event.heldOn <= today ? event.heldOn : today;
}

const initial = () => ({
  session: null,
  values: freshValues(null),
  draftId: newDraftId(),
  lastSave: null,
  savedHere: 0,
  draftTrouble: false,
  focusWords: false,
});

export const useCapture = create<CaptureState>()((set, get) => ({
  ...initial(),

  start(session) {
    const { values } = get();
    // Keep anything already typed; only the defaults follow the session.
    set({
      session,
      lastSave: null,
      savedHere: 0,
      focusWords: true,
      values: isBlank(values) ? freshValues(session) : { ...values, channel: values.channel ?? channelFor(session) },
    });
  },

  leave() {
    set({ session: null, lastSave: null, values: freshValues(null), draftId: newDraftId() });
  },

  update(change) {
    set({ values: change(get().values) });
  },

  saved({ at, status, eventStoryCount }) {
    const { values, savedHere } = get();
    const count = eventStoryCount ?? savedHere + 1;
    set({
      lastSave: { at, status, count },
      savedHere: savedHere + 1,
      values: blankValues(defaultsOf(values)),
      draftId: newDraftId(),
      focusWords: true,
    });
  },

  resume({ id, values, session }) {
    set({ session, values, draftId: id, lastSave: null, savedHere: 0, focusWords: true });
  },

  startNew() {
    const { values } = get();
    set({ values: blankValues(defaultsOf(values)), draftId: newDraftId(), lastSave: null, focusWords: true });
  },

  wordsFocused() {
    if (get().focusWords) set({ focusWords: false });
  },

  setDraftTrouble(trouble) {
    if (get().draftTrouble !== trouble) set({ draftTrouble: trouble });
  },

  reset() {
    set(initial());
  },
}));

// A different person, or a locked store, starts from nothing (drafts are already in IndexedDB).
useSession.subscribe((state, previous) => {
  if (state.person?.user?.id !== previous.person?.user?.id) useCapture.getState().reset();
});
