/** Runs `verbatim` in-process with captured output, as a user at a terminal would. */
import { PassThrough } from 'node:stream';
import { runCli } from '../../main/cli/verbatim';
import { PASSPHRASE } from './temp-store';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function verbatim(args: string[], options: { env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<CliRun> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  stdin.end(options.stdin ?? '');
  const code = await runCli(args, {
    stdin,
    stdout,
    stderr,
    env: options.env ?? { VERBATIM_PASSPHRASE: PASSPHRASE },
    interactive: false,
  });
  return { code, stdout: out, stderr: err };
}
