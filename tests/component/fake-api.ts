/**
 * A fake `window.verbatim` for component tests, typed as the real VerbatimApi. It
 * keeps a little state (the store absent, locked or unlocked; settings; people and
 * who is signed in; events, services, prompts and saved stories) so that flows can
 * be followed from screen to screen. Each method is a vi.fn that a test can replace.
 */
import { vi, type Mock } from 'vitest';
import type { Event, NewStory, Service, StoryDetail } from '../../shared/capture/story';
import { METHODS, type Method, type VerbatimApi } from '../../shared/ipc/contract';
import { err, ok, type ErrorCode } from '../../shared/result';
import type { Settings, StoreStatus } from '../../shared/store/schemas';
import type { Session, User } from '../../shared/users/schemas';

export const PASSPHRASE = 'quiet harbour lantern 42';
export const RECOVERY_KEY = 'G7WH3C-J5E25Y-AEV2HN-VVQZ13-Q58A08-B4TP4K-TM7HAV-4Y48NZ';
export const STORE_PATH = '/home/staff/.config/Verbatim/verbatim.db';
/** 32 bytes, base64: the draft key the fake store hands out. */
export const DRAFT_KEY = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';

export const ADMIN: User & { pin: string } = { id: '8d7a2c1e-5b43-4f6a-9c0d-1e2f3a4b5c6d', name: 'Amira Khan', role: 'admin', retired: false, pin: '2468' };
export const OUTREACH: User & { pin: string } = { id: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9', name: 'Tomasz Nowak', role: 'outreach', retired: false, pin: '1357' };
export const VOLUNTEER: User & { pin: string } = { id: '2a3b4c5d-6e7f-4a8b-9c0d-e1f2a3b4c5d6', name: 'Grace Mensah', role: 'volunteer', retired: false, pin: '9753' };

export const SERVICES: Service[] = [
  { id: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5', name: 'Church Street Surgery', type: 'gp', odsCode: 'F85012', cqcLocationId: null, retired: false },
  { id: '1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6', name: 'St Mary’s Hospital A&E', type: 'a-and-e', odsCode: null, cqcLocationId: null, retired: false },
  { id: '2e3f4a5b-6c7d-4e8f-9a01-b2c3d4e5f6a7', name: 'Edgware Road Pharmacy', type: 'pharmacy', odsCode: null, cqcLocationId: null, retired: false },
];

export const EVENT: Event = {
  id: '3f4a5b6c-7d8e-4f90-a1b2-c3d4e5f6a7b8',
  name: 'Church Street community fair',
  heldOn: '2026-03-14',
  place: 'Church Street Library',
  partner: null,
  storyCount: 0,
};

export interface FakeState {
  state: StoreStatus['state'];
  organisation: string;
  autoLockMinutes: number;
  passphrase: string;
  recoveryKeyConfirmed: boolean;
  users: Array<User & { pin: string }>;
  /** Who is signed in; by default the administrator, when the store starts unlocked. */
  signedIn: string | null;
  currentEventId: string | null;
  events: Event[];
  services: Service[];
  prompts: string[];
  /** Every saveStory request that was accepted, in order. */
  saved: NewStory[];
  savedIds: Map<string, string>;
}

type Fakes = { [M in Method]: Mock<VerbatimApi[M]> };
export type FakeApi = VerbatimApi & Fakes;

const publicUser = ({ pin: _pin, ...user }: User & { pin: string }): User => user;

export function fakeApi(initial: Partial<FakeState> = {}): { api: FakeApi; state: FakeState } {
  const startsUnlocked = (initial.state ?? 'locked') === 'unlocked';
  const state: FakeState = {
    state: 'locked',
    organisation: 'Healthwatch Westminster',
    autoLockMinutes: 10,
    passphrase: PASSPHRASE,
    recoveryKeyConfirmed: true,
    users: [ADMIN],
    signedIn: startsUnlocked ? ADMIN.id : null,
    currentEventId: null,
    events: [EVENT],
    services: SERVICES,
    prompts: ['What happened?', 'Is there anything else you would like us to know?'],
    saved: [],
    savedIds: new Map(),
    ...initial,
  };
  const unlocked = () => state.state === 'unlocked';
  const status = (): StoreStatus => ({
    state: state.state,
    path: STORE_PATH,
    organisation: unlocked() ? state.organisation : null,
    recoveryKeyConfirmed: unlocked() ? state.recoveryKeyConfirmed : null,
    schemaVersion: unlocked() ? 2 : null,
    integrity: unlocked() ? 'ok' : 'unchecked',
    integrityProblem: null,
  });
  const settings = (): Settings => ({ organisation: state.organisation, autoLockMinutes: state.autoLockMinutes });
  const me = () => state.users.find((user) => user.id === state.signedIn) ?? null;
  const session = (): Session => {
    const user = me();
    return { user: user ? publicUser(user) : null, currentEventId: state.currentEventId, needsFirstUser: state.users.length === 0 };
  };
  const locked = () => err('STORE_LOCKED', 'The store is locked. Unlock it to continue.');
  const notSignedIn = () => err('NOT_SIGNED_IN', 'Sign in first.');
  const forbidden = () => err('FORBIDDEN', 'Your role does not allow this.');
  /** Runs `then` only for a signed-in person on an unlocked store. */
  const guarded = <T,>(then: (user: User & { pin: string }) => T) => {
    if (!unlocked()) return locked();
    const user = me();
    return user ? then(user) : notSignedIn();
  };

  // Methods of capabilities these tests do not reach answer "not faked" (see below).
  const impl: Partial<{ [M in Method]: VerbatimApi[M] }> = {
    getStoreStatus: async () => ok(status()),
    createStore: async ({ organisation, passphrase }) => {
      if (state.state !== 'absent') return err('STORE_EXISTS', 'A store already exists.');
      Object.assign(state, { state: 'unlocked', organisation, passphrase, recoveryKeyConfirmed: false, users: [], signedIn: null });
      return ok({ recoveryKey: RECOVERY_KEY });
    },
    unlockStore: async ({ passphrase }) => {
      if (passphrase !== state.passphrase) return err('WRONG_PASSPHRASE', 'That passphrase does not unlock this store.');
      state.state = 'unlocked';
      return ok(status());
    },
    recoverStore: async ({ recoveryKey, newPassphrase }) => {
      if (recoveryKey.replace(/[\s-]/g, '').toUpperCase() !== RECOVERY_KEY.replace(/-/g, '')) {
        return err('WRONG_RECOVERY_KEY', 'That recovery key does not unlock this store.');
      }
      Object.assign(state, { state: 'unlocked', passphrase: newPassphrase });
      return ok(status());
    },
    lockStore: async () => {
      if (unlocked()) Object.assign(state, { state: 'locked', signedIn: null, currentEventId: null });
      return ok(status());
    },
    confirmRecoveryKey: async () => {
      if (!unlocked()) return locked();
      state.recoveryKeyConfirmed = true;
      return ok(status());
    },
    replaceRecoveryKey: async ({ passphrase }) => {
      if (!unlocked()) return locked();
      if (passphrase !== state.passphrase) return err('WRONG_PASSPHRASE', 'That passphrase is not right.');
      state.recoveryKeyConfirmed = false;
      return ok({ recoveryKey: RECOVERY_KEY });
    },
    changePassphrase: async ({ current, next }) => {
      if (current !== state.passphrase) return err('WRONG_PASSPHRASE', 'That passphrase does not unlock this store.');
      state.passphrase = next;
      return ok({ changed: true as const });
    },
    listBackups: async () => ok([]),
    restoreBackup: async () => err('NOT_FOUND', 'There is no backup with that name.'),
    getSettings: async () => (unlocked() ? ok(settings()) : locked()),
    updateSettings: async (changes) => {
      if (!unlocked()) return locked();
      if (changes.organisation !== undefined) state.organisation = changes.organisation;
      if (changes.autoLockMinutes !== undefined) state.autoLockMinutes = changes.autoLockMinutes;
      return ok(settings());
    },

    getSession: async () => (unlocked() ? ok(session()) : locked()),
    listUsers: async () => (unlocked() ? ok(state.users.map(publicUser)) : locked()),
    createFirstUser: async ({ name, pin }) => {
      if (!unlocked()) return locked();
      if (state.users.length > 0) return forbidden();
      const user = { id: '4a5b6c7d-8e9f-4a01-b2c3-d4e5f6a7b8c9', name, role: 'admin' as const, retired: false, pin };
      state.users = [user];
      state.signedIn = user.id;
      return ok(session());
    },
    createUser: async () => err('INTERNAL', 'createUser is not faked.'),
    signIn: async ({ userId, pin }) => {
      if (!unlocked()) return locked();
      const user = state.users.find((candidate) => candidate.id === userId);
      if (!user) return err('NOT_FOUND', 'There is no such person on this laptop.');
      if (user.pin !== pin) return err('WRONG_PIN', `That is not ${user.name}'s PIN.`);
      state.signedIn = user.id;
      state.currentEventId = null;
      return ok(session());
    },
    signOut: async () => {
      state.signedIn = null;
      state.currentEventId = null;
      return unlocked() ? ok(session()) : locked();
    },
    setCurrentEvent: async ({ eventId }) =>
      guarded(() => {
        state.currentEventId = eventId;
        return ok(session());
      }),
    changeUserRole: async () => err('INTERNAL', 'changeUserRole is not faked.'),
    retireUser: async () => err('INTERNAL', 'retireUser is not faked.'),
    changePin: async ({ currentPin, nextPin }) =>
      guarded((user) => {
        if (user.pin !== currentPin) return err('WRONG_PIN', 'That is not your current PIN.');
        user.pin = nextPin;
        return ok({ changed: true as const });
      }),

    listServices: async ({ includeRetired }) => guarded(() => ok(state.services.filter((service) => includeRetired || !service.retired))),
    createService: async () => err('INTERNAL', 'createService is not faked.'),
    updateService: async () => err('INTERNAL', 'updateService is not faked.'),
    retireService: async () => err('INTERNAL', 'retireService is not faked.'),
    listEvents: async () => guarded((user) => (user.role === 'volunteer' ? forbidden() : ok(state.events))),
    createEvent: async (input) =>
      guarded(() => {
        const event: Event = { id: '5b6c7d8e-9f01-4a2b-8c3d-e4f5a6b7c8d9', storyCount: 0, ...input };
        state.events = [event, ...state.events];
        return ok(event);
      }),
    saveStory: async (story) =>
      guarded((user) => {
        if (user.role === 'volunteer') return forbidden();
        if (!story.consent.keep) return err('CONSENT_REQUIRED', 'No agreement to keep the story.');
        const already = story.draftId ? state.savedIds.get(story.draftId) : undefined;
        const count = () => (story.eventId ? state.saved.filter((saved) => saved.eventId === story.eventId).length : null);
        if (already) return ok({ id: already, savedAt: new Date().toISOString(), eventStoryCount: count(), alreadySaved: true });
        const id = `6c7d8e9f-0a1b-4c2d-9e3f-${String(state.saved.length).padStart(12, '0')}`;
        state.saved.push(story);
        if (story.draftId) state.savedIds.set(story.draftId, id);
        return ok({ id, savedAt: new Date().toISOString(), eventStoryCount: count(), alreadySaved: false });
      }),
    listStories: async () => guarded((user) => (user.role === 'volunteer' ? forbidden() : ok({ items: [], nextCursor: null }))),
    getStory: async () => err('NOT_FOUND', 'There is no such story.'),
    reviseStory: async () => err('INTERNAL', 'reviseStory is not faked.'),
    setTranslation: async () => err('INTERNAL', 'setTranslation is not faked.'),
    setSafeguarding: async () => err('INTERNAL', 'setSafeguarding is not faked.'),
    updateConsent: async () => err('INTERNAL', 'updateConsent is not faked.'),
    removeContact: async () => err('INTERNAL', 'removeContact is not faked.'),
    submitStory: async () => err('INTERNAL', 'submitStory is not faked.'),
    deleteStory: async () => err('INTERNAL', 'deleteStory is not faked.'),
    getPrompts: async () => guarded(() => ok(state.prompts)),
    setPrompts: async ({ prompts }) =>
      guarded(() => {
        state.prompts = prompts;
        return ok(prompts);
      }),
    getDraftKey: async () => guarded(() => ok({ key: DRAFT_KEY })),
    verifyAudit: async () => ok({ entries: 0, ok: true, firstBrokenSeq: null, problem: null }),
  };

  const fakes = Object.fromEntries(
    METHODS.map((method) => [method, vi.fn(impl[method] ?? (async () => err('INTERNAL', `${method} is not faked in this test.`)))]),
  ) as unknown as Fakes;
  return { api: fakes as FakeApi, state };
}

/** A story as getStory answers, for tests that open the detail view. */
export function storyDetail(overrides: Partial<StoryDetail> = {}): StoryDetail {
  return {
    id: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a',
    text: '  As told.\n',
    sha256: '0'.repeat(64),
    wordsKind: 'own-words',
    language: 'English',
    interpreter: false,
    translation: null,
    channel: 'community-event',
    event: { id: EVENT.id, name: EVENT.name, heldOn: EVENT.heldOn },
    heardOn: '2026-03-14',
    recordedById: ADMIN.id,
    recordedByName: ADMIN.name,
    deviceId: 'device-1',
    services: [],
    consent: { keep: true, share: true, quote: false, contact: false },
    contact: null,
    hasContact: false,
    equality: {},
    safeguarding: { flagged: false, action: null, actionBy: null },
    status: 'submitted',
    sentiment: null,
    returnReason: null,
    createdAt: '2026-03-14T10:00:00.000Z',
    revisions: [{ revision: 1, text: '  As told.\n', sha256: '0'.repeat(64), reason: null, revisedById: ADMIN.id, revisedByName: ADMIN.name, revisedAt: '2026-03-14T10:00:00.000Z' }],
    history: [],
    ...overrides,
  };
}

// Read before any test fakes the clock, so a slowed answer waits on real time.
const realSetTimeout = globalThis.setTimeout;
/**
 * VERBATIM_TEST_API_DELAY_MS=N makes every fake answer arrive N ms after the call
 * (the call itself is recorded at once). Stress runs use it to expose tests that
 * read a screen once instead of waiting for what the answer brings.
 */
export const API_DELAY_MS = Number(process.env.VERBATIM_TEST_API_DELAY_MS ?? 0);

function slowed(api: VerbatimApi): VerbatimApi {
  if (!(API_DELAY_MS > 0)) return api;
  return new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const answer: unknown = await (value as (...a: unknown[]) => unknown).apply(target, args);
        await new Promise((done) => realSetTimeout(done, API_DELAY_MS));
        return answer;
      };
    },
  });
}

/** Puts a fake where the preload would put the real bridge. */
export function installApi(api: VerbatimApi): void {
  Object.defineProperty(window, 'verbatim', { value: slowed(api), configurable: true, writable: true });
}

export function removeApi(): void {
  Reflect.deleteProperty(window, 'verbatim');
}

/** A failed answer with a code, as the services send it. */
export const failure = (code: ErrorCode, message: string, retryAfterMs?: number) =>
  err(code, message, retryAfterMs !== undefined ? { retryAfterMs } : undefined);
