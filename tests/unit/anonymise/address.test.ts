import { describe, expect, it } from 'vitest';
import { masksOf } from './helpers';

describe('home addresses', () => {
  it('masks a house number and street', () => {
    expect(masksOf('ADDRESS', 'I live at 14 Elgin Avenue with my two cats.')).toEqual(['14 Elgin Avenue']);
  });

  it('masks a flat with its building and street, apart from the postcode', () => {
    const story = 'Send it to Flat 12, Torridon House, 3 Alfred Road, W2 5EU please.';
    expect(masksOf('ADDRESS', story)).toEqual(['Flat 12, Torridon House, 3 Alfred Road']);
    expect(masksOf('POSTCODE', story)).toEqual(['W2 5EU']);
  });

  it('masks "flat 12b" and a lettered flat', () => {
    expect(masksOf('ADDRESS', 'the carers went to flat 12b instead of ours')).toEqual(['flat 12b']);
    expect(masksOf('ADDRESS', 'My letters go to Flat B, 12 Cornwall Gardens.')).toEqual(['Flat B, 12 Cornwall Gardens']);
  });

  it('masks named residences before a postcode or after "I live in"', () => {
    expect(masksOf('ADDRESS', "It's Willow Cottage, Holly Mount, NW3 6SG, at the end of the lane.")).toEqual(['Willow Cottage, Holly Mount']);
    expect(masksOf('ADDRESS', 'I live in Trellick Tower and the lift is always broken.')).toEqual(['Trellick Tower']);
  });

  it('masks "14, Elgin Avenue" and "22 Praed St." styles', () => {
    expect(masksOf('ADDRESS', 'My address is 14, Elgin Avenue.')).toEqual(['14, Elgin Avenue']);
    expect(masksOf('ADDRESS', 'Post it to 22 Praed St.')).toEqual(['22 Praed St']);
  });

  it('keeps a street named without a number: services are named by their street', () => {
    expect(masksOf('ADDRESS', 'The surgery on Harrow Road is great, and so is Boots on Edgware Road.')).toEqual([]);
  });

  it("keeps a service's own address when the story visits it", () => {
    expect(masksOf('ADDRESS', 'I went to 56 Dean Street for a test and the adviser at 56 Dean Street was kind.')).toEqual([]);
  });

  it('does not take "St Mary\'s" as a street', () => {
    expect(masksOf('ADDRESS', "Born at 3 St Mary's? No, at St Mary's in Paddington.")).toEqual([]);
  });
});
