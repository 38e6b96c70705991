import { describe, expect, it } from 'vitest';
import { isFullyMasked, masksOf } from './helpers';

// Sentences written for these tests (not lines of the fixtures), one group per rule of
// issue 16's fourth round (docs/anonymiser.md, "Round 4"), with decoys that must stay.

describe('names in the header of a phone note', () => {
  it('masks a family name in capitals, a comma and a first name closed by a dash', () => {
    expect(masksOf('PERSON', 'GEBREYESUS, Mehret - called back about her referral.')).toEqual(['GEBREYESUS', 'Mehret']);
    expect(masksOf('PERSON', 'Cardiology, Monday - no reply.')).toEqual([]);
  });
  it('masks the title inside a surname-first name', () => {
    expect(isFullyMasked('MacLEOD, Mrs Morag DOB 03/02/51. Asked about podiatry.', 'MacLEOD, Mrs Morag')).toBe(true);
  });
  it('masks a long family name in capitals in no list before a first name found and a comma', () => {
    expect(masksOf('PERSON', 'CHOWDHURYBARUA Nasreen, DOB 2-3-70. Query re repeat prescription.')).toEqual(['CHOWDHURYBARUA Nasreen']);
    expect(masksOf('PERSON', 'URGENT Nasreen, please ring the surgery.')).toEqual(['Nasreen']);
    expect(masksOf('PERSON', 'PALS Nasreen, please ring.')).toEqual(['Nasreen']);
  });
});

describe('family names with particles', () => {
  it('joins Irish particles into a name', () => {
    expect(masksOf('PERSON', 'I met Seán Ó Riordáin and Dr Máire Nic Aodha at the clinic.')).toEqual(['Seán Ó Riordáin', 'Máire Nic Aodha']);
    expect(masksOf('PERSON', 'From: Aoife Ní Dhomhnaill\nSent: Monday')).toEqual(['Aoife Ní Dhomhnaill']);
    expect(masksOf('PERSON', 'My NI number was wrong on the form.')).toEqual([]);
  });
  it('masks a family name that opens with lowercase particles after a title', () => {
    expect(masksOf('PERSON', 'I wrote to Mrs van den Berg twice and to Dr de Souza once.')).toEqual(['van den Berg', 'de Souza']);
    expect(masksOf('PERSON', 'the dr de said no')).toEqual([]);
  });
  it('masks a place or a saint as the family name after a title and a first name', () => {
    expect(masksOf('PERSON', 'Her father (Mr Gordon Preston, 88) lives alone.')).toEqual(['Gordon Preston']);
    expect(masksOf('PERSON', 'Mrs Doreen St John rang again.')).toEqual(['Doreen St John']);
    expect(masksOf('PERSON', 'We saw Dr Ahmed in Preston, he was kind.')).toEqual(['Ahmed']);
    expect(masksOf('PERSON', 'Dr Ahmed St Thomas\' Hospital')).toEqual(['Ahmed']);
  });
});

describe('an ordinary word as a name between a role and its verb, in lowercase or capitals', () => {
  it('masks the word after a role or a title when a verb of a person follows', () => {
    expect(masksOf('PERSON', 'the physio bramble came twice a week and i am walking now')).toEqual(['bramble']);
    expect(masksOf('PERSON', 'our health visitor clover explained it all, she was lovely')).toEqual(['clover']);
    expect(masksOf('PERSON', 'THE WARD WAS BUSY. NURSE BLOSSOM SAT WITH HIM ALL NIGHT')).toEqual(['BLOSSOM']);
    expect(masksOf('PERSON', 'i saw dr meadow on ward 6 and nurse pebble at the clinic')).toEqual(['meadow', 'pebble']);
  });
  it('leaves the words that sit between a role and its verb', () => {
    expect(masksOf('PERSON', 'the nurse then came and the physio session was good and the doctor finally rang')).toEqual([]);
    expect(masksOf('PERSON', 'the gp surgery was shut, the nurse station was empty, the dentist treatment was awful')).toEqual([]);
    expect(masksOf('PERSON', 'the carers have said it twice and the syringe driver alarm went off, patient transport was late')).toEqual([]);
    expect(masksOf('PERSON', 'THE PLAY WORKER WAS WONDERFUL. THE DOCTOR THERE WAS RUDE. THE NURSES WERE KIND')).toEqual([]);
    expect(masksOf('PERSON', 'the doctor herself said it and the nurse who came was new')).toEqual([]);
  });
  it('needs the lowercase or capitals style: in ordinary text a name is capitalised', () => {
    expect(masksOf('PERSON', 'The physio bramble was a surprise in the garden. The nurse Clover came.')).toEqual(['Clover']);
  });
});

describe('the writer signing off at the end of a survey answer', () => {
  it('masks a name on its own just before the number or date the writer leaves', () => {
    expect(masksOf('PERSON', 'nobody rang me back after the scan. brynmor tallis 07700900123')).toEqual(['brynmor tallis']);
    expect(masksOf('PERSON', 'they lost my notes twice. r quennell 3.4.61')).toEqual(['r quennell']);
    expect(masksOf('PERSON', 'waited 3 hrs. no complaints 07700900123')).toEqual([]);
    expect(masksOf('PERSON', 'i was seen on time. a lot better 12.5.24')).toEqual([]);
  });
  it('masks a family name that is also a word after a name signing off in capitals', () => {
    expect(masksOf('PERSON', 'NOBODY LISTENS TO DEAF PEOPLE. OLWEN BARLEY')).toEqual(['OLWEN BARLEY']);
    expect(masksOf('PERSON', 'NOBODY LISTENS TO DEAF PEOPLE. VERY POOR')).toEqual([]);
  });
});

describe('nicknames and short forms', () => {
  it('masks what someone is known as to people, even an ordinary word, and finds it again', () => {
    expect(masksOf('PERSON', 'Our dad is known to all the street as Sparky. When Sparky fell, nobody came.')).toEqual(['Sparky', 'Sparky']);
    expect(masksOf('PERSON', 'The clinic is known to everyone as the best in town.')).toEqual([]);
  });
  it('masks a name given after "calling him" or "calling her"', () => {
    expect(masksOf('PERSON', 'The nurses started calling her "Sprout", and she loved it.')).toEqual(['Sprout']);
    expect(masksOf('PERSON', 'She started calling the GP every day.')).toEqual([]);
  });
  it('masks what someone was to the people around them', () => {
    expect(masksOf('PERSON', 'His name was Robert but to us and the grandchildren he was Bertie. Bertie was in pain.')).toContain('Bertie');
    expect(masksOf('PERSON', 'She is Poppet to everyone on the ward.')).toEqual(['Poppet']);
    expect(masksOf('PERSON', 'To be honest he was English. To my surprise she was Head of Nursing.')).toEqual([]);
  });
  it('finds a word-name again at a sentence start before a past tense', () => {
    expect(masksOf('PERSON', 'The ward manager, Heather Dunstan, was kind. In May things changed. Heather left for a new job.')).toEqual(['Heather Dunstan', 'Heather']);
    expect(masksOf('PERSON', 'My daughter Heather came too. Heather honey is what she likes.')).toEqual(['Heather']);
  });
  it('masks a title with an initial alone', () => {
    expect(masksOf('PERSON', 'The social worker rang Mrs K and asked how she was.')).toEqual(['K']);
    expect(masksOf('PERSON', 'The Dr I saw was kind.')).toEqual([]);
  });
});

describe('dates written in other short forms', () => {
  it('masks the weekday written before a numeric date', () => {
    expect(masksOf('DATE', 'Sent: Tue 03/02/2026 09:15')).toEqual(['Tue 03/02/2026']);
    expect(masksOf('DATE', 'We went on Friday, 6/3/2025 and waited.')).toEqual(['Friday, 6/3/2025']);
  });
  it('masks a Roman month between spaces after a date label, not elsewhere', () => {
    expect(masksOf('DATE', 'Pt DOB 21 XI 47, rang re hearing aids.')).toEqual(['21 XI 47']);
    expect(masksOf('DATE', 'Turn to chapter 16 IX 59 in the book.')).toEqual([]);
  });
  it('masks an ordinal month with a year after an apostrophe', () => {
    expect(masksOf('DATE', 'born the 4th of the 7th \'52 in Lagos')).toEqual(['4th of the 7th \'52']);
  });
});

describe('dodged emails and house numbers', () => {
  it('finds a dodged address at a Welsh, Scottish or London domain', () => {
    expect(masksOf('EMAIL', 'write to gethin (at) gethinpryce (dot) cymru please')).toEqual(['gethin (at) gethinpryce (dot) cymru']);
    expect(masksOf('EMAIL', 'we met at the hospital dot wales')).toEqual([]);
  });
  it('masks the word for "number" before a house number', () => {
    expect(masksOf('ADDRESS', 'She lives at No. 14, Larch Crescent, by the school.')).toEqual(['No. 14, Larch Crescent']);
  });
});

describe('names said by a badge or placed before their role in lowercase', () => {
  it('masks what a name badge says', () => {
    expect(masksOf('PERSON', 'she never said her name but her badge said TAMSYN')).toEqual(['TAMSYN']);
    expect(masksOf('PERSON', 'the name tag said nothing at all')).toEqual([]);
  });
  it('masks a listed name before "the" and a role in lowercase text', () => {
    expect(masksOf('PERSON', 'big thanks to desmond the porter who found my bag')).toEqual(['desmond']);
    expect(masksOf('PERSON', 'we had hope the doctor would come')).toEqual([]);
  });
});

describe('names in no list, placed by the sentence around them', () => {
  it('masks words in no list before "who", not a town after "in"', () => {
    expect(masksOf('PERSON', 'You will hear from Pelumo Tarvash-Idi, who runs the team, next week.')).toEqual(['Pelumo Tarvash-Idi']);
    expect(masksOf('PERSON', 'the swimming club is great, vorla who coaches it is so patient')).toEqual(['vorla']);
    expect(masksOf('PERSON', 'We went to the council in Kirkbymoor, who said no.')).toEqual([]);
  });
  it('masks a capitalised word whose family member follows', () => {
    expect(masksOf('PERSON', 'He plays with a friend, Tolvey\'s son, after school.')).toEqual(['Tolvey']);
    expect(masksOf('PERSON', 'The Baker\'s son came and my Mum\'s sister came.')).toEqual([]);
  });
  it('masks a capitalised word before a bracketed role', () => {
    expect(masksOf('PERSON', 'Varuzi (pt) rang re: repeat prescription.')).toEqual(['Varuzi']);
    expect(masksOf('PERSON', 'The Freeman (hospital) was good.')).toEqual([]);
  });
  it('masks a lone word in no list signing off a lowercase answer, not a typo of a word', () => {
    expect(masksOf('PERSON', 'they said i need proof of address. i am sofa surfing. tavri')).toEqual(['tavri']);
    expect(masksOf('PERSON', 'the waiting room was filthy. discusting')).toEqual([]);
  });
  it('masks a lone name opening a signature above a phone line', () => {
    expect(masksOf('PERSON', 'Please pass this on.\n\nZeltrin\n07700 900 471\n\nSent from my iPhone')).toEqual(['Zeltrin']);
    expect(masksOf('PERSON', 'Please pass this on.\n\nThanks\n07700 900 471')).toEqual([]);
  });
});

describe('a Chinese name beside its romanised form', () => {
  it('masks two to four characters in brackets beside a name found, whatever the family name', () => {
    expect(masksOf('PERSON', 'Her mother, Mrs Kwong Siu-fan (邝小芬), is 79.')).toEqual(['Kwong Siu-fan', '邝小芬']);
    expect(masksOf('PERSON', 'She speaks Cantonese (广东话) only.')).toEqual([]);
  });
});

describe('decoys: buildings named after the titled, acronyms, family words and peoples', () => {
  it('leaves a knight or a dame whose name heads a building', () => {
    expect(masksOf('PERSON', 'The clinic at the Sir Alf Ramsey Memorial Hospital moved.')).toEqual([]);
    expect(masksOf('PERSON', 'I once met Sir Alf Ramsey at the match.')).toEqual(['Alf Ramsey']);
  });
  it('reads a short word in capitals in no list as an acronym in ordinary text', () => {
    expect(masksOf('PERSON', 'At NWAS the crew were kind. The GP said it\'s PCSE who hold the list.')).toEqual([]);
    expect(masksOf('PERSON', 'RANG THE SURGERY. MY SON AKO WAS POORLY.')).toEqual(['AKO']);
  });
  it('leaves family words of other languages and the names of peoples and languages', () => {
    expect(masksOf('PERSON', 'We call her Dadi-ji at home and the children call their grandad Papou.')).toEqual([]);
    expect(masksOf('PERSON', 'My grandfather was a Gurkha and speaks Pular? No, he speaks Nepali.')).toEqual([]);
  });
});

describe('short capitals that are names, not acronyms', () => {
  it('keeps a short family name in capitals after a family word or before a first name', () => {
    expect(masksOf('PERSON', 'please help, my son TUVO is on the ward since monday')).toEqual(['TUVO']);
    expect(masksOf('PERSON', 'ZOLA, Pemberi (pt herself), DOB 2.3.1990.')).toEqual(['ZOLA', 'Pemberi']);
  });
});

describe('a role "called" a name', () => {
  it('masks the word after "the role called" when "was" follows it, not a telephone call', () => {
    expect(masksOf('PERSON', 'the hca called sprinkles was lovely to my mam')).toEqual(['sprinkles']);
    expect(masksOf('PERSON', 'the nurse called security and it was fine')).toEqual([]);
  });
});

describe('initials closing a name', () => {
  it('masks an initial after a name in a header or a sign-off, not a letter that is a word', () => {
    expect(masksOf('PERSON', 'From: Ngozi A. <ngozi.a@example.org>')).toEqual(['Ngozi A']);
    expect(masksOf('PERSON', 'The ward was fine.\n\nThanks, Varsha K')).toEqual(['Varsha K']);
    expect(masksOf('PERSON', 'I told Grace I would. The answer is Plan B')).toEqual(['Grace']);
  });
});

describe('a written month between dashes or slashes', () => {
  it('masks the year joined to a written month by a dash or a slash', () => {
    expect(masksOf('DATE', 'D.O.B. 09-Sep-1957, lives alone')).toEqual(['09-Sep-1957']);
    expect(masksOf('DATE', 'dob 3/Jan/48 per the letter')).toEqual(['3/Jan/48']);
    expect(masksOf('DATE', 'June 10-12 people came')).toEqual(['June 10']);
  });
});

describe('names stated in lowercase answers', () => {
  it('masks any word given after "her name is", not a word about the name', () => {
    expect(masksOf('PERSON', 'my carer comes at 7, her name is bliss and shes lovely')).toEqual(['bliss']);
    expect(masksOf('PERSON', 'her name is wrong on the letter and his name is spelt wrong')).toEqual([]);
  });
  it('masks a lowercase initial closing a name signing off', () => {
    expect(masksOf('PERSON', 'i am 82 and live alone. doreen t')).toEqual(['doreen t']);
  });
});
