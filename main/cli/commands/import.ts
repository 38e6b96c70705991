import { resolve } from 'node:path';
import { createJobContext } from '../../jobs/job-context';
import { UsageError, type CliCommand } from '../command';
import { readPassphrase } from '../passphrase';
import { openStore, parse, requireOption, serviceCall, storeOptions } from '../store-options';
import { BUNDLE_PASSPHRASE_ENV } from './transfer';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'merge a transfer file from another laptop into a store (all or nothing)',
  usage:
    'Usage: verbatim import --db PATH FILE [--passphrase-file FILE] [--bundle-passphrase-file FILE]\n' +
    `  The transfer file's passphrase comes from ${BUNDLE_PASSPHRASE_ENV}, --bundle-passphrase-file, or a prompt.`,
  async run(args, io) {
    const { values, positionals } = parse(args, { ...storeOptions, 'bundle-passphrase-file': { type: 'string' } });
    const dbPath = requireOption(values.db, '--db');
    if (positionals.length !== 1) throw new UsageError('give exactly one transfer file to import');
    const file = resolve(positionals[0]!);
    const services = await openStore(io, dbPath, values['passphrase-file']);
    try {
      const passphrase = await readPassphrase(io, { envVar: BUNDLE_PASSPHRASE_ENV, file: values['bundle-passphrase-file'], prompt: 'Passphrase for the transfer file: ' });
      const user = await serviceCall(() => services.users.actAsCommandLine());
      const report = await serviceCall(() => services.transfer.importFile({ path: file, passphrase }, user, createJobContext()));
      const { stories, toCreate } = report;
      const lines = [
        `Imported ${file} (from laptop ${report.device}).`,
        `new: ${stories.new}`,
        `unchanged: ${stories.unchanged}`,
        `updated: ${stories.updated}`,
        `conflicting: ${stories.conflicting}`,
        `deleted here, not brought back: ${stories.deleted}`,
        `created: ${toCreate.people} people, ${toCreate.services} services, ${toCreate.events} events, ${toCreate.codes} codes`,
        ...report.conflicts.map((conflict) => `conflict: story ${conflict.storyId} (${[...(conflict.words ? ['words'] : []), ...conflict.fields].join(', ')})`),
      ];
      io.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      services.store.lock();
    }
  },
};
