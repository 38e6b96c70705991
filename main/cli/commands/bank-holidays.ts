/**
 * `verbatim bank-holidays [--db PATH] [--import FILE --as ADMIN [--accept-removed-dates]]`:
 * which bank-holiday table due dates are worked out with, and bringing in a newer one
 * (GOV.UK's bank-holidays.json, downloaded on another computer) as the app does.
 */
import { resolve } from 'node:path';
import type { BankHolidayStatus } from '../../../shared/recommendations/schemas';
import { shippedBankHolidays } from '../../recommendations/bank-holidays';
import { UsageError, type CliCommand } from '../command';
import { openStore, parse, serviceCall, storeOptions } from '../store-options';

const statusText = (status: Pick<BankHolidayStatus, 'source' | 'runsFrom' | 'runsTo' | 'holidays' | 'importedAt' | 'importedByName'>) =>
  [
    `Bank holidays: ${status.source === 'shipped' ? 'the table shipped with Verbatim' : `imported ${status.importedAt} by ${status.importedByName ?? 'unknown'}`}`,
    `Runs from ${status.runsFrom} to ${status.runsTo} (${status.holidays} bank holidays, England and Wales)`,
  ].join('\n');

export const bankHolidaysCommand: CliCommand = {
  name: 'bank-holidays',
  summary: 'show the bank-holiday table due dates use, or import a newer one (--import FILE --as ADMIN)',
  usage:
    'Usage: verbatim bank-holidays [--db PATH] [--json] [--passphrase-file FILE]\n' +
    '       verbatim bank-holidays --db PATH --import FILE.json --as ADMIN [--accept-removed-dates]\n' +
    '  FILE.json is https://www.gov.uk/bank-holidays.json (or its england-and-wales part), unchanged.',
  async run(args, io) {
    const { values, positionals } = parse(args, {
      ...storeOptions,
      json: { type: 'boolean' },
      import: { type: 'string' },
      as: { type: 'string' },
      'accept-removed-dates': { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const print = (status: Parameters<typeof statusText>[0]) => io.stdout.write(`${values.json ? JSON.stringify(status) : statusText(status)}\n`);
    if (values.db === undefined) {
      if (values.import !== undefined) throw new UsageError('--import needs --db PATH (the store to import into)');
      const table = shippedBankHolidays();
      print({ source: 'shipped', runsFrom: table.runsFrom, runsTo: table.runsTo, holidays: table.events.length, importedAt: null, importedByName: null });
      return 0;
    }
    if (values.import !== undefined && values.as === undefined) throw new UsageError('--import needs --as ADMIN (an administrator on the store)');
    const services = await openStore(io, values.db, values['passphrase-file']);
    try {
      await serviceCall(() => services.users.actAsCommandLine(values.as));
      const file = values.import;
      print(await serviceCall(() => (file === undefined ? services.bankHolidays.status() : services.bankHolidays.import(resolve(file), values['accept-removed-dates'] === true))));
      return 0;
    } finally {
      services.store.lock();
    }
  },
};
