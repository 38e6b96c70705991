/**
 * Reading JSON Lines from a file or stdin (`-`), line by line, with line numbers
 * and strict UTF-8: a byte sequence that is not UTF-8 is reported, never replaced.
 */
import { createReadStream } from 'node:fs';
import { UserError, type CliIo } from './command';

export type JsonLine =
  | { lineNumber: number; kind: 'value'; value: unknown }
  | { lineNumber: number; kind: 'blank' }
  | { lineNumber: number; kind: 'invalid'; problem: string };

export async function* readLines(source: string, io: CliIo): AsyncGenerator<{ lineNumber: number; text: string }> {
  const stream = source === '-' ? io.stdin : createReadStream(source);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer = Buffer.alloc(0);
  let lineNumber = 0;
  const decode = (bytes: Buffer) => {
    try {
      return decoder.decode(bytes);
    } catch {
      throw new UserError(`line ${lineNumber}: the text is not valid UTF-8`);
    }
  };
  try {
    for await (const chunk of stream) {
      pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
      let newline: number;
      while ((newline = pending.indexOf(0x0a)) >= 0) {
        lineNumber += 1;
        const bytes = pending.subarray(0, newline);
        pending = pending.subarray(newline + 1);
        yield { lineNumber, text: decode(bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes) };
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as { code?: string }).code;
    throw new UserError(code === 'ENOENT' ? `cannot read ${source}: no such file` : `cannot read ${source}: ${(error as Error).message}`);
  }
  if (pending.length > 0) {
    lineNumber += 1;
    yield { lineNumber, text: decode(pending) };
  }
}

/** Parses each line; a line that is not JSON is yielded as invalid, so callers can report every one. */
export async function* readJsonLines(source: string, io: CliIo): AsyncGenerator<JsonLine> {
  for await (const { lineNumber, text } of readLines(source, io)) {
    if (text.trim() === '') {
      yield { lineNumber, kind: 'blank' };
      continue;
    }
    try {
      yield { lineNumber, kind: 'value', value: JSON.parse(text) as unknown };
    } catch {
      yield { lineNumber, kind: 'invalid', problem: 'not valid JSON' };
    }
  }
}
