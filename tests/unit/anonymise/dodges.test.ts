import { describe, expect, it } from 'vitest';
import { masksOf } from './helpers';

// Identifiers written for these tests the way people write them to get past a filter, and
// numbers that only look like identifiers.

describe('identifiers written to dodge a filter', () => {
  it('masks emails with "at" and "dot" in words or brackets, and with spaces round the @', () => {
    const story = 'Try r.moyo at nhs dot net, or lena[at]posteo[dot]de, or sam_k (at) mail.co.uk, or jo.p AT btinternet DOT com, or ali @ wp . pl.';
    expect(masksOf('EMAIL', story)).toEqual(['r.moyo at nhs dot net', 'lena[at]posteo[dot]de', 'sam_k (at) mail.co.uk', 'jo.p AT btinternet DOT com', 'ali @ wp . pl']);
    expect(masksOf('EMAIL', 'We met at the clinic. Look at nhs dot uk pages. I was at home.')).toEqual([]);
  });

  it('masks phone numbers split over a line, spaced digit by digit, with O for zero, and with extensions', () => {
    expect(masksOf('PHONE', 'ring 07700\n900 218 after six')).toEqual(['07700\n900 218']);
    expect(masksOf('PHONE', 'Tel: 0 1 1 3 - 4 9 6 - 0 7 7 2')).toEqual(['0 1 1 3 - 4 9 6 - 0 7 7 2']);
    expect(masksOf('PHONE', 'my number O77OO 9OO 561 (no zeros on my keyboard)')).toEqual(['O77OO 9OO 561']);
    expect(masksOf('PHONE', 'the office on 020 7946 0661, ext. 318 or 0161 496 0902 x44')).toEqual(['020 7946 0661, ext. 318', '0161 496 0902 x44']);
  });

  it('masks a phone number spelled in words, but not counts in words', () => {
    expect(masksOf('PHONE', 'it is oh seven seven double oh nine hundred, then five one two')).toEqual(['oh seven seven double oh nine hundred, then five one two']);
    expect(masksOf('PHONE', 'I waited one or two hours, maybe three, with nine other people.')).toEqual([]);
  });

  it('masks NHS numbers grouped any way or over two lines, and leaves ten digits that fail the check', () => {
    expect(masksOf('NHS_NUMBER', 'NHS 943476 5919 and 9 4 3 4 7 6 5 9 1 9 and 943\n476 5919')).toEqual(['943476 5919', '9 4 3 4 7 6 5 9 1 9', '943\n476 5919']);
    expect(masksOf('NHS_NUMBER', 'booking ref 943476 5918, case 1234 5678 90')).toEqual([]);
  });

  it('masks postcodes with extra spaces and NINOs spaced letter by letter, but not references', () => {
    expect(masksOf('POSTCODE', 'at NW3  6SG or E 2 7 D J or N1 5 AA')).toEqual(['NW3  6SG', 'E 2 7 D J', 'N1 5 AA']);
    expect(masksOf('NINO', 'NI: N Y 1 2 3 4 5 6 C, ref PC 4021 88')).toEqual(['N Y 1 2 3 4 5 6 C']);
  });

  it('masks dates with the month as an ordinal or in Roman numerals', () => {
    expect(masksOf('DATE', 'dob 2nd of the 11th 1948, seen 16.ix.2025 and 4/iv/51')).toEqual(['2nd of the 11th 1948', '16.ix.2025', '4/iv/51']);
  });
});

describe('decoys stay readable', () => {
  it('leaves hospitals, practices and wards named after people, charities, medicines and conditions', () => {
    const story =
      'At the Jenner Health Centre they sent me to St Thomas\' and then the Florence Nightingale ward. Macmillan helped. ' +
      'I take Creon and Sertraline for my Crohn\'s. The surgery named after Dr Bell is on Bell Street. Young Carers were brilliant.';
    expect(masksOf('PERSON', story)).toEqual([]);
  });

  it('leaves bus routes, booking references, streets without numbers and cities abroad', () => {
    const story = 'I took the 25 and the N207 to Harrow Road. Booking ref RX4 221 9087. My children live in Dubai and Lagos.';
    expect(masksOf('PERSON', story)).toEqual([]);
    expect(masksOf('ADDRESS', story)).toEqual([]);
    expect(masksOf('PHONE', story)).toEqual([]);
  });
});
