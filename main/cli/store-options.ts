/** Options shared by the commands that work on a store, and opening one. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ServiceError } from '../../shared/result';
import { toServiceError } from '../files/fs-errors';
import { createServices, type Services } from '../core/services';
import { UsageError, UserError, type CliIo } from './command';
import { readPassphrase } from './passphrase';

export const PASSPHRASE_ENV = 'VERBATIM_PASSPHRASE';

export const storeOptions = {
  db: { type: 'string' },
  'passphrase-file': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function requireOption(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${flag} is required`);
  return value;
}

/** Runs a service call, turning its typed errors into one-line user errors. */
export async function serviceCall<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ServiceError) throw new UserError(error.message);
    const known = toServiceError(error, 'the store');
    if (known.code !== 'INTERNAL') throw new UserError(known.message);
    throw error;
  }
}

/** Unlocks the store at `dbPath` and returns every service over it; call `store.lock()` when done. */
export async function openStore(io: CliIo, dbPath: string, passphraseFile: string | undefined): Promise<Services> {
  const services = createServices(dbPath);
  // Checked before asking for a passphrase, so nobody types one for a store that is not there.
  if (services.store.status().state === 'absent') throw new UserError(`there is no store at ${services.store.paths.db}`);
  const passphrase = await readPassphrase(io, { envVar: PASSPHRASE_ENV, file: passphraseFile, prompt: 'Passphrase: ' });
  await serviceCall(() => services.store.unlock(passphrase));
  return services;
}
