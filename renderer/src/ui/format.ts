import i18n, { FORMAT_LOCALE } from '../i18n';

/** A date and time as people in England write it, e.g. "3 March 2026 at 14:05". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(FORMAT_LOCALE, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A file size in bytes, KB, MB or GB (1 KB = 1,000 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  const number = (value: number) => new Intl.NumberFormat(FORMAT_LOCALE, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  if (bytes < 1000) return i18n.t('size.bytes', { ns: 'common', count: bytes });
  if (bytes < 1000 ** 2) return i18n.t('size.kilobytes', { ns: 'common', value: number(bytes / 1000) });
  if (bytes < 1000 ** 3) return i18n.t('size.megabytes', { ns: 'common', value: number(bytes / 1000 ** 2) });
  return i18n.t('size.gigabytes', { ns: 'common', value: number(bytes / 1000 ** 3) });
}

/** Made once: a list of a hundred dates would otherwise build a formatter for each (about a millisecond apiece). */
let dayFormat: Intl.DateTimeFormat | null = null;

/** A calendar date (2026-03-14) as "14 March 2026"; the date is not shifted by time zones. */
export function formatDay(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  dayFormat ??= new Intl.DateTimeFormat(FORMAT_LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
  return dayFormat.format(date);
}

/** The time of day to the second, e.g. "14:05:09", for "saved at" confirmations. */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(FORMAT_LOCALE, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(date);
}

/** Today's date where the laptop is, as 2026-03-14 (what a date field holds). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A whole number with thousands separators, e.g. 100,000. */
export const formatNumber = (value: number): string => new Intl.NumberFormat(FORMAT_LOCALE).format(value);
