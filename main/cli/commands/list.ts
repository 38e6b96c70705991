import { storyLines } from '../../capture/story-lines';
import type { CliCommand } from '../command';
import { openStore, parse, requireOption, storeOptions } from '../store-options';

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
};

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'print stories (one JSON object a line with --json)',
  usage: 'Usage: verbatim list --db PATH [--json] [--passphrase-file FILE]',
  async run(args, io) {
    const { values } = parse(args, { ...storeOptions, json: { type: 'boolean' } });
    const { store } = await openStore(io, requireOption(values.db, '--db'), values['passphrase-file']);
    try {
      for (const line of storyLines(store.requireDb())) {
        // The JSON keeps the words exactly; the plain listing is only a glance.
        const out = values.json ? JSON.stringify(line) : `${line.id}  ${line.heardOn}  ${line.status.padEnd(9)}  ${excerpt(line.currentText ?? line.text)}`;
        if (!io.stdout.write(`${out}\n`)) await new Promise((resolve) => io.stdout.once('drain', resolve));
      }
      return 0;
    } finally {
      store.lock();
    }
  },
};
