/** Whole months and quarters: the Insight dashboard counts by month heard. */

/** A month heard, "2026-03". */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export type Granularity = 'month' | 'quarter';

/** Every month from `from` to `to` inclusive (both "YYYY-MM"). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = to.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    out.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** "2026-05" -> "2026 Q2". */
export const quarterOf = (month: string): string => `${month.slice(0, 4)} Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

/** The bucket a month falls in at a granularity. */
export const bucketOf = (month: string, granularity: Granularity): string => (granularity === 'month' ? month : quarterOf(month));

/** The first and last day of a month, as the Stories filters take them. */
export function monthRange(month: string): { heardFrom: string; heardTo: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { heardFrom: `${month}-01`, heardTo: `${month}-${String(last).padStart(2, '0')}` };
}

/** The days a run of months covers, first to last. */
export function rangeOfMonths(months: readonly string[]): { heardFrom: string; heardTo: string } {
  return { heardFrom: monthRange(months[0]!).heardFrom, heardTo: monthRange(months.at(-1)!).heardTo };
}

/** The buckets of a period in order, each with the months it holds. */
export function bucketsOf(from: string, to: string, granularity: Granularity): { bucket: string; months: string[] }[] {
  const out: { bucket: string; months: string[] }[] = [];
  for (const month of monthsBetween(from, to)) {
    const bucket = bucketOf(month, granularity);
    const last = out.at(-1);
    if (last && last.bucket === bucket) last.months.push(month);
    else out.push({ bucket, months: [month] });
  }
  return out;
}

/** The calendar quarter holding a date, as whole months ("2026-04".."2026-06"). */
export function quarterMonths(isoDate: string): { from: string; to: string } {
  const year = isoDate.slice(0, 4);
  const q = Math.ceil(Number(isoDate.slice(5, 7)) / 3);
  return { from: `${year}-${String(q * 3 - 2).padStart(2, '0')}`, to: `${year}-${String(q * 3).padStart(2, '0')}` };
}
