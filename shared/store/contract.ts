/** IPC methods for opening, locking and looking after the store, and org settings. */
import { z } from 'zod';
import {
  autoLockMinutesSchema,
  backupInfoSchema,
  newPassphraseSchema,
  organisationNameSchema,
  passphraseSchema,
  recoveryKeySchema,
  settingsSchema,
  storeStatusSchema,
} from './schemas';

export const empty = z.object({}).strict();

export const storeContract = {
  getStoreStatus: { request: empty, response: storeStatusSchema },
  createStore: {
    request: z.object({ organisation: organisationNameSchema, passphrase: newPassphraseSchema }).strict(),
    response: z.object({ recoveryKey: z.string() }),
  },
  unlockStore: {
    request: z.object({ passphrase: passphraseSchema }).strict(),
    response: storeStatusSchema,
  },
  recoverStore: {
    request: z.object({ recoveryKey: recoveryKeySchema, newPassphrase: newPassphraseSchema }).strict(),
    response: storeStatusSchema,
  },
  lockStore: { request: empty, response: storeStatusSchema },
  confirmRecoveryKey: { request: empty, response: storeStatusSchema },
  replaceRecoveryKey: {
    request: z.object({ passphrase: passphraseSchema }).strict(),
    response: z.object({ recoveryKey: z.string() }),
  },
  changePassphrase: {
    request: z.object({ current: passphraseSchema, next: newPassphraseSchema }).strict(),
    response: z.object({ changed: z.literal(true) }),
  },
  listBackups: { request: empty, response: z.array(backupInfoSchema) },
  restoreBackup: {
    request: z.object({ name: z.string().min(1).max(255), passphrase: passphraseSchema }).strict(),
    response: storeStatusSchema,
  },
  getSettings: { request: empty, response: settingsSchema },
  updateSettings: {
    request: z
      .object({ organisation: organisationNameSchema.optional(), autoLockMinutes: autoLockMinutesSchema.optional() })
      .strict(),
    response: settingsSchema,
  },
} as const;
