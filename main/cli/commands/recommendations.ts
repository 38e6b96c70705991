/** `verbatim recommendations --db PATH [--json] [--overdue]`: every recommendation, one a line, for schedules and checks. */
import { todayBy } from '../../core/clock';
import { recommendationLines } from '../../recommendations/recommendation-lines';
import { UsageError, type CliCommand } from '../command';
import { openStore, parse, requireOption, storeOptions } from '../store-options';

export const recommendationsCommand: CliCommand = {
  name: 'recommendations',
  summary: 'print the recommendations with their due dates, responses and status (one JSON object a line with --json)',
  usage: 'Usage: verbatim recommendations --db PATH [--json] [--overdue] [--passphrase-file FILE]\n  --overdue: only those whose response or next review is overdue today.',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...storeOptions, json: { type: 'boolean' }, overdue: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const services = await openStore(io, requireOption(values.db, '--db'), values['passphrase-file']);
    try {
      for (const line of recommendationLines(services.store.requireDb(), todayBy(services.clock), values.overdue === true)) {
        const out = values.json ? JSON.stringify(line) : `${line.id}  ${line.status.padEnd(17)}  due ${line.dueOn ?? '-'.padEnd(10)}  ${line.organisation}: ${line.title}`;
        if (!io.stdout.write(`${out}\n`)) await new Promise((resolve) => io.stdout.once('drain', resolve));
      }
      return 0;
    } finally {
      services.store.lock();
    }
  },
};
