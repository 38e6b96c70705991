import { describe, expect, it } from 'vitest';
import { isValidOutwardCode } from '../../../shared/anonymise/index';
import { masksOf } from './helpers';

describe('postcodes', () => {
  it('finds full postcodes in any case, with or without the space', () => {
    const story = 'We moved from NW6 5XA to w11 2je, then sw1v2ja, then EC1A 1BB and finally W113LX.';
    expect(masksOf('POSTCODE', story)).toEqual(['NW6 5XA', 'w11 2je', 'sw1v2ja', 'EC1A 1BB', 'W113LX']);
  });

  it('keeps an outward code on its own', () => {
    expect(masksOf('POSTCODE', 'I live in W9 and the dentist is in NW10.')).toEqual([]);
  });

  it('follows the BS 7666 letter rules', () => {
    expect(isValidOutwardCode('W9')).toBe(true);
    expect(isValidOutwardCode('QA1')).toBe(false); // Q never first
    expect(isValidOutwardCode('AI1')).toBe(false); // I never second
    expect(masksOf('POSTCODE', 'Code W9 3CA is not real: C is never in the inward code.')).toEqual([]);
  });
});
