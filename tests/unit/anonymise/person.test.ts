import { describe, expect, it } from 'vitest';
import { isFullyMasked, masksOf } from './helpers';

describe('names after cues', () => {
  it('masks names after titles, keeping the title', () => {
    expect(masksOf('PERSON', 'Dr Okafor referred me and Mrs D\'Souza at the counter was kind; later Dr. A. Khan rang.')).toEqual([
      'Okafor',
      "D'Souza",
      'A. Khan',
    ]);
  });

  it('masks names after kinship words, lowercase too', () => {
    expect(masksOf('PERSON', 'My son tanvir and my wife nadia came with me.')).toEqual(['tanvir', 'nadia']);
    expect(masksOf('PERSON', 'Her husband Abdul Karim Miah was discharged.')).toEqual(['Abdul Karim Miah']);
    expect(masksOf('PERSON', 'Mum is Halina Kowalczyk by the way, and my brother is Mahad Abdi.')).toEqual(['Halina Kowalczyk', 'Mahad Abdi']);
  });

  it('masks names set off after a role', () => {
    const story = 'The receptionist, Kelly, was nice. The manager at the care agency, Dawn, is rude. Ray the porter told jokes.';
    expect(masksOf('PERSON', story)).toEqual(['Kelly', 'Dawn', 'Ray']);
  });

  it('masks names after "called", "I\'m" and "my name is"', () => {
    const story = 'One paramedic was called Gavin. I\'m Beverley Clarke and my name is Ionela Popescu on the forms.';
    expect(masksOf('PERSON', story)).toEqual(['Gavin', 'Beverley Clarke', 'Ionela Popescu']);
  });

  it('masks "X on reception" and "ask for X"', () => {
    expect(masksOf('PERSON', 'Grace on reception is great. Ask for Bisi at the front desk.')).toEqual(['Grace', 'Bisi']);
  });
});

describe('names without cues', () => {
  it('masks listed names wherever they are capitalised, sentence start included', () => {
    expect(masksOf('PERSON', 'Henderson is the only GP who follows up. Later Krzysztof phoned.')).toEqual(['Henderson', 'Krzysztof']);
  });

  it('masks names written in capitals', () => {
    const story = 'DR HOLLOWAY TOLD ME IT WAS ANXIETY. MY NAME IS DESMOND GRANT AND I AM ANGRY.';
    expect(masksOf('PERSON', story)).toEqual(['HOLLOWAY', 'DESMOND GRANT']);
  });

  it('masks a capitalised word in no list when it is used like a name', () => {
    expect(masksOf('PERSON', 'The staff are kind, especially Maricelle and Jonalynne who do her hair.')).toEqual(['Maricelle', 'Jonalynne']);
  });

  it('does not take places, languages or words after "in" and "the" as names', () => {
    expect(masksOf('PERSON', 'She is from Kumasi, speaks Twi, and supports the Ospreys. We met in Tigray.')).toEqual([]);
  });

  it('never tags numbers as names', () => {
    expect(masksOf('PERSON', 'Called 111, then 999, then ward 7B; Room 12 said 3 people.')).toEqual([]);
  });
});

describe('text written without capitals', () => {
  it('masks listed names in lowercase but not rare words that are also names', () => {
    expect(masksOf('PERSON', 'i went with chloe to the clinic and the tram was late, rehab is hard')).toEqual(['chloe']);
  });
});

describe('words that are also names', () => {
  it('masks them only as names', () => {
    expect(masksOf('PERSON', 'I have no hope left. The midwife Hope stayed late.')).toEqual(['Hope']);
    expect(masksOf('PERSON', 'Will they ever answer? My neighbour Will drove me.')).toEqual(['Will']);
    expect(masksOf('PERSON', 'We got a bill for it. My husband Bill was upset. Bill said so.')).toEqual(['Bill', 'Bill']);
    expect(masksOf('PERSON', 'Proper jack of all trades. The man from the council, Jack, fitted the rails.')).toEqual(['Jack']);
  });

  it('keeps months, weekdays and years when no cue says otherwise', () => {
    expect(masksOf('PERSON', 'In April and June, every Monday of 2023, it rained. May I complain?')).toEqual([]);
  });

  it('masks a month that is a name when a cue says so', () => {
    expect(masksOf('PERSON', 'April, the student midwife, noticed. My sister June has MS.')).toEqual(['April', 'June']);
  });
});

describe('allow-list', () => {
  it("keeps hospitals, shops and conditions named after people", () => {
    const story =
      "Seen at St Mary's, then Guy's and St Thomas', then Boots, Sainsbury's and Marks and Spencer; he has Parkinson's, she has Alzheimer's and Crohn's.";
    expect(masksOf('PERSON', story)).toEqual([]);
  });

  it('uses a staff-edited allow-list instead of the default', () => {
    const story = 'We go to the Kelly Clinic every week.';
    expect(masksOf('PERSON', 'Kelly helped.')).toEqual(['Kelly']);
    expect(masksOf('PERSON', story, { allowList: ['Kelly Clinic'] })).toEqual([]);
  });
});

describe('propagation', () => {
  it('masks every mention of a name once one mention had a cue', () => {
    const story = 'The night nurse, Dumitrescu, checks on him. Dumitrescu sits with him. I asked dumitrescu why.';
    expect(masksOf('PERSON', story)).toEqual(['Dumitrescu', 'Dumitrescu', 'dumitrescu']);
  });

  it('masks later mentions of a word-name only where capitalised', () => {
    const story = 'The receptionist, Patience, has the patience of a saint. Patience deserves a pay rise.';
    expect(masksOf('PERSON', story)).toEqual(['Patience', 'Patience']);
  });

  it('does not spread a name to a street or a line named the same', () => {
    const story = 'My daughter Victoria drives me past the Victoria line. Dean, the adviser at 56 Dean Street, was kind.';
    expect(masksOf('PERSON', story)).toEqual(['Victoria', 'Dean']);
  });

  it('keeps two mentions across a full stop as two masks', () => {
    expect(masksOf('PERSON', 'The nurse was called Kelly. Kelly was great.')).toEqual(['Kelly', 'Kelly']);
  });

  it('masks a possessive but leaves the "\'s"', () => {
    const story = "My sister Maxine has Down's syndrome. Maxine's passport was read.";
    expect(masksOf('PERSON', story)).toEqual(['Maxine', 'Maxine']);
    expect(isFullyMasked(story, "Maxine's", 30)).toBe(false);
  });
});

describe('known names from staff', () => {
  it('always masks them, as phrases and single words', () => {
    const story = 'Nurse practitioner Olwen Prys-Jones saw me; later prys-jones phoned.';
    expect(masksOf('PERSON', story, { knownNames: ['Olwen Prys-Jones'] })).toEqual(['Olwen Prys-Jones', 'prys-jones']);
  });
});
