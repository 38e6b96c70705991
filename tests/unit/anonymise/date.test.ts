import { describe, expect, it } from 'vitest';
import { masksOf } from './helpers';

describe('calendar dates', () => {
  it('masks numeric dates', () => {
    const story = 'Born 12/04/1951, seen 3/9/39, letter dated 23.08.1960, scan on 2024-02-14 and review 15-01-2025.';
    expect(masksOf('DATE', story)).toEqual(['12/04/1951', '3/9/39', '23.08.1960', '2024-02-14', '15-01-2025']);
  });

  it('masks written dates with a day and a month', () => {
    const story = 'On the 3rd of March, then 14 Feb 2024, then March 3rd, then 19 September 1941 and the first of April.';
    // A day written as a word is read with its "the" ("the first of April"); a day in figures is not ("the 3rd of March").
    expect(masksOf('DATE', story)).toEqual(['3rd of March', '14 Feb 2024', 'March 3rd', '19 September 1941', 'the first of April']);
  });

  it('masks a range of days in one month as one date', () => {
    expect(masksOf('DATE', 'He was in from 2nd to 19th October.')).toEqual(['2nd to 19th October']);
  });

  it('masks a day and month without a year after "on"', () => {
    expect(masksOf('DATE', 'The nurse will visit on 21/03 and again on 17/05.')).toEqual(['21/03', '17/05']);
  });

  it('keeps weekdays, months alone, years alone and "the 14th"', () => {
    const story = 'Every Tuesday since March, in 2019 and again in May 2023, we went back; nine months sober on the 14th.';
    expect(masksOf('DATE', story)).toEqual([]);
  });

  it('keeps scores, 24/7 and fractions', () => {
    expect(masksOf('DATE', 'Pain was 8/10, the line is open 24/7 and I got 3/4 of the tablets.')).toEqual([]);
  });

  it('keeps "may" the verb next to a number', () => {
    expect(masksOf('DATE', 'Those 2 may not help, said the GP.')).toEqual([]);
  });
});
