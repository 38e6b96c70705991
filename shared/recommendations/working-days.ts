/**
 * The working-day rule: a stakeholder's response is due on the 20th working day
 * after the day a recommendation was sent, where a working day is Monday to Friday
 * and not an England and Wales bank holiday. Pure: dates are YYYY-MM-DD strings,
 * counted as whole UTC days so no time zone or clock change can move them.
 */

/** The bank holidays of a span of whole years, and the span itself. */
export interface WorkingCalendar {
  /** The first day the table covers (1 January of its first year). */
  runsFrom: string;
  /** The last day the table covers (31 December of its last year). */
  runsTo: string;
  holidays: ReadonlySet<string>;
}

export type WorkingDayAnswer = { ok: true; date: string } | { ok: false; runsFrom: string; runsTo: string };

const DAY_MS = 86_400_000;

/** Days since 1 January 1970 (UTC) of a YYYY-MM-DD date. */
export const dayNumber = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const addCalendarDays = (date: string, days: number): string => dateOfDay(dayNumber(date) + days);

/** 0 is Sunday, 6 is Saturday (1 January 1970 was a Thursday). */
export const weekdayOf = (date: string): number => (((dayNumber(date) + 4) % 7) + 7) % 7;

export const isWeekend = (date: string): boolean => {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
};

export const isWorkingDay = (date: string, calendar: WorkingCalendar): boolean => !isWeekend(date) && !calendar.holidays.has(date);

/**
 * The `count`th working day after `from`. Refused (never guessed) when `from` or any
 * day up to the answer lies outside the calendar's table.
 */
export function workingDayAfter(from: string, count: number, calendar: WorkingCalendar): WorkingDayAnswer {
  const refused: WorkingDayAnswer = { ok: false, runsFrom: calendar.runsFrom, runsTo: calendar.runsTo };
  if (from < calendar.runsFrom || from > calendar.runsTo) return refused;
  const last = dayNumber(calendar.runsTo);
  let day = dayNumber(from);
  let counted = 0;
  while (counted < count) {
    day += 1;
    if (day > last) return refused;
    if (isWorkingDay(dateOfDay(day), calendar)) counted += 1;
  }
  return { ok: true, date: dateOfDay(day) };
}

/** The bank holidays a due date counted over: those after `from`, up to and including `due`. */
export const holidaysBetween = (from: string, due: string, calendar: WorkingCalendar): string[] =>
  [...calendar.holidays].filter((date) => date > from && date <= due).sort();
