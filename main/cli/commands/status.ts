import { statSync } from 'node:fs';
import { LATEST_SCHEMA_VERSION } from '../../store/migrations';
import { walCompanions } from '../../store/paths';
import type { CliCommand } from '../command';
import { parse, requireOption, storeOptions, openStore } from '../store-options';

const sizeOf = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'print schema version, record counts, file size and integrity',
  usage: 'Usage: verbatim status --db PATH [--json] [--passphrase-file FILE]',
  async run(args, io) {
    const { values } = parse(args, { ...storeOptions, json: { type: 'boolean' } });
    const { store } = await openStore(io, requireOption(values.db, '--db'), values['passphrase-file']);
    try {
      const status = store.status();
      const problem = store.integrityProblem();
      const report = {
        path: status.path,
        organisation: status.organisation,
        schemaVersion: status.schemaVersion,
        latestSchemaVersion: LATEST_SCHEMA_VERSION,
        counts: store.counts(),
        sizeBytes: [status.path, ...walCompanions(status.path)].reduce((sum, p) => sum + sizeOf(p), 0),
        integrity: problem ?? 'ok',
      };
      if (values.json) {
        io.stdout.write(`${JSON.stringify(report)}\n`);
      } else {
        const lines = [
          `store:          ${report.path}`,
          `organisation:   ${report.organisation ?? ''}`,
          `schema version: ${report.schemaVersion} (this Verbatim: ${report.latestSchemaVersion})`,
          `size:           ${report.sizeBytes} bytes`,
          `integrity:      ${report.integrity}`,
          'records:',
          ...Object.entries(report.counts).map(([table, count]) => `  ${table.padEnd(20)} ${count}`),
        ];
        io.stdout.write(`${lines.join('\n')}\n`);
      }
      return problem ? 1 : 0;
    } finally {
      store.lock();
    }
  },
};
