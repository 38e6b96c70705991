import { resolve } from 'node:path';
import { createJobContext } from '../../jobs/job-context';
import { UsageError, type CliCommand } from '../command';
import { openStore, parse, requireOption, serviceCall, storeOptions } from '../store-options';

export const archiveCommand: CliCommand = {
  name: 'archive',
  summary: 'write a complete, documented archive of the whole store (personal data included)',
  usage:
    'Usage: verbatim archive --db PATH --out FILE.zip --as ADMIN --includes-personal-data [--passphrase-file FILE]\n' +
    '  --as names an administrator on the store; --includes-personal-data confirms you understand the\n' +
    '  archive holds everything, words as told and contact details included. See docs/archive.md.',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...storeOptions, out: { type: 'string' }, as: { type: 'string' }, 'includes-personal-data': { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const dbPath = requireOption(values.db, '--db');
    const out = resolve(requireOption(values.out, '--out'));
    const admin = requireOption(values.as, '--as');
    if (values['includes-personal-data'] !== true) throw new UsageError('--includes-personal-data is required: the archive holds personal data');
    const services = await openStore(io, dbPath, values['passphrase-file']);
    try {
      await serviceCall(() => services.users.actAsCommandLine(admin));
      // The passphrase was checked when the store was unlocked above.
      const result = await serviceCall(() => services.archive.exportArchive({ outPath: out, passphrase: '', understood: true }, createJobContext()));
      io.stdout.write(`Archive written to ${out}: ${result.tables} tables, ${result.rows} rows.\nManifest SHA-256: ${result.manifestSha256}\n`);
      return 0;
    } finally {
      services.store.lock();
    }
  },
};
