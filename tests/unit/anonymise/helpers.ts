import { detect, type DetectOptions, type EntityType } from '../../../shared/anonymise/index';

/** The masked stretches of a text, as "TYPE:text" strings in order. */
export function masks(text: string, options?: DetectOptions): string[] {
  return detect(text, options).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
}

/** Only the masked stretches of one type. */
export function masksOf(type: EntityType, text: string, options?: DetectOptions): string[] {
  return detect(text, options)
    .filter((d) => d.type === type)
    .map((d) => text.slice(d.start, d.end));
}

/** Whether every letter and digit of `value` (at its first occurrence after `from`) is masked. */
export function isFullyMasked(text: string, value: string, from = 0, options?: DetectOptions): boolean {
  const start = text.indexOf(value, from);
  if (start < 0) throw new Error(`"${value}" is not in the text`);
  const detections = detect(text, options);
  for (let i = start; i < start + value.length; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    if (!detections.some((d) => d.start <= i && i < d.end)) return false;
  }
  return true;
}
