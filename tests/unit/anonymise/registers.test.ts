import { describe, expect, it } from 'vitest';
import { isFullyMasked, masksOf } from './helpers';

// Phone notes, survey answers and long stories written for these tests: how names are
// written in notes and registers, and nicknames in long stories.

describe('names in notes and registers', () => {
  it('masks a surname given first, with listed and unlisted first names', () => {
    expect(masksOf('PERSON', 'Mercer, Douglas (he gave surname first), DOB 3/4/41.')).toEqual(['Mercer', 'Douglas']);
    expect(masksOf('PERSON', 'Oyinlola, Tadesse (pt), rang twice.')).toEqual(['Oyinlola', 'Tadesse']);
    expect(masksOf('PERSON', 'Sorry, Douglas, we could not help.')).toEqual(['Douglas']);
  });

  it('masks initials with the surname, and an initial after a first name', () => {
    expect(masksOf('PERSON', 'Caller: R. Oduwole-Hart, re repeat meds.')).toEqual(['R. Oduwole-Hart']);
    expect(masksOf('PERSON', 'Caller (Mrs T. Baker, d.o.b. 01/02/1950) rang.')).toEqual(['T. Baker']);
    expect(masksOf('PERSON', 'thanks from all of us (Marisol K).')).toEqual(['Marisol K']);
  });

  it('masks the name after a note label or a kinship label with a colon', () => {
    expect(masksOf('PERSON', 'Rang: Zainab Okeke-Bello. Age 71.')).toEqual(['Zainab Okeke-Bello']);
    expect(masksOf('PERSON', 'Dtr: Lumi Haddow, dob 4/4/80.')).toEqual(['Lumi Haddow']);
  });

  it('masks a title or a first name in brackets after a name', () => {
    expect(masksOf('PERSON', 'Spoke to K. Abara (Mrs) about the transport.')).toEqual(['K. Abara']);
    expect(masksOf('PERSON', 'Ms Ugwu (Patience) called back.')).toEqual(['Ugwu', 'Patience']);
    expect(masksOf('PERSON', 'Dr Ansari (GP) was helpful.')).toEqual(['Ansari']);
  });

  it('masks a surname that is a month after a first name', () => {
    expect(masksOf('PERSON', 'Caller Mr Dennis April, no follow-up wanted.')).toEqual(['Dennis April']);
    expect(masksOf('DATE', 'Seen by Dennis on 3 April.')).toEqual(['3 April']);
  });

  it('reads phone-note shorthand as words, and "dtr" as a daughter', () => {
    expect(masksOf('PERSON', 'Adv: ring PALS. Cb 07700 900 771. Dtr works nights.')).toEqual([]);
    expect(masksOf('PERSON', 'Will call her Weds. Dtr Amarachi present.')).toEqual(['Amarachi']);
  });
});

describe('nicknames, lists and names paired with "I"', () => {
  it('masks a name given with "calls her", "as I call her" and "(X to everyone)"', () => {
    expect(masksOf('PERSON', 'A porter called Lancelot, everyone calls him Lance, stayed late.')).toEqual(['Lancelot', 'Lance']);
    expect(masksOf('PERSON', 'My neighbour, Auntie Rosaleen as we call her, did the shopping.')).toEqual(['Rosaleen']);
    expect(masksOf('PERSON', 'Bartholomew (Barty to everyone) has been our carer.')).toEqual(['Bartholomew', 'Barty']);
  });

  it('masks a capitalised name paired with "I" or "me", and the unlisted names in a list of names', () => {
    expect(masksOf('PERSON', 'Abu and I went back the next day.')).toEqual(['Abu']);
    expect(masksOf('PERSON', 'Tunji, Margaret and Deborah on the desk were kind.')).toEqual(['Tunji', 'Margaret', 'Deborah']);
    expect(masksOf('PERSON', 'Camden, Islington and Hackney all said no.')).toEqual([]);
  });

  it('masks lowercase names in survey text without capitals', () => {
    expect(isFullyMasked('my name is wemimo adeyoola and i want an apology', 'wemimo adeyoola')).toBe(true);
    expect(masksOf('PERSON', 'the carer may is like family to us')).toEqual(['may']);
    expect(masksOf('PERSON', 'you may be right about the carer')).toEqual([]);
    expect(masksOf('PERSON', 'my grandad reg brown 91 sent home in a taxi, NOT OK')).toEqual(['reg brown']);
  });

  it('does not take a performer or a contraction for a person in the story', () => {
    expect(masksOf('PERSON', 'He died with his Johnny Cash records playing.')).toEqual([]);
    // "Mr B" is the writer's own stand-in: a single letter is never masked as a name.
    expect(masksOf('PERSON', 'An old man I\'ll call Mr B was left in the corridor.')).toEqual([]);
  });
});
