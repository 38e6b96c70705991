/**
 * A fake `window.verbatim` for component tests, typed as the real VerbatimApi. It
 * keeps a little state (absent, locked, unlocked; settings) so that flows can be
 * followed from screen to screen; each method is a vi.fn that a test can replace.
 */
import { vi, type Mock } from 'vitest';
import { METHODS, type VerbatimApi } from '../../shared/ipc/contract';
import type { storeContract } from '../../shared/store/contract';
import { err, ok, type ErrorCode } from '../../shared/result';
import type { Settings, StoreStatus } from '../../shared/store/schemas';

export const PASSPHRASE = 'quiet harbour lantern 42';
export const RECOVERY_KEY = 'G7WH3C-J5E25Y-AEV2HN-VVQZ13-Q58A08-B4TP4K-TM7HAV-4Y48NZ';
export const STORE_PATH = '/home/staff/.config/Verbatim/verbatim.db';

type StoreMethod = keyof typeof storeContract;
type StoreFakes = { [M in StoreMethod]: Mock<VerbatimApi[M]> };
/** The whole bridge; the store's methods are stateful fakes, any other answers "not faked". */
export type FakeApi = VerbatimApi & StoreFakes;

export interface FakeState {
  state: StoreStatus['state'];
  organisation: string;
  autoLockMinutes: number;
  passphrase: string;
}

export function fakeApi(initial: Partial<FakeState> = {}): { api: FakeApi; state: FakeState } {
  const state: FakeState = { state: 'locked', organisation: 'Healthwatch Westminster', autoLockMinutes: 10, passphrase: PASSPHRASE, ...initial };
  const status = (): StoreStatus => ({
    state: state.state,
    path: STORE_PATH,
    organisation: state.state === 'unlocked' ? state.organisation : null,
    schemaVersion: state.state === 'unlocked' ? 1 : null,
    integrity: state.state === 'unlocked' ? 'ok' : 'unchecked',
    integrityProblem: null,
  });
  const settings = (): Settings => ({ organisation: state.organisation, autoLockMinutes: state.autoLockMinutes });
  const locked = () => err('STORE_LOCKED', 'The store is locked. Unlock it to continue.');

  const store: StoreFakes = {
    getStoreStatus: vi.fn<VerbatimApi['getStoreStatus']>(async () => ok(status())),
    createStore: vi.fn<VerbatimApi['createStore']>(async ({ organisation, passphrase }) => {
      if (state.state !== 'absent') return err('STORE_EXISTS', 'A store already exists.');
      Object.assign(state, { state: 'unlocked', organisation, passphrase });
      return ok({ recoveryKey: RECOVERY_KEY });
    }),
    unlockStore: vi.fn<VerbatimApi['unlockStore']>(async ({ passphrase }) => {
      if (passphrase !== state.passphrase) return err('WRONG_PASSPHRASE', 'That passphrase does not unlock this store.');
      state.state = 'unlocked';
      return ok(status());
    }),
    recoverStore: vi.fn<VerbatimApi['recoverStore']>(async ({ recoveryKey, newPassphrase }) => {
      if (recoveryKey.replace(/[\s-]/g, '').toUpperCase() !== RECOVERY_KEY.replace(/-/g, '')) {
        return err('WRONG_RECOVERY_KEY', 'That recovery key does not unlock this store.');
      }
      Object.assign(state, { state: 'unlocked', passphrase: newPassphrase });
      return ok(status());
    }),
    lockStore: vi.fn<VerbatimApi['lockStore']>(async () => {
      if (state.state === 'unlocked') state.state = 'locked';
      return ok(status());
    }),
    changePassphrase: vi.fn<VerbatimApi['changePassphrase']>(async ({ current, next }) => {
      if (current !== state.passphrase) return err('WRONG_PASSPHRASE', 'That passphrase does not unlock this store.');
      state.passphrase = next;
      return ok({ changed: true as const });
    }),
    listBackups: vi.fn<VerbatimApi['listBackups']>(async () => ok([])),
    restoreBackup: vi.fn<VerbatimApi['restoreBackup']>(async () => err('NOT_FOUND', 'There is no backup with that name.')),
    getSettings: vi.fn<VerbatimApi['getSettings']>(async () => (state.state === 'unlocked' ? ok(settings()) : locked())),
    updateSettings: vi.fn<VerbatimApi['updateSettings']>(async (changes) => {
      if (state.state !== 'unlocked') return locked();
      if (changes.organisation !== undefined) state.organisation = changes.organisation;
      if (changes.autoLockMinutes !== undefined) state.autoLockMinutes = changes.autoLockMinutes;
      return ok(settings());
    }),
  };
  const others = Object.fromEntries(
    METHODS.filter((method) => !Object.hasOwn(store, method)).map((method) => [
      method,
      vi.fn(async () => err('INTERNAL', `${method} is not faked in this test.`)),
    ]),
  );
  const api = { ...others, ...store } as FakeApi;
  return { api, state };
}

/** Puts a fake where the preload would put the real bridge. */
export function installApi(api: VerbatimApi): void {
  Object.defineProperty(window, 'verbatim', { value: api, configurable: true, writable: true });
}

export function removeApi(): void {
  Reflect.deleteProperty(window, 'verbatim');
}

/** A failed answer with a code, as the services send it. */
export const failure = (code: ErrorCode, message: string, retryAfterMs?: number) =>
  err(code, message, retryAfterMs !== undefined ? { retryAfterMs } : undefined);
