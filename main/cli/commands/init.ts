import { newPassphraseSchema, organisationNameSchema, PASSPHRASE_MIN_LENGTH } from '../../../shared/store/schemas';
import { StoreService } from '../../store/store-service';
import { UserError, type CliCommand } from '../command';
import { readPassphrase } from '../passphrase';
import { parse, PASSPHRASE_ENV, requireOption, serviceCall, storeOptions } from '../store-options';

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'create a new encrypted store and print its recovery key',
  usage: 'Usage: verbatim init --db PATH [--organisation NAME] [--passphrase-file FILE]',
  async run(args, io) {
    const { values } = parse(args, { ...storeOptions, organisation: { type: 'string' } });
    const dbPath = requireOption(values.db, '--db');
    const organisation = values.organisation ?? 'My Healthwatch';
    if (!organisationNameSchema.safeParse(organisation).success) throw new UserError('the organisation name must not be blank');
    const store = new StoreService(dbPath);
    if (store.status().state !== 'absent') throw new UserError(`a store already exists at ${store.paths.db}; it has not been touched`);
    const passphrase = await readPassphrase(io, {
      envVar: PASSPHRASE_ENV,
      file: values['passphrase-file'],
      prompt: 'New passphrase: ',
      confirm: true,
    });
    if (!newPassphraseSchema.safeParse(passphrase).success) {
      throw new UserError(`the passphrase must be at least ${PASSPHRASE_MIN_LENGTH} characters`);
    }
    const { recoveryKey } = await serviceCall(() => store.create(organisation, passphrase));
    store.lock();
    io.stderr.write(
      `Created an encrypted store at ${store.paths.db}\n` +
        `Its key file is ${store.paths.keys}: keep it with the store.\n` +
        'Recovery key (shown once; write it down and keep it somewhere safe, apart from the laptop):\n',
    );
    io.stdout.write(`${recoveryKey}\n`);
    return 0;
  },
};
