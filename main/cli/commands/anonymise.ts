/**
 * `verbatim anonymise --in IN.jsonl --out OUT.jsonl`: reads {"id", "text"} lines and writes
 * {"id", "text": redacted, "spans": [{start, end, type}]} lines in the same order, with
 * offsets into the input text. "-" means stdin or stdout. One bundle per run, with a fresh
 * random key, so placeholders are consistent within the run and unlinkable across runs.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { createBundleAnonymiser, type BundleAnonymiser } from '../../../shared/anonymise/index';
import { UsageError, UserError, type CliCommand, type CliIo } from '../command';

const USAGE = 'Usage: verbatim anonymise --in IN.jsonl --out OUT.jsonl   ("-" for stdin or stdout)';
const NEWLINE = 0x0a;

interface InputRecord {
  id?: unknown;
  text: string;
}

function parseOptions(args: string[]): { input: string; output: string } {
  let values: { in?: string | undefined; out?: string | undefined };
  try {
    ({ values } = parseArgs({
      args,
      options: { in: { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (!values.in) throw new UsageError('missing --in');
  if (!values.out) throw new UsageError('missing --out');
  return { input: values.in, output: values.out };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeLine(bytes: Uint8Array, lineNumber: number): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new UserError(`line ${lineNumber}: not valid UTF-8`);
  }
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

/** Splits a byte stream into lines without decoding it first, so bad bytes are found per line. */
async function* lines(stream: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  for await (const chunk of stream) {
    const bytes: Uint8Array = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    let start = 0;
    for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, start)) {
      pending.push(bytes.subarray(start, i));
      yield Buffer.concat(pending);
      pending = [];
      start = i + 1;
    }
    if (start < bytes.length) pending.push(bytes.slice(start));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

async function openInput(path: string, io: CliIo): Promise<NodeJS.ReadableStream> {
  if (path === '-') return io.stdin;
  const stream = createReadStream(path);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new UserError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return stream;
}

async function openOutput(path: string, io: CliIo): Promise<{ stream: NodeJS.WritableStream; close: () => Promise<void> }> {
  if (path === '-') return { stream: io.stdout, close: async () => undefined };
  const stream = createWriteStream(path);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new UserError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return {
    stream,
    close: async () => {
      stream.end();
      await once(stream, 'finish');
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

async function run(args: string[], io: CliIo): Promise<number> {
  const { input, output } = parseOptions(args);
  const source = await openInput(input, io);
  const sink = await openOutput(output, io);
  const key = new Uint8Array(randomBytes(32));
  const anonymiser = createBundleAnonymiser({
    key,
    hmac: (k, message) => new Uint8Array(createHmac('sha256', k).update(message).digest()),
  });
  let lineNumber = 0;
  try {
    for await (const bytes of lines(source)) {
      lineNumber++;
      const line = decodeLine(bytes, lineNumber).replace(/\r$/, '');
      if (line.trim() === '') continue;
      const record = parseRecord(line, lineNumber);
      if (!sink.stream.write(anonymiseLine(anonymiser, record))) await once(sink.stream, 'drain');
    }
  } finally {
    key.fill(0);
    await sink.close();
  }
  return 0;
}

export const anonymiseCommand: CliCommand = {
  name: 'anonymise',
  summary: 'Mask identifiers in a JSONL file of stories (evaluation and batch use)',
  usage: USAGE,
  run,
};
