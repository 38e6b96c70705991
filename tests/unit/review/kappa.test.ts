import { describe, expect, it } from 'vitest';
import { cohensKappa, kappaBand } from '../../../shared/review/kappa';

const yes = (pattern: string) => [...pattern].map((c) => c === '1');

describe("Cohen's kappa", () => {
  it('is 1 for perfect agreement and 0 for agreement no better than chance', () => {
    expect(cohensKappa(yes('1100'), yes('1100'))).toBe(1);
    expect(cohensKappa(yes('1010'), yes('1100'))).toBe(0);
  });

  it('matches a worked example', () => {
    // 50 items: both yes 20, A only 5, B only 10, both no 15 -> po 0.7, pe 0.5, kappa 0.4.
    const a = yes('1'.repeat(20) + '1'.repeat(5) + '0'.repeat(10) + '0'.repeat(15));
    const b = yes('1'.repeat(20) + '0'.repeat(5) + '1'.repeat(10) + '0'.repeat(15));
    expect(cohensKappa(a, b)).toBeCloseTo(0.4, 10);
    expect(kappaBand(0.4)).toBe('fair');
  });

  it('is undefined when it cannot be computed', () => {
    expect(cohensKappa([], [])).toBeNull();
    expect(cohensKappa(yes('0000'), yes('0000'))).toBeNull();
    expect(() => cohensKappa(yes('1'), yes('10'))).toThrow();
  });
});
