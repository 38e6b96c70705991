/**
 * `verbatim`: the command line over the same services the app uses.
 * Each sub-command lives in ./commands, one file per command.
 */
import { EXIT_USAGE, EXIT_USER_ERROR, UsageError, UserError, type CliCommand, type CliIo } from './command';
import { addCommand } from './commands/add';
import { anonymiseCommand } from './commands/anonymise';
import { archiveCommand } from './commands/archive';
import { auditCommand } from './commands/audit';
import { backupCommand } from './commands/backup';
import { bankHolidaysCommand } from './commands/bank-holidays';
import { dueDateCommand } from './commands/due-date';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { listCommand } from './commands/list';
import { recommendationsCommand } from './commands/recommendations';
import { rekeyCommand } from './commands/rekey';
import { restoreCommand } from './commands/restore';
import { statusCommand } from './commands/status';
import { syncCommand } from './commands/sync';
import { transferCommand } from './commands/transfer';
import { verifyCommand } from './commands/verify';

const COMMANDS: CliCommand[] = [
  initCommand,
  statusCommand,
  backupCommand,
  restoreCommand,
  rekeyCommand,
  addCommand,
  listCommand,
  auditCommand,
  anonymiseCommand,
  verifyCommand,
  exportCommand,
  transferCommand,
  importCommand,
  syncCommand,
  archiveCommand,
  dueDateCommand,
  recommendationsCommand,
  bankHolidaysCommand,
];

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return ['Usage: verbatim <command> [options]', '', 'Commands:', ...lines, '', 'Run `verbatim <command> --help` for a command\'s options.'].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(helpText() + '\n');
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`verbatim: unknown command "${name}"\n${helpText()}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`verbatim ${command.name}: ${error.message}\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UserError) {
      io.stderr.write(`verbatim ${command.name}: ${error.message}\n`);
      return EXIT_USER_ERROR;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`verbatim ${command.name}: unexpected error: ${message}\n`);
    return EXIT_USER_ERROR;
  }
}

/** Entry point when bundled and run as the `verbatim` binary. */
export function main(): void {
  const io: CliIo = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    interactive: Boolean(process.stdin.isTTY),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`verbatim: ${String(error)}\n`);
      process.exitCode = EXIT_USER_ERROR;
    },
  );
}
