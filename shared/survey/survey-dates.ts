/**
 * Reading the date a survey answer was given, in the forms survey tools and UK
 * spreadsheets write: 2026-03-14, 14/03/2026, 14/03/26, 14-Mar-2026, 14 March 2026,
 * each optionally followed by a time. Day first, as in the UK. Only the date is kept.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1 to 12 for "Mar", "March" or "Sept"; 0 for anything else. */
const monthNumber = (word: string): number => {
  const lower = word.toLowerCase();
  return MONTHS.findIndex((name) => name === lower || name.slice(0, 3) === lower || (lower === 'sept' && name === 'september')) + 1;
};

/** Any time of day after the date ("10:22", "T10:22:33Z", " 10:22:33 AM"), which is not kept. */
const TIME = String.raw`(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})${TIME}$`);
const NAMED_MONTH = new RegExp(String.raw`^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4})${TIME}$`);

export type SurveyDate = { ok: true; date: string } | { ok: false; message: string };

export function readSurveyDate(cell: string, today: string): SurveyDate {
  // Spaces around a date are layout, not words: trimming them changes nothing a person said.
  const value = cell.trim();
  if (value === '') return { ok: false, message: 'The date is empty.' };
  const parts = dateParts(value);
  if (!parts) return { ok: false, message: `"${value}" is not a date Verbatim can read. Use a date like 14/03/2026 or 2026-03-14.` };
  const [year, month, day] = parts;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { ok: false, message: `"${value}" is not a real date (dates are read day first, as 14/03/2026).` };
  }
  if (iso > today) return { ok: false, message: `"${value}" is in the future.` };
  return { ok: true, date: iso };
}

function dateParts(value: string): [number, number, number] | null {
  const iso = ISO.exec(value);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) return [fullYear(dayFirst[3]!), Number(dayFirst[2]), Number(dayFirst[1])];
  const named = NAMED_MONTH.exec(value);
  if (named) {
    const month = monthNumber(named[2]!);
    if (month === 0) return null;
    return [fullYear(named[3]!), month, Number(named[1])];
  }
  return null;
}

/** Two-digit years are this century: survey answers are recent. */
const fullYear = (digits: string): number => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));
