import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from '../../../shared/anonymise/index';
import { masksOf } from './helpers';

describe('NHS numbers (modulus 11)', () => {
  it('accepts numbers whose check digit is right', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('4010232137')).toBe(true);
  });

  it('rejects a wrong check digit, a remainder of 10, and wrong lengths', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('1000000010')).toBe(false); // remainder 1 -> check 10, never issued
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
  });

  it('finds spaced, dashed, dotted and plain numbers in a story', () => {
    const story =
      'Her card says 943 476 5919, the letter says 943-476-5919, the app shows 943.476.5919 and the pharmacy typed 9434765919.';
    expect(masksOf('NHS_NUMBER', story)).toEqual(['943 476 5919', '943-476-5919', '943.476.5919', '9434765919']);
  });

  it('leaves alone ten-digit references that fail the check', () => {
    const story = 'The booking reference was 9434765918 and the case number 123 456 7890 went nowhere.';
    expect(masksOf('NHS_NUMBER', story)).toEqual([]);
  });

  it('does not take ten digits out of a longer number', () => {
    expect(masksOf('NHS_NUMBER', 'Council reference 29434765919 was on the letter.')).toEqual([]);
  });
});
