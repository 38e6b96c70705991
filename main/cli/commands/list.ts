import type { StoryFilters } from '../../../shared/workbench/schemas';
import { storyLines } from '../../capture/story-lines';
import type { Services } from '../../core/services';
import { UserError, type CliCommand } from '../command';
import { openStore, parse, requireOption, serviceCall, storeOptions } from '../store-options';

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
};

/** Theme names (or keys) as typed, to code ids; a theme includes its sub-themes. */
function themeIds(services: Services, themes: string[]): string[] {
  const codes = services.codebook.list(true);
  return themes.map((typed) => {
    const wanted = typed.trim().toLowerCase();
    const code = codes.find((c) => c.name.toLowerCase() === wanted || c.key?.toLowerCase() === wanted);
    if (!code) throw new UserError(`there is no theme called "${typed}" in the codebook`);
    return code.id;
  });
}

/** Ids of the stories a search finds, best first, following every page. */
function* searchIds(services: Services, query: string, filters: StoryFilters): Generator<string> {
  let after: string | undefined;
  do {
    const page = services.search.search({ query, filters, after, limit: 200 });
    for (const hit of page.items) yield hit.id;
    after = page.nextCursor ?? undefined;
  } while (after);
}

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'print stories, or those a search finds (one JSON object a line with --json)',
  usage: 'Usage: verbatim list --db PATH [--query Q] [--theme NAME ...] [--json] [--passphrase-file FILE]',
  async run(args, io) {
    const { values } = parse(args, { ...storeOptions, json: { type: 'boolean' }, query: { type: 'string' }, theme: { type: 'string', multiple: true } });
    const services = await openStore(io, requireOption(values.db, '--db'), values['passphrase-file']);
    try {
      const db = services.store.requireDb();
      let lines = storyLines(db);
      if (values.query !== undefined || values.theme?.length) {
        services.users.actAsCommandLine();
        const filters: StoryFilters = values.theme?.length ? { codeIds: themeIds(services, values.theme) } : {};
        const ids = await serviceCall(() => [...searchIds(services, values.query ?? '', filters)]);
        lines = storyLines(db, ids);
      }
      for (const line of lines) {
        // The JSON keeps the words exactly; the plain listing is only a glance.
        const out = values.json ? JSON.stringify(line) : `${line.id}  ${line.heardOn}  ${line.status.padEnd(9)}  ${excerpt(line.currentText ?? line.text)}`;
        if (!io.stdout.write(`${out}\n`)) await new Promise((resolve) => io.stdout.once('drain', resolve));
      }
      return 0;
    } finally {
      services.store.lock();
    }
  },
};
