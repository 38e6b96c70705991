import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/command';
import { runCli } from '../../../main/cli/verbatim';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], input: string | Uint8Array = ''): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const io: CliIo = {
    stdin: Readable.from([typeof input === 'string' ? Buffer.from(input) : Buffer.from(input)]),
    stdout,
    stderr,
    env: {},
    interactive: false,
  };
  const code = await runCli(['anonymise', ...args], io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const line = (id: unknown, text: string): string => `${JSON.stringify({ id, text })}\n`;
const parse = (stdout: string): { id: unknown; text: string; spans: { start: number; end: number; type: string }[] }[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: unknown; text: string; spans: { start: number; end: number; type: string }[] });

describe('verbatim anonymise', () => {
  it('writes one line per input line, in order, with spans into the input text', async () => {
    const first = 'The receptionist, Kelly, took my number, 07723 418 906.';
    const second = 'Nothing to hide here.';
    const result = await run(['--in', '-', '--out', '-'], line('a', first) + line(2, second));
    expect(result.code).toBe(0);
    const rows = parse(result.stdout);
    expect(rows.map((r) => r.id)).toEqual(['a', 2]);
    expect(rows[0]!.text).toBe('The receptionist, [PERSON 1], took my number, [PHONE 1].');
    expect(rows[0]!.spans.map((s) => [first.slice(s.start, s.end), s.type])).toEqual([
      ['Kelly', 'PERSON'],
      ['07723 418 906', 'PHONE'],
    ]);
    expect(rows[1]).toEqual({ id: 2, text: second, spans: [] });
  });

  it('gives empty and whitespace-only texts an empty result, and skips blank lines', async () => {
    const result = await run(['--in', '-', '--out', '-'], `${line(1, '')}\n${line(2, '  \t\n ')}`);
    expect(result.code).toBe(0);
    expect(parse(result.stdout)).toEqual([
      { id: 1, text: '', spans: [] },
      { id: 2, text: '  \t\n ', spans: [] },
    ]);
  });

  it('accepts Windows line endings', async () => {
    const result = await run(['--in', '-', '--out', '-'], line(1, 'Dr Okafor was kind.').replace('\n', '\r\n'));
    expect(parse(result.stdout)[0]!.text).toBe('Dr [PERSON 1] was kind.');
  });

  it('reports an invalid JSON line by its number and exits 1', async () => {
    const result = await run(['--in', '-', '--out', '-'], `${line(1, 'fine')}{"id": 2, "text": \n`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 2: invalid JSON/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports a line without a string text by its number', async () => {
    const result = await run(['--in', '-', '--out', '-'], `${line(1, 'fine')}{"id": 2, "text": 42}\n`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 2: expected an object with a string "text"/);
  });

  it('reports bytes that are not UTF-8 by line number', async () => {
    const bad = Buffer.concat([Buffer.from(line(1, 'fine') + line(2, 'also fine')), Buffer.from('{"id":3,"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const result = await run(['--in', '-', '--out', '-'], bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 3: the text is not valid UTF-8/);
  });

  it('survives control characters and a very long text', async () => {
    const text = `Dr Okafor\u0000\u0007\u001b[31m rang 07723 418 906.\u2028${'lorem ipsum '.repeat(9000)}`;
    const result = await run(['--in', '-', '--out', '-'], line('x', text));
    expect(result.code).toBe(0);
    const row = parse(result.stdout)[0]!;
    expect(row.spans.map((s) => s.type)).toEqual(['PERSON', 'PHONE']);
  });

  it('exits 2 with the usage when --in or --out is missing or a flag is unknown', async () => {
    for (const args of [['--in', '-'], ['--out', '-'], ['--in', '-', '--out', '-', '--fast']]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/Usage: verbatim anonymise/);
    }
  });

  it('reads and writes files, and reports a missing input file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-anon-'));
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, line('f1', 'My son Tanvir, NHS number 943 476 5919.'));
    expect((await run(['--in', input, '--out', output])).code).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8'))).toMatchObject({ id: 'f1', text: 'My son [PERSON 1], NHS number [NHS_NUMBER 1].' });
    const missing = await run(['--in', join(dir, 'nope.jsonl'), '--out', output]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
  });

  it('writes into a named pipe or a device such as /dev/null in place, never replacing it with a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-anon-'));
    const input = join(dir, 'in.jsonl');
    const pipe = join(dir, 'out.fifo');
    writeFileSync(input, line('p1', 'Ring Kelly on 07723 418 906.'));
    execFileSync('mkfifo', [pipe]);
    const chunks: Buffer[] = [];
    const read = new Promise<void>((resolve, reject) => {
      createReadStream(pipe).on('data', (c: string | Buffer) => chunks.push(Buffer.from(c))).on('end', resolve).on('error', reject);
    });
    expect((await run(['--in', input, '--out', pipe])).code).toBe(0);
    await read;
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toMatchObject({ id: 'p1', text: 'Ring [PERSON 1] on [PHONE 1].' });
    expect(statSync(pipe).isFIFO()).toBe(true);
  });
});
