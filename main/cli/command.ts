/**
 * The shape every `verbatim` sub-command takes. Exit codes: 0 success, 1 a user
 * error (one line on stderr), 2 a usage error.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Whether stdin is a terminal, so a passphrase prompt makes sense. */
  interactive: boolean;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Wrong flags or arguments: exit 2 with the usage line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Something the user can fix (a wrong passphrase, a missing file): exit 1 with one line. */
export class UserError extends Error {
  override name = 'UserError';
}

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;
