import { resolve } from 'node:path';
import { newPassphraseSchema, PASSPHRASE_MIN_LENGTH } from '../../../shared/store/schemas';
import { createJobContext } from '../../jobs/job-context';
import { UsageError, UserError, type CliCommand } from '../command';
import { readPassphrase } from '../passphrase';
import { openStore, parse, requireOption, serviceCall, storeOptions } from '../store-options';

export const BUNDLE_PASSPHRASE_ENV = 'VERBATIM_BUNDLE_PASSPHRASE';

export const transferCommand: CliCommand = {
  name: 'transfer',
  summary: 'write an encrypted transfer file of stories for another laptop (the office)',
  usage:
    'Usage: verbatim transfer --db PATH --out FILE [--since YYYY-MM-DD] [--passphrase-file FILE] [--bundle-passphrase-file FILE]\n' +
    `  The transfer file's own passphrase comes from ${BUNDLE_PASSPHRASE_ENV}, --bundle-passphrase-file, or a prompt.`,
  async run(args, io) {
    const { values, positionals } = parse(args, { ...storeOptions, out: { type: 'string' }, since: { type: 'string' }, 'bundle-passphrase-file': { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const dbPath = requireOption(values.db, '--db');
    const out = resolve(requireOption(values.out, '--out'));
    const since = values.since ?? null;
    if (since !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(`${since}T00:00:00Z`)))) {
      throw new UsageError('--since must be a date written YYYY-MM-DD');
    }
    const services = await openStore(io, dbPath, values['passphrase-file']);
    try {
      const passphrase = await readPassphrase(io, {
        envVar: BUNDLE_PASSPHRASE_ENV,
        file: values['bundle-passphrase-file'],
        prompt: 'Passphrase for the transfer file: ',
        confirm: true,
      });
      if (!newPassphraseSchema.safeParse(passphrase).success) {
        throw new UserError(`the transfer file's passphrase must be at least ${PASSPHRASE_MIN_LENGTH} characters long`);
      }
      const user = await serviceCall(() => services.users.actAsCommandLine());
      const result = await serviceCall(() => services.transfer.exportFile({ path: out, passphrase, since }, user, createJobContext()));
      const { stories, revisions, events, services: serviceCount } = result.counts;
      io.stdout.write(
        `Transfer file written to ${out}: ${stories} stories (${revisions} revisions), ${events} events, ${serviceCount} services.\nSHA-256: ${result.sha256}\n`,
      );
      return 0;
    } finally {
      services.store.lock();
    }
  },
};
