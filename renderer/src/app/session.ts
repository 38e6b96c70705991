/**
 * Session state: which screen the app is on and what it knows about the store.
 * Nothing here is a secret: passphrases and the recovery key stay in the form
 * components that need them and are dropped when those unmount.
 */
import { create } from 'zustand';
import type { Settings, StoreStatus } from '../../../shared/store/schemas';
import type { Session } from '../../../shared/users/schemas';
import { api, onApiError, toApiError, type ApiError } from '../api/client';
import i18n from '../i18n';

/** 'first-user' and 'sign-in': the store is open but nobody is signed in yet. */
export type Screen = 'loading' | 'unavailable' | 'setup' | 'unlock' | 'first-user' | 'sign-in' | 'shell';
export type LockReason = 'user' | 'idle';

/** Auto-lock used until the store's own setting has been read (the service's default too). */
export const DEFAULT_AUTO_LOCK_MINUTES = 10;

export interface SessionState {
  screen: Screen;
  status: StoreStatus | null;
  settings: Settings | null;
  /** Why the unlock screen is showing, when Verbatim locked itself or was locked. */
  lockReason: LockReason | null;
  /** The auto-lock minutes in force when the idle lock happened (for its message). */
  lockedAfterMinutes: number | null;
  loadError: ApiError | null;
  lockError: ApiError | null;
  locking: boolean;
  /** Who is signed in on this laptop, and the event they capture at (null until asked, and when locked). */
  person: Session | null;

  /** Asks the store what state it is in and shows the matching screen. */
  load(): Promise<void>;
  /** Reads status and settings and shows the main shell (after setup, unlock, recovery or restore). */
  openShell(status?: StoreStatus): Promise<void>;
  /** Locks the store; the unlock screen shows only once the store says it is locked. */
  lock(reason: LockReason): Promise<boolean>;
  /** Asks the store for its status again (e.g. for the background integrity check). */
  refreshStatus(): Promise<void>;
  setSettings(settings: Settings): void;
  clearLockError(): void;
  /** Someone signed in (or the first account was made): show the shell. */
  signedIn(session: Session): void;
  /** Signs the current person out and shows the "who is using Verbatim?" picker. */
  switchUser(): Promise<boolean>;
  /** Keeps the session the services answered with (e.g. after choosing an event). */
  setPerson(session: Session): void;
}

/** The screen for an open store, from who (if anyone) is signed in. */
export const screenForPerson = (person: Session): Screen => (person.needsFirstUser ? 'first-user' : person.user ? 'shell' : 'sign-in');

const initial = {
  screen: 'loading' as Screen,
  status: null,
  settings: null,
  lockReason: null,
  lockedAfterMinutes: null,
  loadError: null,
  lockError: null,
  locking: false,
  person: null,
};

export const useSession = create<SessionState>()((set, get) => ({
  ...initial,

  async load() {
    set({ screen: 'loading', loadError: null });
    const answer = await api.getStoreStatus({});
    if (!answer.ok) {
      set({ screen: 'unavailable', loadError: answer.error });
      return;
    }
    const status = answer.value;
    if (status.state === 'absent') set({ screen: 'setup', status });
    else if (status.state === 'locked') set({ screen: 'unlock', status });
    else await get().openShell(status);
  },

  async openShell(known) {
    let status = known;
    if (!status) {
      const answer = await api.getStoreStatus({});
      if (!answer.ok) {
        set({ screen: 'unavailable', loadError: answer.error });
        return;
      }
      status = answer.value;
    }
    if (status.state !== 'unlocked') {
      set({ screen: status.state === 'absent' ? 'setup' : 'unlock', status });
      return;
    }
    const settings = await api.getSettings({});
    if (!settings.ok && settings.error.code === 'STORE_LOCKED') {
      set({ screen: 'unlock', status: { ...status, state: 'locked' } });
      return;
    }
    const person = await api.getSession({});
    if (!person.ok) {
      set({ screen: person.error.code === 'STORE_LOCKED' ? 'unlock' : 'unavailable', status, loadError: person.error, person: null });
      return;
    }
    set({
      screen: screenForPerson(person.value),
      status,
      settings: settings.ok ? settings.value : null,
      person: person.value,
      lockReason: null,
      lockedAfterMinutes: null,
      lockError: null,
    });
  },

  async lock(reason) {
    if (get().locking) return false;
    const minutes = get().settings?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES;
    set({ locking: true, lockError: null });
    const answer = await api.lockStore({});
    if (!answer.ok || answer.value.state === 'unlocked') {
      // Never pretend: if the store did not lock, the shell stays and says so.
      set({ locking: false, lockError: answer.ok ? toApiError('INTERNAL', i18n.t('stillUnlocked', { ns: 'shell' })) : answer.error });
      return false;
    }
    set({
      locking: false,
      screen: answer.value.state === 'absent' ? 'setup' : 'unlock',
      status: answer.value,
      settings: null,
      person: null, // the store signs everyone out when it locks
      lockReason: reason,
      lockedAfterMinutes: reason === 'idle' ? minutes : null,
    });
    return true;
  },

  async refreshStatus() {
    const answer = await api.getStoreStatus({});
    if (!answer.ok || get().screen !== 'shell') return;
    const status = answer.value;
    if (status.state === 'unlocked') {
      const organisation = get().settings?.organisation ?? status.organisation;
      set({ status: { ...status, organisation } });
    } else {
      // Locked (or gone) behind our back: show it as it is, never a stale shell.
      set({ screen: status.state === 'absent' ? 'setup' : 'unlock', status, settings: null, person: null, lockReason: null });
    }
  },

  setSettings(settings) {
    const status = get().status;
    set({ settings, status: status ? { ...status, organisation: settings.organisation } : status });
  },

  clearLockError() {
    set({ lockError: null });
  },

  signedIn(session) {
    set({ person: session, screen: screenForPerson(session) });
  },

  async switchUser() {
    const answer = await api.signOut({});
    if (!answer.ok) {
      set({ lockError: answer.error });
      return false;
    }
    set({ person: answer.value, screen: screenForPerson(answer.value), lockError: null });
    return true;
  },

  setPerson(session) {
    set({ person: session, screen: screenForPerson(session) });
  },
}));

// If the store turns out to be locked while the shell is showing (locked from another
// window, or by the command line), show the unlock screen rather than a stale shell.
onApiError((error) => {
  const session = useSession.getState();
  if (error.code === 'STORE_LOCKED' && session.screen === 'shell') void session.refreshStatus();
  // Signed out behind our back (e.g. from another window): ask who is using Verbatim again.
  if (error.code === 'NOT_SIGNED_IN' && session.screen === 'shell') {
    void api.getSession({}).then((answer) => {
      if (answer.ok) useSession.getState().setPerson(answer.value);
    });
  }
});

/** The signed-in person, or null. */
export const useCurrentUser = () => useSession((state) => state.person?.user ?? null);

/** Puts the session back to its first state (tests, and a full reload). */
export function resetSession(): void {
  useSession.setState({ ...initial });
}
