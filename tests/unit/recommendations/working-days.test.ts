import { describe, expect, it } from 'vitest';
import shipped from '../../../resources/calendar/bank-holidays-england-and-wales.json';
import { parseBankHolidays, type BankHolidayTable } from '../../../shared/recommendations/bank-holidays';
import { addCalendarDays, weekdayOf, workingDayAfter } from '../../../shared/recommendations/working-days';

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONDAY = 1;
const firstMonday = (year: number, month: string) => {
  let date = `${year}-${month}-01`;
  while (weekdayOf(date) !== MONDAY) date = addCalendarDays(date, 1);
  return date;
};
const lastMonday = (year: number, month: string, days: number) => {
  let date = `${year}-${month}-${days}`;
  while (weekdayOf(date) !== MONDAY) date = addCalendarDays(date, -1);
  return date;
};

/** England and Wales bank holidays by rule, with the moves and extra days proclaimed since 2018. */
function byRule(year: number): string[] {
  const newYear = `${year}-01-01`;
  const nyWeekday = weekdayOf(newYear);
  const christmas = `${year}-12-25`;
  const christmasSubstitutes: Record<number, [string, string]> = {
    5: [christmas, `${year}-12-28`], // Friday: Boxing Day's substitute is Monday 28th
    6: [`${year}-12-27`, `${year}-12-28`], // Saturday: both move to Monday and Tuesday
    0: [`${year}-12-26`, `${year}-12-27`], // Sunday: Boxing Day Monday, Christmas's substitute Tuesday
  };
  const easter = easterSunday(year);
  const dates = [
    nyWeekday === 6 ? addCalendarDays(newYear, 2) : nyWeekday === 0 ? addCalendarDays(newYear, 1) : newYear,
    addCalendarDays(easter, -2),
    addCalendarDays(easter, 1),
    year === 2020 ? '2020-05-08' : firstMonday(year, '05'), // VE Day, 75th anniversary
    year === 2022 ? '2022-06-02' : lastMonday(year, '05', 31), // moved for the Platinum Jubilee
    lastMonday(year, '08', 31),
    ...(christmasSubstitutes[weekdayOf(christmas)] ?? [christmas, `${year}-12-26`]),
  ];
  if (year === 2022) dates.push('2022-06-03', '2022-09-19'); // Platinum Jubilee; State Funeral of Queen Elizabeth II
  if (year === 2023) dates.push('2023-05-08'); // Coronation of King Charles III
  return dates.sort();
}

const table = (): BankHolidayTable => {
  const parsed = parseBankHolidays(shipped);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.table;
};

describe('the shipped bank-holiday table', () => {
  it('runs from 2018 to the end of 2027', () => {
    expect(table().runsFrom).toBe('2018-01-01');
    expect(table().runsTo).toBe('2027-12-31');
  });

  it.each(Array.from({ length: 10 }, (_, i) => 2018 + i))('holds exactly the bank holidays the rules give for %i', (year) => {
    const dates = table()
      .events.map((e) => e.date)
      .filter((date) => date.startsWith(`${year}-`));
    expect(dates).toEqual(byRule(year));
  });

  it('gets Easter from the computus', () => {
    expect(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027'].map((y) => easterSunday(Number(y)))).toEqual([
      '2018-04-01',
      '2019-04-21',
      '2020-04-12',
      '2021-04-04',
      '2022-04-17',
      '2023-04-09',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
    ]);
  });

  it('marks substitute days as GOV.UK does', () => {
    const substitutes = table()
      .events.filter((e) => e.notes === 'Substitute day')
      .map((e) => `${e.date} ${e.title}`);
    expect(substitutes).toEqual([
      '2020-12-28 Boxing Day',
      '2021-12-27 Christmas Day',
      '2021-12-28 Boxing Day',
      '2022-01-03 New Year’s Day',
      '2022-12-27 Christmas Day',
      '2023-01-02 New Year’s Day',
      '2026-12-28 Boxing Day',
      '2027-12-27 Christmas Day',
      '2027-12-28 Boxing Day',
    ]);
  });
});

describe('the 20th working day after sending', () => {
  const due = (from: string, days = 20) => workingDayAfter(from, days, table());

  it('skips Christmas Day, Boxing Day and New Year’s Day', () => {
    expect(due('2024-12-02')).toEqual({ ok: true, date: '2025-01-02' });
  });

  it('skips Good Friday, Easter Monday and the early May bank holiday', () => {
    expect(due('2025-04-08')).toEqual({ ok: true, date: '2025-05-09' });
  });

  it('skips substitute days when Christmas and New Year fall at a weekend', () => {
    expect(due('2021-12-01')).toEqual({ ok: true, date: '2021-12-31' });
    expect(due('2021-12-10')).toEqual({ ok: true, date: '2022-01-12' });
  });

  it('skips the moved Spring bank holiday and the Platinum Jubilee', () => {
    expect(due('2022-05-20')).toEqual({ ok: true, date: '2022-06-21' });
  });

  it('counts from the next working day when sent at a weekend, and takes other counts', () => {
    expect(due('2024-06-01')).toEqual({ ok: true, date: '2024-06-28' });
    expect(due('2023-05-05', 1)).toEqual({ ok: true, date: '2023-05-09' }); // Monday 8 May 2023 was the Coronation
  });

  it('refuses, never guesses, when the count runs past the table or starts outside it', () => {
    expect(due('2027-12-10')).toEqual({ ok: false, runsFrom: '2018-01-01', runsTo: '2027-12-31' });
    expect(due('2017-12-20')).toEqual({ ok: false, runsFrom: '2018-01-01', runsTo: '2027-12-31' });
    expect(due('2027-11-29')).toEqual({ ok: true, date: '2027-12-29' }); // over the substitute days, inside the table
  });
});

describe('checking an imported table', () => {
  const problem = (raw: unknown) => {
    const parsed = parseBankHolidays(raw);
    return parsed.ok ? null : parsed.problem;
  };

  it('takes GOV.UK’s whole file or its England and Wales division', () => {
    const whole = { 'england-and-wales': shipped, scotland: { division: 'scotland', events: [] } };
    expect(parseBankHolidays(whole).ok).toBe(true);
    expect(parseBankHolidays(shipped).ok).toBe(true);
  });

  it('says what is wrong with a malformed one', () => {
    expect(problem({ division: 'scotland', events: shipped.events })).toMatch(/table for "scotland"/);
    expect(problem({ division: 'england-and-wales', events: [{ title: 'Boxing Day', date: '2026-12-32', notes: '', bunting: true }] })).toMatch(/events\.0\.date/);
    expect(problem({ division: 'england-and-wales', events: [{ title: 'Boxing Day', date: '2026-12-28' }] })).toMatch(/GOV.UK's format/);
    expect(problem({ division: 'england-and-wales', events: [...shipped.events, shipped.events[0]] })).toMatch(/2018-01-01 is listed twice/);
    expect(problem({ division: 'england-and-wales', events: [{ title: 'Christmas Day', date: '2027-12-25', notes: '', bunting: true }] })).toMatch(/falls on a weekend/);
    expect(problem({ division: 'england-and-wales', events: shipped.events.filter((e) => !e.date.startsWith('2021')) })).toMatch(/no bank holidays in 2021/);
    expect(problem([1, 2, 3])).toMatch(/GOV.UK's format/);
  });
});
