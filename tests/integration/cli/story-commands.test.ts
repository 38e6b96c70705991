import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verbatim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp-store';

async function initStore() {
  const folder = tempFolder();
  const db = join(folder, 'verbatim.db');
  expect((await verbatim(['init', '--db', db])).code).toBe(0);
  return { folder, db };
}

const line = (value: unknown) => JSON.stringify(value);

describe('verbatim add and list', () => {
  it('adds stories from JSON Lines and lists them with the words exactly as given', async () => {
    const { folder, db } = await initStore();
    const texts = ['  leading and trailing  ', 'line one\r\nline two\n\nafter a blank line', 'مرحبا — mixed שלום text 😀', 'tab\there'];
    const file = join(folder, 'in.jsonl');
    writeFileSync(file, `${texts.map((text, i) => line({ id: `src-${i}`, text, language: i === 2 ? 'Arabic' : 'English' })).join('\n')}\n`);
    const added = await verbatim(['add', '--db', db, '--in', file]);
    expect(added).toMatchObject({ code: 0, stdout: 'Added 4 stories.\n' });

    const listed = await verbatim(['list', '--db', db, '--json']);
    expect(listed.code).toBe(0);
    const stories = listed.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(stories.map((s) => s.text)).toEqual(texts);
    expect(stories[2]).toMatchObject({ language: 'Arabic', channel: 'survey-import', status: 'submitted', recordedBy: 'Command line' });
    expect(stories[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stories[0].consent).toEqual({ keep: true, share: false, quote: false, contact: false });

    // The same source ids again: nothing is added twice.
    expect((await verbatim(['add', '--db', db, '--in', file])).stdout).toMatch(/Added 0 stories \(4 already added earlier, skipped\)/);
  });

  it('reads from stdin with -', async () => {
    const { db } = await initStore();
    const run = await verbatim(['add', '--db', db, '--in', '-'], { stdin: `${line({ text: 'from stdin' })}\n` });
    expect(run.code).toBe(0);
  });

  it('reports every invalid line by number and adds nothing', async () => {
    const { folder, db } = await initStore();
    const file = join(folder, 'bad.jsonl');
    writeFileSync(
      file,
      [
        line({ text: 'a good story' }),
        '{"text": "broken json',
        line({ text: '   ' }),
        line({ text: 'x'.repeat(100_001) }),
        line({ text: 'unknown service', serviceIds: ['6f1c1f3e-2f7a-4c55-9d43-1b7b2d1f9a11'] }),
        line({ text: 'full postcode', equality: { postcodeDistrict: 'W9 3RS' } }),
        line({ words: 'no text field' }),
        line({ text: 'another good story' }),
      ].join('\n'),
    );
    const run = await verbatim(['add', '--db', db, '--in', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('line 2: not valid JSON');
    expect(run.stderr).toContain('line 3: text: The story is empty');
    expect(run.stderr).toMatch(/line 4: text: The words are longer than 100,000 characters/);
    expect(run.stderr).toMatch(/line 6: equality.postcodeDistrict: Only the first part of a postcode/);
    expect(run.stderr).toMatch(/line 7: /);
    expect(run.stderr).toMatch(/verbatim add: 5 invalid lines; nothing was added/);
    const listed = await verbatim(['list', '--db', db, '--json']);
    expect(listed.stdout).toBe('');
  });

  it('reports an unknown service when the rest of the file is valid, and adds nothing', async () => {
    const { folder, db } = await initStore();
    const file = join(folder, 'unknown.jsonl');
    writeFileSync(file, [line({ text: 'fine' }), line({ text: 'unknown service', serviceIds: ['6f1c1f3e-2f7a-4c55-9d43-1b7b2d1f9a11'] })].join('\n'));
    const run = await verbatim(['add', '--db', db, '--in', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 2: A service chosen for this story is not in the register/);
    expect((await verbatim(['list', '--db', db, '--json'])).stdout).toBe('');
  });

  it('refuses bytes that are not UTF-8, naming the line', async () => {
    const { folder, db } = await initStore();
    const file = join(folder, 'latin1.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from(`${line({ text: 'ok' })}\n{"text": "caf`), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    const run = await verbatim(['add', '--db', db, '--in', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 2: the text is not valid UTF-8/);
  });
});

describe('verbatim audit verify', () => {
  it('reports an intact chain', async () => {
    const { folder, db } = await initStore();
    const file = join(folder, 'in.jsonl');
    writeFileSync(file, line({ text: 'a story' }));
    await verbatim(['add', '--db', db, '--in', file]);
    const run = await verbatim(['audit', 'verify', '--db', db]);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/intact: 2 entries/);
    expect((await verbatim(['audit', '--db', db])).code).toBe(2);
  });
});

describe('verbatim list --query and --theme', () => {
  it('uses the same search as the app: words, phrases, themes', async () => {
    const { folder, db } = await initStore();
    const file = join(folder, 'in.jsonl');
    writeFileSync(
      file,
      [
        line({ id: 'a', text: 'The waiting list for my hip is two years.' }),
        line({ id: 'b', text: 'Parking at the hospital costs a fortune.' }),
        line({ id: 'c', text: 'Lovely staff, but the waiting room was cold.' }),
      ].join('\n'),
    );
    await verbatim(['add', '--db', db, '--in', file]);
    const found = async (...args: string[]) =>
      (await verbatim(['list', '--db', db, '--json', ...args])).stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).text);
    expect(await found('--query', 'waiting')).toHaveLength(2);
    expect(await found('--query', '"waiting list"')).toEqual(['The waiting list for my hip is two years.']);
    expect(await found('--query', 'parking OR hip')).toHaveLength(2);
    expect(await found('--theme', 'Parking')).toEqual([]);
    const bad = await verbatim(['list', '--db', db, '--query', '"unclosed']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/quotation mark is not closed/);
    const unknown = await verbatim(['list', '--db', db, '--theme', 'No such theme']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no theme called "No such theme"/);
  });
});
