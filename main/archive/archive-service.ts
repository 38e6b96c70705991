/**
 * The whole-store archive (admin only): every table as JSON lines and as CSV,
 * documented by schema.md and a JSON Schema per table, in a signed bundle. It
 * holds everything, words and contact details included, so the admin re-enters
 * the store passphrase and confirms they understand that.
 */
import { CSV_BOM, csvRow, type CsvCell } from '../../shared/csv/write-csv';
import { ServiceError } from '../../shared/result';
import { appendAudit } from '../audit/audit-log';
import { checkOutPath } from '../bundles/out-path';
import { writeSignedBundle, type BundleFile } from '../bundles/signed-bundle';
import { organisationSigningKey } from '../bundles/signing-key';
import type { JobContext } from '../jobs/job-context';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting } from '../store/settings-table';
import type { StoreService } from '../store/store-service';
import type { UserService } from '../users/user-service';
import { SECRET_SETTINGS } from './archive-tables';
import { jsonSchemaOf, schemaFile, schemaMarkdown, tableFile } from './schema-doc';
import { archivedTables, type TableInfo } from './table-columns';

const BATCH = 500;

/** Which rows of a table are archived: all but the secret settings. */
const rowFilter = (table: string): string => (table === 'settings' ? `key NOT IN (${SECRET_SETTINGS.map((s) => `'${s}'`).join(', ')})` : '1');

export interface ArchiveRequest {
  outPath: string;
  /** Checked by authorise (the command line has already unlocked the store with it). */
  passphrase: string;
  understood: true;
}

export class ArchiveService {
  constructor(
    private readonly store: StoreService,
    private readonly users: UserService,
  ) {}

  /** The checks made before the job starts, so a refusal is answered at once. */
  async authorise(request: ArchiveRequest): Promise<{ userId: string }> {
    const user = this.users.require('admin');
    if (request.understood !== true) throw new ServiceError('INVALID_INPUT', 'Confirm that you understand the archive holds personal data.');
    checkOutPath(request.outPath, '.zip');
    await this.store.verifyPassphrase(request.passphrase);
    return { userId: user.id };
  }

  async exportArchive(request: ArchiveRequest, context: JobContext): Promise<{ tables: number; rows: number; manifestSha256: string }> {
    const user = this.users.require('admin');
    checkOutPath(request.outPath, '.zip');
    const db = this.store.requireDb();
    // Made (and audited) first, if this store has none yet, so the archive holds that entry too.
    const key = organisationSigningKey(db, this.users.actorOf(user));
    const tables = archivedTables(db);
    // Counting reads whole tables, so other requests get their turn between them too.
    let total = 0;
    for (const table of tables) {
      total += this.count(db, table.name);
      await context.checkpoint();
    }
    const files: BundleFile[] = [];
    const counts = new Map<string, number>();
    let done = 0;
    context.progress(0, total, 'reading');
    for (const table of tables) {
      const { jsonl, csv, rows } = await this.readTable(db, table, context, (n) => {
        done += n;
        context.progress(done, total, 'reading');
      });
      counts.set(table.name, rows);
      files.push({ name: tableFile(table.name, 'jsonl'), data: jsonl }, { name: tableFile(table.name, 'csv'), data: csv });
      files.push({ name: schemaFile(table.name), data: jsonSchemaOf(table) });
    }
    const organisation = readSetting(db, 'organisation') ?? '';
    const madeAt = new Date().toISOString();
    files.push({ name: 'schema.md', data: schemaMarkdown(tables, counts, organisation, madeAt) });
    context.progress(done, total, 'writing');
    const { manifestSha256 } = await writeSignedBundle(
      request.outPath,
      {
        kind: 'archive',
        organisation,
        details: { madeAt, madeByName: user.name, tables: Object.fromEntries(counts) },
        files,
        key,
      },
      { checkpoint: () => context.checkpoint() },
    );
    db.transaction(() =>
      appendAudit(db, this.users.actorOf(user), { action: 'archive.export', entityType: 'store', entityId: null, details: { rows: done, manifestSha256 } }),
    )();
    return { tables: tables.length, rows: done, manifestSha256 };
  }

  private count(db: Db, table: string): number {
    return prepared(db, `SELECT count(*) FROM "${table}" WHERE ${rowFilter(table)}`).pluck().get() as number;
  }

  /** Reads a table in pages by its key, letting other requests run between pages. */
  private async readTable(db: Db, table: TableInfo, context: JobContext, advanced: (rows: number) => void): Promise<{ jsonl: Buffer; csv: Buffer; rows: number }> {
    const names = table.columns.map((c) => c.name);
    const select = names.map((n) => `"${n}"`).join(', ');
    const keys = table.key.map((k, i) => `${k === 'rowid' ? 'rowid' : `"${k}"`} AS k${i}`).join(', ');
    const keyList = table.key.map((k) => (k === 'rowid' ? 'rowid' : `"${k}"`)).join(', ');
    const secretFilter = rowFilter(table.name);
    const first = prepared(db, `SELECT ${select}, ${keys} FROM "${table.name}" WHERE ${secretFilter} ORDER BY ${keyList} LIMIT ${BATCH}`);
    const next = prepared(
      db,
      `SELECT ${select}, ${keys} FROM "${table.name}" WHERE ${secretFilter} AND (${keyList}) > (${table.key.map(() => '?').join(', ')}) ORDER BY ${keyList} LIMIT ${BATCH}`,
    );
    // Each page becomes bytes at once, so no single step handles a whole large table's text.
    const jsonl: Buffer[] = [];
    const csv: Buffer[] = [Buffer.from(`${CSV_BOM}${csvRow(names)}\r\n`, 'utf8')];
    let rows = 0;
    let after: unknown[] | null = null;
    for (;;) {
      const page = (after === null ? first.all() : next.all(...after)) as Array<Record<string, unknown>>;
      let jsonPage = '';
      let csvPage = '';
      for (const row of page) {
        // STRICT columns hold text, integers or reals only (no BLOB columns), so every value is a CsvCell.
        const values = names.map((n) => (row[n] ?? null) as CsvCell);
        jsonPage += `${JSON.stringify(Object.fromEntries(names.map((n, i) => [n, values[i]])))}\n`;
        csvPage += `${csvRow(values)}\r\n`;
      }
      jsonl.push(Buffer.from(jsonPage, 'utf8'));
      csv.push(Buffer.from(csvPage, 'utf8'));
      rows += page.length;
      advanced(page.length);
      if (page.length < BATCH) break;
      const last = page.at(-1)!;
      after = table.key.map((_, i) => last[`k${i}`]);
      await context.checkpoint();
    }
    return { jsonl: Buffer.concat(jsonl), csv: Buffer.concat(csv), rows };
  }
}
