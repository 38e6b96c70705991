import { resolve } from 'node:path';
import { StoreService } from '../../store/store-service';
import type { CliCommand } from '../command';
import { readPassphrase } from '../passphrase';
import { parse, PASSPHRASE_ENV, requireOption, serviceCall, storeOptions } from '../store-options';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'restore a backup over a store, after checking that it opens',
  usage: 'Usage: verbatim restore --from FILE --db PATH [--passphrase-file FILE]   (the passphrase in use when the backup was made)',
  async run(args, io) {
    const { values } = parse(args, { ...storeOptions, from: { type: 'string' } });
    const from = resolve(requireOption(values.from, '--from'));
    const store = new StoreService(requireOption(values.db, '--db'));
    const passphrase = await readPassphrase(io, { envVar: PASSPHRASE_ENV, file: values['passphrase-file'], prompt: 'Passphrase of the backup: ' });
    const existed = store.status().state !== 'absent';
    await serviceCall(() => store.restoreFrom(from, passphrase));
    store.lock();
    io.stdout.write(
      `Restored ${from} to ${store.paths.db}.${existed ? ' The store it replaced was kept beside it with ".replaced-" in its name.' : ''}\n`,
    );
    return 0;
  },
};
