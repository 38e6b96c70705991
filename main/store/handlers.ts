import type { storeContract } from '../../shared/store/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function storeHandlers({ store, settings, users }: Services): HandlersFor<keyof typeof storeContract> {
  return {
    getStoreStatus: () => store.status(),
    createStore: ({ organisation, passphrase }) => store.create(organisation, passphrase),
    unlockStore: ({ passphrase }) => store.unlock(passphrase),
    recoverStore: ({ recoveryKey, newPassphrase }) => store.recover(recoveryKey, newPassphrase),
    lockStore: () => store.lock(),
    confirmRecoveryKey: () => {
      // During setup nobody exists yet to sign in; after that it is staff business.
      if (!users.session().needsFirstUser) users.require('staff', 'admin');
      return store.confirmRecoveryKey();
    },
    replaceRecoveryKey: ({ passphrase }) => {
      users.require('staff', 'admin');
      return store.replaceRecoveryKey(passphrase);
    },
    changePassphrase: async ({ current, next }) => {
      await store.changePassphrase(current, next);
      return { changed: true as const };
    },
    listBackups: () => store.listBackups(),
    restoreBackup: ({ name, passphrase }) => store.restoreNamedBackup(name, passphrase),
    getSettings: () => settings.get(),
    updateSettings: (changes) => settings.update(changes),
  };
}
