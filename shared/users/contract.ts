/** IPC methods for people on a shared laptop: sign in with a PIN, roles. */
import { z } from 'zod';
import { idSchema } from '../capture/story';
import { empty } from '../store/contract';
import { personNameSchema, pinSchema, ROLES, sessionSchema, userSchema } from './schemas';

export const usersContract = {
  getSession: { request: empty, response: sessionSchema },
  listUsers: { request: empty, response: z.array(userSchema) },
  createFirstUser: { request: z.object({ name: personNameSchema, pin: pinSchema }).strict(), response: sessionSchema },
  createUser: { request: z.object({ name: personNameSchema, role: z.enum(ROLES), pin: pinSchema }).strict(), response: userSchema },
  signIn: { request: z.object({ userId: idSchema, pin: z.string().max(20) }).strict(), response: sessionSchema },
  signOut: { request: empty, response: sessionSchema },
  setCurrentEvent: { request: z.object({ eventId: idSchema.nullable() }).strict(), response: sessionSchema },
  changeUserRole: { request: z.object({ userId: idSchema, role: z.enum(ROLES) }).strict(), response: userSchema },
  retireUser: { request: z.object({ userId: idSchema }).strict(), response: userSchema },
  changePin: {
    request: z.object({ currentPin: z.string().max(20), nextPin: pinSchema }).strict(),
    response: z.object({ changed: z.literal(true) }),
  },
} as const;
