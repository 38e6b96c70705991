/**
 * Small-number suppression for aggregate tables, as NHS disclosure control does in
 * sub-national statistics: 0 stays 0, counts from 1 to the threshold show as "*", and
 * every other count is rounded to the nearest multiple of the base.
 */
export interface SmallNumberRule {
  /** Counts from 1 to this value are hidden. Default 7. */
  threshold: number;
  /** Other counts are rounded to the nearest multiple of this. Default 5; 1 turns rounding off. */
  roundTo: number;
  /** What a hidden count shows. Default "*". */
  symbol: string;
}

export const NHS_SMALL_NUMBER_RULE: Readonly<SmallNumberRule> = { threshold: 7, roundTo: 5, symbol: '*' };

export function suppressCount(count: number, rule: Partial<SmallNumberRule> = {}): string {
  const { threshold, roundTo, symbol } = { ...NHS_SMALL_NUMBER_RULE, ...rule };
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`a count must be a whole number of at least 0, not ${count}`);
  if (count === 0) return '0';
  if (count <= threshold) return symbol;
  const base = Math.max(1, Math.floor(roundTo));
  return String(Math.round(count / base) * base);
}

/** Applies the rule to every count of a table given as rows of named counts. */
export function suppressTable<K extends string>(rows: readonly Readonly<Record<K, number>>[], rule: Partial<SmallNumberRule> = {}): Record<K, string>[] {
  return rows.map((row) => {
    const out = {} as Record<K, string>;
    for (const key of Object.keys(row) as K[]) out[key] = suppressCount(row[key], rule);
    return out;
  });
}
