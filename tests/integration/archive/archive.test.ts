import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH } from '../../../main/audit/audit-log';
import { readSignedBundle } from '../../../main/bundles/signed-bundle';
import { createHandlers } from '../../../main/core/handlers';
import { createJobContext } from '../../../main/jobs/job-context';
import { inProcessBackend } from '../../../main/ipc/backend';
import { createRouter } from '../../../main/ipc/router';
import { isExcludedTable, TABLE_DOCS } from '../../../main/archive/archive-tables';
import { columnDoc } from '../../../main/archive/schema-doc';
import { archivedTables } from '../../../main/archive/table-columns';
import { archiveResultSchema } from '../../../shared/packs/contract';
import type { JobStatus } from '../../../shared/jobs/schemas';
import { ADMIN_PIN, storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';
import { PASSPHRASE, tempFolder } from '../../helpers/temp-store';

/** Words that must survive byte for byte: spaces at both ends, CRLF, tabs, quotes, commas, combining marks, emoji. */
const AWKWARD = '  She said: "the nurse, the one with the\r\nglasses,\tnever listened".  Café vs Cafe\u0301 🙂 =SUM(A1) ';

async function setUp() {
  const s = await storeWithPeople();
  const router = createRouter(inProcessBackend(createHandlers(s)));
  await s.users.signIn(s.staffId, '8642');
  const first = s.stories.save(story({ text: AWKWARD, contact: { name: 'Bernadette Okonkwo', phone: '07700 900461' }, consent: { keep: true, share: false, quote: false, contact: true } })).id;
  for (let i = 0; i < 30; i += 1) s.stories.save(story({ text: `Story ${i}: waited ${i} weeks for the GP.` }));
  s.stories.revise(first, `${AWKWARD}And one more thing.`, 'She added a detail');
  s.masks.saveCheck(first, 2, s.masks.review(first).proposed);
  await s.users.signIn(s.adminId, ADMIN_PIN);
  return { s, router, first, folder: tempFolder() };
}

async function waitForJob(router: ReturnType<typeof createRouter>, jobId: string): Promise<JobStatus> {
  for (;;) {
    const answer = (await router.handle('getJobStatus', { jobId })) as { ok: true; value: JobStatus };
    if (answer.value.state !== 'running') return answer.value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const lines = (bytes: Buffer): Array<Record<string, unknown>> =>
  bytes
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** A minimal RFC 4180 reader for the test: rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

describe('the whole-store archive', () => {
  it('holds every table as JSON lines and CSV, every revision byte for byte, and an audit chain that verifies', async () => {
    const { s, router, first, folder } = await setUp();
    const outPath = join(folder, 'archive.zip');
    const started = (await router.handle('exportArchive', { outPath, passphrase: PASSPHRASE, understood: true })) as { ok: true; value: { jobId: string } };
    expect(started.ok).toBe(true);
    const status = await waitForJob(router, started.value.jobId);
    expect(status.state).toBe('done');
    const result = archiveResultSchema.parse(status.state === 'done' ? status.result : null);

    const { files, manifest, manifestSha256 } = readSignedBundle(readFileSync(outPath), 'archive');
    expect(manifestSha256).toBe(result.manifestSha256);
    const db = s.store.requireDb();

    // Every revision of every story, byte for byte.
    const revisions = lines(files.get('tables/story_revisions.jsonl')!);
    const stored = db.prepare('SELECT story_id, revision, text FROM story_revisions').all() as Array<{ story_id: string; revision: number; text: string }>;
    expect(revisions).toHaveLength(stored.length);
    for (const row of stored) {
      const found = revisions.find((r) => r.story_id === row.story_id && r.revision === row.revision)!;
      expect(Buffer.from(found.text as string, 'utf8').equals(Buffer.from(row.text, 'utf8'))).toBe(true);
    }
    expect(revisions.filter((r) => r.story_id === first).map((r) => r.text)).toEqual([AWKWARD, `${AWKWARD}And one more thing.`]);

    // Row counts match, in JSON lines and CSV, for every table; each table is documented.
    const schemaMd = files.get('schema.md')!.toString('utf8');
    for (const table of archivedTables(db)) {
      const expected = {
        settings: "SELECT count(*) FROM settings WHERE key NOT IN ('draft_key', 'signing_key')",
        // The archive's own entry is written after it.
        audit_log: "SELECT count(*) FROM audit_log WHERE action != 'archive.export'",
      }[table.name] ?? `SELECT count(*) FROM "${table.name}"`;
      const count = db.prepare(expected).pluck().get() as number;
      expect(lines(files.get(`tables/${table.name}.jsonl`)!), table.name).toHaveLength(count);
      const csv = files.get(`tables/${table.name}.csv`)!.toString('utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(csv.slice(1));
      expect(rows[0]).toEqual(table.columns.map((c) => c.name));
      expect(rows.length - 1, table.name).toBe(count);
      expect(schemaMd).toContain(`### ${table.name}`);
      expect(JSON.parse(files.get(`schemas/${table.name}.schema.json`)!.toString('utf8'))).toMatchObject({ type: 'object' });
    }
    expect(manifest.details).toMatchObject({ tables: expect.objectContaining({ stories: 31, story_revisions: 32 }) });

    // The CSV keeps the awkward words exactly too.
    const csvRows = parseCsv(files.get('tables/story_revisions.csv')!.toString('utf8').slice(1));
    expect(csvRows.some((r) => r.includes(AWKWARD))).toBe(true);

    // The audit chain verifies from the exported rows alone.
    const audit = lines(files.get('tables/audit_log.jsonl')!);
    expect(audit.length).toBeGreaterThan(30);
    let previous = GENESIS_HASH;
    for (const entry of audit) {
      expect(entry.prev_hash).toBe(previous);
      const { hash, ...rest } = entry;
      expect(entryHash(rest as Parameters<typeof entryHash>[0])).toBe(hash);
      previous = hash as string;
    }

    // Contact details are there (it is a complete record); secrets are not.
    expect(lines(files.get('tables/story_contacts.jsonl')!)[0]).toMatchObject({ name: 'Bernadette Okonkwo' });
    const everything = [...files.values()].map((b) => b.toString('utf8')).join('\n');
    const pinHashes = db.prepare('SELECT pin_hash FROM users WHERE pin_hash IS NOT NULL').pluck().all() as string[];
    expect(pinHashes).toHaveLength(4);
    for (const pinHash of pinHashes) expect(everything).not.toContain(pinHash);
    expect(Object.keys(lines(files.get('tables/users.jsonl')!)[0]!)).not.toContain('pin_hash');
    expect(everything).not.toContain('PRIVATE KEY');
    const draftKey = db.prepare("SELECT value FROM settings WHERE key = 'draft_key'").pluck().get() as string | undefined;
    if (draftKey) expect(everything).not.toContain(draftKey);
    expect(lines(files.get('tables/users.jsonl')!)).toHaveLength(4);

    const audited = db.prepare("SELECT details FROM audit_log WHERE action = 'archive.export'").pluck().all() as string[];
    expect(audited.map((d) => JSON.parse(d).manifestSha256)).toEqual([manifestSha256]);
  });

  it('asks for the passphrase and the personal-data confirmation, and is for administrators only', async () => {
    const { s, router, folder } = await setUp();
    const outPath = join(folder, 'archive.zip');
    expect(await router.handle('exportArchive', { outPath, passphrase: 'not the passphrase', understood: true })).toMatchObject({ ok: false, code: 'WRONG_PASSPHRASE' });
    expect(await router.handle('exportArchive', { outPath, passphrase: PASSPHRASE, understood: false })).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
    await s.users.signIn(s.staffId, '8642');
    expect(await router.handle('exportArchive', { outPath, passphrase: PASSPHRASE, understood: true })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(existsSync(outPath)).toBe(false);
    expect(s.store.requireDb().prepare("SELECT count(*) FROM audit_log WHERE action = 'archive.export'").pluck().get()).toBe(0);
  });

  it('documents every column of every table it holds, and leaves out only what it says', async () => {
    const { s } = await setUp();
    const db = s.store.requireDb();
    const undocumented = archivedTables(db).flatMap((t) => t.columns.filter((c) => columnDoc(t.name, c.name) === null).map((c) => `${t.name}.${c.name}`));
    expect(undocumented).toEqual([]);
    // The writers handle text, integers and reals; a BLOB column would need its own encoding.
    expect(archivedTables(db).flatMap((t) => t.columns.filter((c) => !['TEXT', 'INTEGER', 'REAL'].includes(c.type)).map((c) => `${t.name}.${c.name}`))).toEqual([]);
    const all = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter((n) => !isExcludedTable(n));
    expect(archivedTables(db).map((t) => t.name).sort()).toEqual(all.sort());
    expect(Object.keys(TABLE_DOCS).filter((name) => !all.includes(name))).toEqual([]);
  });

  it('leaves no file at all when cancelled', async () => {
    const { router, folder } = await setUp();
    const outPath = join(folder, 'archive.zip');
    const started = (await router.handle('exportArchive', { outPath, passphrase: PASSPHRASE, understood: true })) as { ok: true; value: { jobId: string } };
    await router.handle('cancelJob', { jobId: started.value.jobId });
    expect((await waitForJob(router, started.value.jobId)).state).toBe('cancelled');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('leaves no file when cancelled while the zip is being written', async () => {
    const { s, folder } = await setUp();
    const context = createJobContext((_done, _total, phase) => {
      if (phase === 'writing') context.cancel();
    });
    await expect(s.archive.exportArchive({ outPath: join(folder, 'archive.zip'), passphrase: PASSPHRASE, understood: true }, context)).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(readdirSync(folder)).toEqual([]);
  });
});
