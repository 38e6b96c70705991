/**
 * Counts that leave the laptop (the report's PDF and HTML) follow NHS disclosure
 * control: 1 to 7 shown as "*", others rounded to the nearest 5. The screen shows
 * staff the exact counts, and says so.
 */
import { NHS_SMALL_NUMBER_RULE, suppressCount } from '../anonymise/disclosure';

export interface ShownCount {
  /** What a chart draws: the rounded count, 0 for a hidden one. */
  value: number;
  /** What a table prints. */
  text: string;
}

export function disclosed(count: number): ShownCount {
  const text = suppressCount(count, NHS_SMALL_NUMBER_RULE);
  return { value: text === NHS_SMALL_NUMBER_RULE.symbol ? 0 : Number(text), text };
}

/** A share of disclosed counts, or "*" when either is hidden. */
export function disclosedShare(part: number, whole: number): ShownCount {
  const a = disclosed(part);
  const b = disclosed(whole);
  if (a.text === NHS_SMALL_NUMBER_RULE.symbol || b.text === NHS_SMALL_NUMBER_RULE.symbol || b.value === 0) return { value: 0, text: a.value === 0 && part === 0 ? '0%' : NHS_SMALL_NUMBER_RULE.symbol };
  const share = a.value / b.value;
  return { value: share, text: `${(share * 100).toFixed(1)}%` };
}

export const DISCLOSURE_NOTE = `Counts from 1 to ${NHS_SMALL_NUMBER_RULE.threshold} are shown as ${NHS_SMALL_NUMBER_RULE.symbol} and all others are rounded to the nearest ${NHS_SMALL_NUMBER_RULE.roundTo}, as NHS disclosure control does, so totals may not add up exactly.`;
