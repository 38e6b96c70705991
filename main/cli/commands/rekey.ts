import { newPassphraseSchema, PASSPHRASE_MIN_LENGTH } from '../../../shared/store/schemas';
import { StoreService } from '../../store/store-service';
import { UserError, type CliCommand } from '../command';
import { readPassphrase } from '../passphrase';
import { parse, PASSPHRASE_ENV, requireOption, serviceCall, storeOptions } from '../store-options';

export const NEW_PASSPHRASE_ENV = 'VERBATIM_NEW_PASSPHRASE';

export const rekeyCommand: CliCommand = {
  name: 'rekey',
  summary: 'change the passphrase (no story is rewritten)',
  usage: `Usage: verbatim rekey --db PATH [--passphrase-file FILE] [--new-passphrase-file FILE]   (or ${NEW_PASSPHRASE_ENV})`,
  async run(args, io) {
    const { values } = parse(args, { ...storeOptions, 'new-passphrase-file': { type: 'string' } });
    const store = new StoreService(requireOption(values.db, '--db'));
    if (store.status().state === 'absent') throw new UserError(`there is no store at ${store.paths.db}`);
    const current = await readPassphrase(io, { envVar: PASSPHRASE_ENV, file: values['passphrase-file'], prompt: 'Current passphrase: ' });
    const next = await readPassphrase(io, {
      envVar: NEW_PASSPHRASE_ENV,
      file: values['new-passphrase-file'],
      prompt: 'New passphrase: ',
      confirm: true,
    });
    if (!newPassphraseSchema.safeParse(next).success) {
      throw new UserError(`the new passphrase must be at least ${PASSPHRASE_MIN_LENGTH} characters`);
    }
    await serviceCall(() => store.changePassphrase(current, next));
    io.stdout.write('Passphrase changed. The recovery key still works; backups made earlier open with the passphrase of their time.\n');
    return 0;
  },
};
