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
