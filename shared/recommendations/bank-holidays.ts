/**
 * The bank-holiday table in GOV.UK's format (https://www.gov.uk/bank-holidays.json):
 * either its whole file or its `england-and-wales` division on its own. Checked
 * strictly, because a wrong table would move every due date without anyone seeing.
 */
import { z } from 'zod';
import { isoDateSchema } from '../capture/story';
import { isWeekend, type WorkingCalendar } from './working-days';

export const DIVISION = 'england-and-wales';
/** Larger than GOV.UK's file (about 20 KB) by far; anything bigger is not one. */
export const MAX_BANK_HOLIDAY_FILE_BYTES = 1024 * 1024;

export const bankHolidayEventSchema = z.object({
  title: z.string().min(1).max(200),
  date: isoDateSchema,
  notes: z.string().max(200),
  bunting: z.boolean(),
});
export type BankHolidayEvent = z.infer<typeof bankHolidayEventSchema>;

export const bankHolidayDivisionSchema = z.object({
  division: z.string(),
  events: z.array(bankHolidayEventSchema).min(1).max(5000),
});
export type BankHolidayDivision = z.infer<typeof bankHolidayDivisionSchema>;

export interface BankHolidayTable extends WorkingCalendar {
  events: BankHolidayEvent[];
}

export type ParsedBankHolidays = { ok: true; table: BankHolidayTable } | { ok: false; problem: string };

const fail = (problem: string): ParsedBankHolidays => ({ ok: false, problem });

/** The division from the whole GOV.UK file, or the division as given. */
function divisionOf(raw: unknown): unknown {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && DIVISION in raw && !('events' in raw)) return (raw as Record<string, unknown>)[DIVISION];
  return raw;
}

/** Checks a parsed JSON value and gives the table it holds, or the first problem in words. */
export function parseBankHolidays(raw: unknown): ParsedBankHolidays {
  const parsed = bankHolidayDivisionSchema.safeParse(divisionOf(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    return fail(`It is not a bank-holiday table in GOV.UK's format${where}: ${issue?.message ?? 'unknown problem'}.`);
  }
  const { division, events } = parsed.data;
  if (division !== DIVISION) return fail(`It is the table for "${division}", not for England and Wales.`);
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.date)) return fail(`${event.date} is listed twice.`);
    if (isWeekend(event.date)) return fail(`${event.date} (${event.title}) falls on a weekend; bank holidays (and their substitute days) are weekdays.`);
    seen.add(event.date);
  }
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : 1));
  const firstYear = Number(sorted[0]!.date.slice(0, 4));
  const lastYear = Number(sorted.at(-1)!.date.slice(0, 4));
  const years = new Set(sorted.map((event) => Number(event.date.slice(0, 4))));
  for (let year = firstYear; year <= lastYear; year++) {
    if (!years.has(year)) return fail(`It has no bank holidays in ${year}, so it cannot be complete.`);
  }
  return { ok: true, table: { events: sorted, holidays: seen, runsFrom: `${firstYear}-01-01`, runsTo: `${lastYear}-12-31` } };
}
