import { resolve } from 'node:path';
import type { CliCommand } from '../command';
import { parse, requireOption, serviceCall, storeOptions, openStore } from '../store-options';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'write a consistent, still-encrypted copy of a store (it may be in use)',
  usage: 'Usage: verbatim backup --db PATH --out FILE [--passphrase-file FILE]',
  async run(args, io) {
    const { values } = parse(args, { ...storeOptions, out: { type: 'string' } });
    const dbPath = requireOption(values.db, '--db');
    const out = resolve(requireOption(values.out, '--out'));
    const { store } = await openStore(io, dbPath, values['passphrase-file']);
    try {
      const info = await serviceCall(() => store.backupTo(out));
      io.stdout.write(`Backup written to ${out} (${info.sizeBytes} bytes). It opens with the passphrase in use now.\n`);
      return 0;
    } finally {
      store.lock();
    }
  },
};
