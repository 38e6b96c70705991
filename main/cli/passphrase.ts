/**
 * Where the CLI gets passphrases: an environment variable, a file (one trailing
 * newline removed, as editors add one), or a hidden prompt on a terminal.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { UserError, type CliIo } from './command';

export interface PassphraseSource {
  envVar: string;
  file?: string | undefined;
  prompt: string;
  /** Ask twice and compare (for a new passphrase typed at a prompt). */
  confirm?: boolean;
}

export async function readPassphrase(io: CliIo, source: PassphraseSource): Promise<string> {
  if (source.file !== undefined) {
    let text: string;
    try {
      text = readFileSync(source.file, 'utf8');
    } catch {
      throw new UserError(`cannot read the passphrase file ${source.file}`);
    }
    return text.replace(/\r?\n$/, '');
  }
  const fromEnv = io.env[source.envVar];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!io.interactive) {
    throw new UserError(`no passphrase given: set ${source.envVar} or use a passphrase file option`);
  }
  const first = await promptHidden(io, source.prompt);
  if (source.confirm) {
    const second = await promptHidden(io, 'Type it again: ');
    if (first !== second) throw new UserError('the two passphrases did not match');
  }
  return first;
}

function promptHidden(io: CliIo, question: string): Promise<string> {
  return new Promise((resolve) => {
    io.stderr.write(question);
    const rl = createInterface({ input: io.stdin, terminal: true });
    // Echo nothing while the passphrase is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
    rl.question('', (answer) => {
      rl.close();
      io.stderr.write('\n');
      resolve(answer);
    });
  });
}
