/**
 * `verbatim anonymise --in IN.jsonl --out OUT.jsonl`: reads {"id", "text"} lines and writes
 * {"id", "text": redacted, "spans": [{start, end, type}]} lines in the same order, with
 * offsets into the input text. "-" means stdin or stdout. One bundle per run, with a fresh
 * random key, so placeholders are consistent within the run and unlinkable across runs.
 * An output file appears only when every line was read: a bad line leaves no half file.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { createBundleAnonymiser, type BundleAnonymiser } from '../../../shared/anonymise/index';
import { UserError, type CliCommand, type CliIo } from '../command';
import { readLines } from '../jsonl';
import { parse, requireOption } from '../store-options';

interface InputRecord {
  id?: unknown;
  text: string;
}

function parseRecord(line: string, lineNumber: number): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`line ${lineNumber}: invalid JSON (${reason})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof (value as { text?: unknown }).text !== 'string') {
    throw new UserError(`line ${lineNumber}: expected an object with a string "text"`);
  }
  return value as InputRecord;
}

async function openOutput(path: string, io: CliIo): Promise<{ stream: NodeJS.WritableStream; finish: (ok: boolean) => Promise<void> }> {
  if (path === '-') return { stream: io.stdout, finish: async () => undefined };
  // "/dev/null" or a named pipe is written in place: renaming a partial file over it would
  // replace the device with a plain file.
  const special = statSync(path, { throwIfNoEntry: false });
  const inPlace = special !== undefined && !special.isFile() && !special.isDirectory();
  const partial = inPlace ? path : `${path}.partial`;
  const stream = createWriteStream(partial);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new UserError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return {
    stream,
    finish: async (ok) => {
      stream.end();
      await once(stream, 'finish');
      if (inPlace) return;
      if (ok) renameSync(partial, path);
      else rmSync(partial, { force: true });
    },
  };
}

function anonymiseLine(anonymiser: BundleAnonymiser, record: InputRecord): string {
  const result = anonymiser.anonymise(record.text);
  return `${JSON.stringify({
    id: record.id ?? null,
    text: result.text,
    spans: result.spans.map((s) => ({ start: s.start, end: s.end, type: s.type })),
  })}\n`;
}

const OUTPUT_BATCH_CHARS = 64 * 1024;

export const anonymiseCommand: CliCommand = {
  name: 'anonymise',
  summary: 'mask identifiers in a JSON Lines file of texts (no store needed)',
  usage: 'Usage: verbatim anonymise --in IN.jsonl --out OUT.jsonl   ("-" for stdin or stdout)',
  async run(args, io) {
    const { values } = parse(args, { in: { type: 'string' }, out: { type: 'string' } });
    const input = requireOption(values.in, '--in');
    const sink = await openOutput(requireOption(values.out, '--out'), io);
    const key = new Uint8Array(randomBytes(32));
    const anonymiser = createBundleAnonymiser({ key });
    let ok = false;
    // Lines are written in batches of about 64 KB: one write per line costs more than the anonymising.
    let batch: string[] = [];
    let batched = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const chunk = batch.join('');
      batch = [];
      batched = 0;
      if (!sink.stream.write(chunk)) await once(sink.stream, 'drain');
    };
    try {
      for await (const { lineNumber, text } of readLines(input, io)) {
        if (text.trim() === '') continue;
        const line = anonymiseLine(anonymiser, parseRecord(text, lineNumber));
        batch.push(line);
        batched += line.length;
        if (batched >= OUTPUT_BATCH_CHARS) await flush();
      }
      await flush();
      ok = true;
    } finally {
      key.fill(0);
      await sink.finish(ok);
    }
    return 0;
  },
};
