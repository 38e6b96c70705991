/**
 * Cohen's kappa for two coders' yes/no decisions on the same items: how far their
 * agreement goes beyond what chance alone would give. 1 is perfect agreement, 0 is
 * chance, below 0 worse than chance. Null when it cannot be computed (no items, or
 * both coders gave the same answer to everything, so chance agreement is 1).
 */
export function cohensKappa(a: readonly boolean[], b: readonly boolean[]): number | null {
  if (a.length !== b.length) throw new Error('both coders must rate the same items');
  const n = a.length;
  if (n === 0) return null;
  let agree = 0;
  let aYes = 0;
  let bYes = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree += 1;
    if (a[i]) aYes += 1;
    if (b[i]) bYes += 1;
  }
  const observed = agree / n;
  const expected = (aYes / n) * (bYes / n) + ((n - aYes) / n) * ((n - bYes) / n);
  if (expected === 1) return null;
  return (observed - expected) / (1 - expected);
}

/** The usual reading of a kappa value (Landis and Koch, 1977). */
export function kappaBand(kappa: number): 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost-perfect' {
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost-perfect';
}
