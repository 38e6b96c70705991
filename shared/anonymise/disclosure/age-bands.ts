/** Age bands for exported records: exact ages are never exported. */
export interface AgeBand {
  label: string;
  min: number;
  /** Inclusive; null for an open top band ("85+"). */
  max: number | null;
}

function bands(...limits: number[]): AgeBand[] {
  const out: AgeBand[] = [];
  for (let i = 0; i < limits.length; i++) {
    const min = limits[i]!;
    const next = limits[i + 1];
    out.push(next === undefined ? { label: `${min}+`, min, max: null } : { label: `${min}-${next - 1}`, min, max: next - 1 });
  }
  return out;
}

/** 0-17, 18-24, 25-34, ..., 75-84, 85+. */
export const DEFAULT_AGE_BANDS: readonly AgeBand[] = bands(0, 18, 25, 35, 45, 55, 65, 75, 85);

/** Wider bands used, in order, when k-anonymity needs to generalise ages further. */
export const AGE_BAND_LEVELS: readonly (readonly AgeBand[])[] = [DEFAULT_AGE_BANDS, bands(0, 18, 35, 55, 75), bands(0, 18, 65)];

export function ageToBand(age: number, scheme: readonly AgeBand[] = DEFAULT_AGE_BANDS): string | null {
  if (!Number.isFinite(age) || age < 0 || age > 130) return null;
  const whole = Math.floor(age);
  const band = scheme.find((b) => whole >= b.min && (b.max === null || whole <= b.max));
  return band ? band.label : null;
}

/** The lower bound of a band label ("25-34" -> 25, "85+" -> 85), or null. */
export function bandMinimum(label: string): number | null {
  const m = /^(\d{1,3})(?:-\d{1,3}|\+)$/.exec(label.trim());
  return m ? Number(m[1]) : null;
}

/**
 * Re-bands a band label at a wider level (0 = default bands). A band that straddles two
 * wider bands goes to the one holding its lower bound; the default bands nest exactly.
 */
export function widenAgeBand(label: string, level: number): string {
  const min = bandMinimum(label);
  const scheme = AGE_BAND_LEVELS[level];
  if (min === null || !scheme) return '*';
  return ageToBand(min, scheme) ?? '*';
}
