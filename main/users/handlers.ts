import type { usersContract } from '../../shared/users/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function userHandlers({ users }: Services): HandlersFor<keyof typeof usersContract> {
  return {
    getSession: () => users.session(),
    listUsers: () => users.list(),
    createFirstUser: ({ name, pin }) => users.createFirst(name, pin),
    createUser: ({ name, role, pin }) => users.create(name, role, pin),
    signIn: ({ userId, pin }) => users.signIn(userId, pin),
    signOut: () => users.signOut(),
    setCurrentEvent: ({ eventId }) => users.setCurrentEvent(eventId),
    changeUserRole: ({ userId, role }) => users.changeRole(userId, role),
    retireUser: ({ userId }) => users.retire(userId),
    changePin: async ({ currentPin, nextPin }) => {
      await users.changeOwnPin(currentPin, nextPin);
      return { changed: true as const };
    },
  };
}
