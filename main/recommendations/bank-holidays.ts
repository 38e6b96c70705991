/**
 * The bank-holiday table due dates are worked out with: the newest one an
 * administrator imported into the store, or else the one shipped in resources/.
 * An import is checked first (GOV.UK's format, no weekend dates, no missing years)
 * and refused, with the dates, if it drops bank holidays a due date already counted.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import shippedFile from '../../resources/calendar/bank-holidays-england-and-wales.json';
import { MAX_BANK_HOLIDAY_FILE_BYTES, parseBankHolidays, type BankHolidayTable } from '../../shared/recommendations/bank-holidays';
import type { BankHolidayStatus } from '../../shared/recommendations/schemas';
import { holidaysBetween, workingDayAfter, type WorkingCalendar } from '../../shared/recommendations/working-days';
import { ServiceError } from '../../shared/result';
import { appendAudit } from '../audit/audit-log';
import { toServiceError } from '../files/fs-errors';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';

let shipped: BankHolidayTable | null = null;

/** The table shipped with Verbatim (resources/calendar/), checked once when first used. */
export function shippedBankHolidays(): BankHolidayTable {
  if (!shipped) {
    const parsed = parseBankHolidays(shippedFile);
    if (!parsed.ok) throw new Error(`The shipped bank-holiday table is not valid: ${parsed.problem}`);
    shipped = parsed.table;
  }
  return shipped;
}

/** The `count`th working day after `from`; DUE_DATE_BEYOND_CALENDAR when the table does not reach. */
export function dueDateIn(calendar: WorkingCalendar, from: string, count: number): string {
  const answer = workingDayAfter(from, count, calendar);
  if (answer.ok) return answer.date;
  throw new ServiceError(
    'DUE_DATE_BEYOND_CALENDAR',
    `The bank-holiday table runs from ${answer.runsFrom} to ${answer.runsTo}, so ${count} working days after ${from} cannot be worked out. An administrator can import a newer table.`,
  );
}

/** Reads and checks a table file: BANK_HOLIDAYS_INVALID for anything but a good one. */
export function readBankHolidayFile(path: string): { table: BankHolidayTable; sha256: string } {
  let bytes: Buffer;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new ServiceError('BANK_HOLIDAYS_INVALID', `${path} is a folder, not a bank-holiday file.`);
    if (info.size > MAX_BANK_HOLIDAY_FILE_BYTES) throw new ServiceError('BANK_HOLIDAYS_INVALID', `${path} is too large to be a bank-holiday table.`);
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new ServiceError('NOT_FOUND', `There is no file at ${path}.`);
    throw toServiceError(error, path);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ServiceError('BANK_HOLIDAYS_INVALID', `${path} is not a JSON file. Download https://www.gov.uk/bank-holidays.json and import it unchanged.`);
  }
  const parsed = parseBankHolidays(raw);
  if (!parsed.ok) throw new ServiceError('BANK_HOLIDAYS_INVALID', `${path}: ${parsed.problem} Nothing was changed.`);
  return { table: parsed.table, sha256: createHash('sha256').update(bytes).digest('hex') };
}

interface ImportedRow {
  events: string;
  imported_at: string;
  imported_by_name: string | null;
}

export class BankHolidays {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
  ) {}

  /** The table in use now. */
  table(): BankHolidayTable {
    const row = this.newestImport();
    if (!row) return shippedBankHolidays();
    const parsed = parseBankHolidays(JSON.parse(row.events));
    // Only checked tables are stored; a row that fails now has been tampered with.
    if (!parsed.ok) throw new ServiceError('STORE_CORRUPT', `The imported bank-holiday table in the store is damaged: ${parsed.problem}`);
    return parsed.table;
  }

  status(): BankHolidayStatus {
    this.users.require();
    const row = this.newestImport();
    const table = this.table();
    return {
      source: row ? 'imported' : 'shipped',
      runsFrom: table.runsFrom,
      runsTo: table.runsTo,
      holidays: table.events.length,
      importedAt: row?.imported_at ?? null,
      importedByName: row?.imported_by_name ?? null,
    };
  }

  dueDate(from: string, count: number): string {
    return dueDateIn(this.table(), from, count);
  }

  /**
   * Brings in a newer table (administrators only). Refused with BANK_HOLIDAYS_REMOVED,
   * naming the dates, when it lacks a bank holiday that a recorded due date counted,
   * unless `acceptRemovedDates`: due dates already worked out are never changed.
   */
  import(path: string, acceptRemovedDates: boolean): BankHolidayStatus {
    const user = this.users.require('admin');
    const { table, sha256 } = readBankHolidayFile(path);
    const removed = this.removedDatesInUse(table);
    if (removed.length > 0 && !acceptRemovedDates) {
      throw new ServiceError(
        'BANK_HOLIDAYS_REMOVED',
        `The new table does not have ${removed.join(', ')}, which due dates already recorded were worked out with. Those due dates will stay as they are. Import it anyway only if the new table is right. Nothing was changed.`,
      );
    }
    const db = this.db();
    const id = randomUUID();
    db.transaction(() => {
      prepared(db, 'INSERT INTO bank_holiday_tables (id, events, runs_from, runs_to, file_sha256, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        id,
        JSON.stringify({ division: 'england-and-wales', events: table.events }),
        table.runsFrom,
        table.runsTo,
        sha256,
        user.id,
        new Date().toISOString(),
      );
      appendAudit(db, this.users.actorOf(user), {
        action: 'bank-holidays.import',
        entityType: 'bank-holidays',
        entityId: id,
        details: { file: path, sha256, runsFrom: table.runsFrom, runsTo: table.runsTo, holidays: table.events.length, removedDatesInUse: removed },
      });
    })();
    return this.status();
  }

  /** Bank holidays of the table in use that a sent recommendation's due date counted and `next` lacks. */
  private removedDatesInUse(next: BankHolidayTable): string[] {
    const current = this.table();
    const gone = [...current.holidays].filter((date) => !next.holidays.has(date));
    if (gone.length === 0) return [];
    const spans = prepared(this.db(), 'SELECT sent_on, due_on FROM recommendations WHERE sent_on IS NOT NULL').all() as Array<{ sent_on: string; due_on: string }>;
    const used = new Set(spans.flatMap((span) => holidaysBetween(span.sent_on, span.due_on, { ...current, holidays: new Set(gone) })));
    return [...used].sort();
  }

  private newestImport(): ImportedRow | undefined {
    return prepared(
      this.db(),
      'SELECT t.events, t.imported_at, u.name AS imported_by_name FROM bank_holiday_tables t LEFT JOIN users u ON u.id = t.imported_by ORDER BY t.imported_at DESC, t.rowid DESC LIMIT 1',
    ).get() as ImportedRow | undefined;
  }
}
