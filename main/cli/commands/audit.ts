import { verifyAudit } from '../../audit/audit-log';
import { UsageError, type CliCommand } from '../command';
import { openStore, parse, requireOption, storeOptions } from '../store-options';

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'check the audit trail: verbatim audit verify --db PATH',
  usage: 'Usage: verbatim audit verify --db PATH [--json] [--passphrase-file FILE]',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...storeOptions, json: { type: 'boolean' } });
    if (positionals[0] !== 'verify' || positionals.length !== 1) throw new UsageError('the only audit command is "verify"');
    const { store } = await openStore(io, requireOption(values.db, '--db'), values['passphrase-file']);
    try {
      const result = verifyAudit(store.requireDb());
      if (values.json) io.stdout.write(`${JSON.stringify(result)}\n`);
      else if (result.ok) io.stdout.write(`The audit trail is intact: ${result.entries} entries, each chained to the one before.\n`);
      else io.stdout.write(`The audit trail is broken at entry ${result.firstBrokenSeq}: ${result.problem}.\n`);
      return result.ok ? 0 : 1;
    } finally {
      store.lock();
    }
  },
};
