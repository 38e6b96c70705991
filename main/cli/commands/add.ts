import { storyLineInputSchema, toNewStory } from '../../../shared/capture/story-line-input';
import { ServiceError } from '../../../shared/result';
import { UserError, type CliCommand } from '../command';
import { readJsonLines } from '../jsonl';
import { openStore, parse, requireOption, serviceCall, storeOptions } from '../store-options';

const MAX_REPORTED = 20;

export const addCommand: CliCommand = {
  name: 'add',
  summary: 'add stories from a JSON Lines file (all or nothing)',
  usage: 'Usage: verbatim add --db PATH --in FILE.jsonl|- [--recorder NAME] [--passphrase-file FILE]   (format: docs/cli.md)',
  async run(args, io) {
    const { values } = parse(args, { ...storeOptions, in: { type: 'string' }, recorder: { type: 'string' } });
    const dbPath = requireOption(values.db, '--db');
    const source = requireOption(values.in, '--in');
    const { store, users, stories } = await openStore(io, dbPath, values['passphrase-file']);
    try {
      const db = store.requireDb();
      const recorder = await serviceCall(() => users.commandLineUser(values.recorder));
      const today = new Date().toISOString().slice(0, 10);
      const problems: string[] = [];
      let added = 0;
      let alreadyThere = 0;
      // One transaction for the whole file: any invalid line and nothing is kept.
      db.exec('BEGIN IMMEDIATE');
      try {
        for await (const line of readJsonLines(source, io)) {
          if (line.kind === 'blank') continue;
          if (line.kind === 'invalid') {
            problems.push(`line ${line.lineNumber}: ${line.problem}`);
            continue;
          }
          const parsed = storyLineInputSchema.safeParse(line.value);
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            problems.push(`line ${line.lineNumber}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
            continue;
          }
          // Keep checking later lines after a problem, but store nothing more.
          if (problems.length > 0) continue;
          try {
            const saved = stories.save(toNewStory(parsed.data, today), recorder);
            if (saved.alreadySaved) alreadyThere += 1;
            else added += 1;
          } catch (error) {
            if (!(error instanceof ServiceError)) throw error;
            problems.push(`line ${line.lineNumber}: ${error.message}`);
          }
        }
        if (problems.length > 0) {
          db.exec('ROLLBACK');
          const shown = problems.slice(0, MAX_REPORTED).join('\n');
          const more = problems.length > MAX_REPORTED ? `\n... and ${problems.length - MAX_REPORTED} more` : '';
          io.stderr.write(`${shown}${more}\n`);
          throw new UserError(`${problems.length} invalid line${problems.length === 1 ? '' : 's'}; nothing was added`);
        }
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
      io.stdout.write(`Added ${added} ${added === 1 ? 'story' : 'stories'}${alreadyThere ? ` (${alreadyThere} already added earlier, skipped)` : ''}.\n`);
      return 0;
    } finally {
      store.lock();
    }
  },
};
