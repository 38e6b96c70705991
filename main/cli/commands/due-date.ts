/**
 * `verbatim due-date --from YYYY-MM-DD [--working-days N] [--db PATH]`: the response
 * date by the working-day rule, alone on stdout. The shipped bank-holiday table, or
 * with --db the one in use in that store.
 */
import { isoDateSchema } from '../../../shared/capture/story';
import { RESPONSE_WORKING_DAYS } from '../../../shared/recommendations/vocabulary';
import { dueDateIn, shippedBankHolidays } from '../../recommendations/bank-holidays';
import { UsageError, type CliCommand } from '../command';
import { openStore, parse, requireOption, serviceCall, storeOptions } from '../store-options';

const MAX_WORKING_DAYS = 1000;

function workingDays(value: string | undefined): number {
  if (value === undefined) return RESPONSE_WORKING_DAYS;
  const days = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(days >= 1 && days <= MAX_WORKING_DAYS)) throw new UsageError(`--working-days is a whole number from 1 to ${MAX_WORKING_DAYS}, not "${value}"`);
  return days;
}

export const dueDateCommand: CliCommand = {
  name: 'due-date',
  summary: 'print the date a response is due: the 20th (or --working-days N) working day after --from',
  usage: 'Usage: verbatim due-date --from YYYY-MM-DD [--working-days N] [--db PATH [--passphrase-file FILE]]',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...storeOptions, from: { type: 'string' }, 'working-days': { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const from = requireOption(values.from, '--from');
    if (!isoDateSchema.safeParse(from).success) throw new UsageError(`--from must be a real date written YYYY-MM-DD, not "${from}"`);
    const days = workingDays(values['working-days']);
    if (values.db === undefined) {
      io.stdout.write(`${await serviceCall(() => dueDateIn(shippedBankHolidays(), from, days))}\n`);
      return 0;
    }
    const services = await openStore(io, values.db, values['passphrase-file']);
    try {
      services.users.actAsCommandLine();
      io.stdout.write(`${await serviceCall(() => services.bankHolidays.dueDate(from, days))}\n`);
      return 0;
    } finally {
      services.store.lock();
    }
  },
};
