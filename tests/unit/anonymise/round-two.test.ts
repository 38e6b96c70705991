import { describe, expect, it } from 'vitest';
import { masksOf } from './helpers';

// Sentences written for these tests (not lines of the fixtures), one group per rule of
// issue 16's second round (docs/anonymiser.md, "Round 2").

describe('dates of birth as digit pairs', () => {
  it('reads run-together and spaced pairs after a birth cue', () => {
    expect(masksOf('DATE', 'Caller Mr Osei, DOB 110448, rang about his hearing aids.')).toEqual(['110448']);
    expect(masksOf('DATE', 'her d.o.b. is 21 06 59 and she lives alone')).toEqual(['21 06 59']);
    expect(masksOf('DATE', 'Ms Pryce, born 02101961, asked for a callback.')).toEqual(['02101961']);
  });
  it('reads spaced pairs with a four-digit year without a cue, and leaves other numbers', () => {
    expect(masksOf('DATE', 'Rang: Mr Feld, 14 09 1950, re: his repeat prescription.')).toEqual(['14 09 1950']);
    expect(masksOf('DATE', 'Order 110448 was delayed; DOB 993344 is not a date.')).toEqual([]);
  });
});

describe('names in informal and survey text', () => {
  it('masks a lowercase name after a role abbreviation, and one joined by "and" to a name found', () => {
    expect(masksOf('PERSON', 'hv bev was lovely after i had my twins')).toEqual(['bev']);
    expect(masksOf('PERSON', 'at the hospice kirsty and dee were amazing to my dad')).toEqual(['kirsty', 'dee']);
  });
  it('masks the name given with a number to call, but not a word', () => {
    expect(masksOf('PERSON', 'text me zuna on 07700 900418 if you need more info')).toEqual(['zuna']);
    expect(masksOf('PERSON', 'call me anytime on 07700 900418 thanks')).toEqual([]);
  });
  it('masks a first name and a family name that is also a word, after kinship or at the end', () => {
    expect(masksOf('PERSON', 'waited 5 hrs with my grandad ivy baker she is 90')).toContain('ivy baker');
    expect(masksOf('PERSON', 'no one rang me back. still waiting. colin hall')).toEqual(['colin hall']);
  });
  it('leaves saint names as places in any case', () => {
    expect(masksOf('PERSON', 'the drs at st georges and st marys were great')).toEqual([]);
    expect(masksOf('PERSON', 'Mrs St Clair was seen at the clinic.')).toEqual(['St Clair']);
  });
  it('masks unlisted names at a workplace or signing off', () => {
    expect(masksOf('PERSON', 'wemba on reception is always kind to my mum')).toEqual(['wemba']);
    expect(masksOf('PERSON', 'lost my letter twice. nobody cares. tobu kazenwe')).toEqual(['tobu kazenwe']);
  });
});

describe('names in notes, letters and long stories', () => {
  it('masks a first name in brackets after a titled name and a verb, or before a title in brackets', () => {
    expect(masksOf('PERSON', 'Mr Adeyemi called (Tunde) re: his wife.')).toEqual(['Adeyemi', 'Tunde']);
    expect(masksOf('PERSON', 'f/u: Hodan (Mrs Warsame) rang back.')).toEqual(['Hodan', 'Warsame']);
    expect(masksOf('PERSON', 'Cb to Mrs Nguyen (Thi Lan) - resolved.')).toEqual(['Nguyen', 'Thi Lan']);
  });
  it('masks a lowercase initial and surname after a lowercase title', () => {
    expect(masksOf('PERSON', 'the label said mrs k. adebayo not my name')).toEqual(['k. adebayo']);
  });
  it('masks a family-word nickname wherever it recurs, and a reduplicated nickname', () => {
    expect(masksOf('PERSON', 'Dad was known to us all as Uncle Bertie. Uncle Bertie loved the ward.')).toEqual(['Uncle Bertie', 'Uncle Bertie']);
    expect(masksOf('PERSON', 'Bong-Bong, whose real name is Ramon Cruz, came too.')).toEqual(['Bong-Bong', 'Ramon Cruz']);
  });
  it('masks an elected member named before the letters, a name after "first name", a quoted nickname', () => {
    expect(masksOf('PERSON', 'Caseworker, Office of Tamsin Okoro MP')).toEqual(['Tamsin Okoro']);
    expect(masksOf('PERSON', "please take out her first name (Zelda) from the quote")).toEqual(['Zelda']);
    expect(masksOf('PERSON', 'my uncle, Patrick "Paddy" Keane, was on the ward')).toEqual(['Patrick "Paddy" Keane']);
  });
  it('masks a signature name above a job title and a labelled phone line', () => {
    expect(masksOf('PERSON', 'Thanks for your help.\n\nOrla\nSupport Worker\n07700 900123')).toEqual(['Orla']);
    expect(masksOf('PERSON', 'see you then\n\nBamidele Adeyemi\ntel 020 7946 0101')).toEqual(['Bamidele Adeyemi']);
  });
  it('does not take sign-off words, practices, towns, languages, acronyms or labels for names', () => {
    expect(masksOf('PERSON', 'Speak soon.\n\nBest,\nKwame')).toEqual(['Kwame']);
    expect(masksOf('PERSON', 'I go to the Dr Patel\'s on the corner, my sister lives in Elgin.')).toEqual([]);
    expect(masksOf('PERSON', 'the interpreter was Amharic, and Filipinos and Somalis spoke up.')).toEqual([]);
    expect(masksOf('PERSON', 'she was asked about FGM in front of her class')).toEqual([]);
    expect(masksOf('PERSON', 'my nino is ab 12 34 56 c')).toEqual([]);
  });
});

describe('dodged numbers and emails', () => {
  it('reads a phone number half in digits and half in words', () => {
    expect(masksOf('PHONE', 'my number is 07700 900 four one eight ok')).toEqual(['07700 900 four one eight']);
  });
  it('reads an email with spaces round the @ and before the dot', () => {
    expect(masksOf('EMAIL', 'email me at tobi.k77 @ gmail .com please')).toEqual(['tobi.k77 @ gmail .com']);
    expect(masksOf('EMAIL', 'he cut his hand at work. At the clinic')).toEqual([]);
  });
});
