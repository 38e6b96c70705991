import { describe, expect, it } from 'vitest';
import { masksOf } from './helpers';

describe('phone numbers', () => {
  it('finds mobiles in every common spacing', () => {
    const story = 'Ring 07931 442 087, or 07931442087, or 07931-442-087, or 07931.442.087 if that fails.';
    expect(masksOf('PHONE', story)).toEqual(['07931 442 087', '07931442087', '07931-442-087', '07931.442.087']);
  });

  it('finds London, geographic, freephone and 03 numbers', () => {
    const story = 'Try 020 8347 5561, 0161 496 0733, 0800 123 4567, 0808 808 1234, 0300 123 1234 and 0208.969.4477.';
    expect(masksOf('PHONE', story)).toEqual(['020 8347 5561', '0161 496 0733', '0800 123 4567', '0808 808 1234', '0300 123 1234', '0208.969.4477']);
  });

  it('finds +44 and (0) forms', () => {
    const story = 'Abroad: +44 7488 302 115, +447488302115, +44 (0)20 7289 4416 or (020) 7727 3019.';
    expect(masksOf('PHONE', story)).toEqual(['+44 7488 302 115', '+447488302115', '+44 (0)20 7289 4416', '(020) 7727 3019']);
  });

  it("keeps Ofcom's drama numbers, which look real to a reader", () => {
    expect(masksOf('PHONE', 'Text 07700 900 316 or call 020 7946 0123 or 01632 960 983.')).toEqual([
      '07700 900 316',
      '020 7946 0123',
      '01632 960 983',
    ]);
  });

  it('leaves alone service numbers, dates, times and long references', () => {
    expect(masksOf('PHONE', 'I rang 111 at 08:30 on 01/02/2024, then 999, reference 20417739015.')).toEqual([]);
  });
});
