import { describe, expect, it } from 'vitest';
import { masksOf } from './helpers';

// Sentences written for these tests (not lines of the fixtures), one group per rule of
// issue 16's third round (docs/anonymiser.md, "Round 3").

describe('names said to be names', () => {
  it('masks a word the writer then says is a name, but not a pronoun, a noun or "what"', () => {
    expect(masksOf('PERSON', 'the physio at the leisure centre ferdy? i think his name was, he was brill')).toEqual(['ferdy']);
    expect(masksOf('PERSON', 'the cleaner on nights, rosa, her name is. always smiling')).toEqual(['rosa']);
    expect(masksOf('PERSON', 'i cant remember what her name was')).toEqual([]);
    expect(masksOf('PERSON', 'the man at the desk, her name was, I forget')).toEqual([]);
  });
  it('masks a word before "by name and nature", not a word known "by name"', () => {
    expect(masksOf('PERSON', 'the nurse on ward 4 was kind, jolly by name and nature, she sat with my mum')).toEqual(['jolly']);
    expect(masksOf('PERSON', 'they all know him by name at the chemist')).toEqual([]);
    expect(masksOf('PERSON', 'the old gp knew every patient by name')).toEqual([]);
  });
  it('masks the name given after an endearing "my" in quotation marks', () => {
    expect(masksOf('PERSON', 'Gran calls him "my Tommo" and he loves it.')).toEqual(['Tommo']);
    expect(masksOf('PERSON', 'Mum calls her "my darling" every day.')).toEqual([]);
  });
  it('masks a listed name in lowercase between "my" or "our" and its pronoun, not a word or a family word', () => {
    expect(masksOf('PERSON', 'Dr Okafor and Nurse Lim were brill with my kayden he wasnt scared at all')).toContain('kayden');
    expect(masksOf('PERSON', 'The staff on Ward 2 were kind to our harvey, he loved them.')).toEqual(['harvey']);
    expect(masksOf('PERSON', 'Dr Okafor was great with my son he said, and with my mark he said')).toEqual(['Okafor']);
  });
});

describe('names found again', () => {
  it('finds a name again after a verb aimed "at" someone, not after a place preposition', () => {
    expect(masksOf('PERSON', 'My daughter Poppy was poorly. The GP took one look at Poppy and sent us in.')).toEqual(['Poppy', 'Poppy']);
    expect(masksOf('PERSON', 'My daughter Poppy was poorly. We went to look at Poppy Lane on the map.')).toEqual(['Poppy']);
  });
  it('finds a lowercase name again at a sentence start when a role follows it', () => {
    expect(masksOf('PERSON', 'the hca was called summer. summer the hca was kind')).toEqual(['summer', 'summer']);
    expect(masksOf('PERSON', 'our midwife was called hope. hope the bus comes on time')).toEqual(['hope']);
  });
  it('finds each part of a double-barrelled name on its own', () => {
    expect(masksOf('PERSON', 'Mrs Achebe-Okonjo rang on Tuesday. ACHEBE is how the ward spells her.')).toEqual(['Achebe-Okonjo', 'ACHEBE']);
  });
});

describe('names handed something', () => {
  it('masks a first and family name that are both words after a verb of handing "to", not a place after "to"', () => {
    expect(masksOf('PERSON', 'Send it to Bob Smith please, or I could have handed it to Bob Smith.')).toEqual(['Bob Smith', 'Bob Smith']);
    expect(masksOf('PERSON', 'I took Mum to Rose Hill on Friday and sent it to Mark Lane surgery.')).toEqual([]);
  });
});

describe('names in registers and notes', () => {
  it('masks a family name in capitals before a comma and a titled name', () => {
    expect(masksOf('PERSON', 'FITZPATRICK, Mr Declan - DOB 3 Mar 41. Rang re hearing.')).toEqual(['FITZPATRICK', 'Mr Declan'] /* round 4: the title inside the record's name is masked with it */);
    expect(masksOf('PERSON', 'Cardiology, Dr Patel said it was fine, and Leeds, Dr Shah agreed.')).toEqual(['Patel', 'Shah']);
    expect(masksOf('PERSON', 'PALS, Mrs Khan rang about her son.')).toEqual(['Khan']);
  });
  it('masks a listed family name in capitals beside a name found, in text not in capitals', () => {
    expect(masksOf('PERSON', 'Called back re referral, KHAN Zainab, DOB 4/5/60.')).toEqual(['KHAN Zainab']);
    expect(masksOf('PERSON', 'Pt rang, Bisi OYELARAN (surname first), DOB 4/5/60.')).toEqual(['Bisi OYELARAN']);
    expect(masksOf('PERSON', 'Rang the GP, NHS England said no.')).toEqual([]);
  });
  it('masks a name spelled out letter by letter, an unlisted name after an initial, short forms of given names', () => {
    expect(masksOf('PERSON', 'She spelt it O-K-A-F-O-R for me.')).toEqual(['O-K-A-F-O-R']);
    expect(masksOf('PERSON', 'The letter was addressed to T. Wambugu at the old flat.')).toEqual(['T. Wambugu']);
    expect(masksOf('PERSON', 'Md. Rafiqul came with his brother Mohd Azlan.').join(' ')).toBe('Md Rafiqul Mohd Azlan');
  });
  it('masks a name after "my name is" written in another script', () => {
    expect(masksOf('PERSON', 'She said: "اسمي فاطمة الزهراء. أنا من حلب وأعيش هنا منذ سنتين."')).toContain('فاطمة الزهراء');
    expect(masksOf('PERSON', 'He said, «Меня зовут Олег Смирнов, я живу здесь давно и плохо говорю.»')).toContain('Олег Смирнов');
  });
});

describe('words that are not names', () => {
  it('leaves house names, brand names and the names of things', () => {
    expect(masksOf('PERSON', 'We moved Dad to Oakfield last spring and the staff there are kind.')).toEqual([]);
    expect(masksOf('PERSON', 'I found out about it through an app, CareLinkly, which my GP uses.')).toEqual([]);
    expect(masksOf('PERSON', 'A charity called Beat helped my daughter, and an app called Pocket reminds me.')).toEqual([]);
    expect(masksOf('PERSON', 'A nurse called Hope sat with me all night.')).toEqual(['Hope']);
  });
  it('leaves towns after an address, constituencies, practices and job titles', () => {
    expect(masksOf('PERSON', 'She lives at 14 Elm Road, Tarnby, LS99 1AB with her son.')).toEqual([]);
    expect(masksOf('PERSON', 'My sister lives in Tarnby and I visit on Sundays.')).toEqual([]);
    expect(masksOf('PERSON', 'I wrote to the Member for Aldwick & Denholme and to the MP for Castlebury West.')).toEqual([]);
    expect(masksOf('PERSON', 'We are registered at Dr Osei & Partners and my sister at Khan and Partners.')).toEqual([]);
    expect(masksOf('PERSON', 'I spoke to the Family Liaison Officer and our Carer Support Worker on Monday.')).toEqual([]);
  });
  it('leaves family words from other languages, accented or not, and a hospital known by a name', () => {
    expect(masksOf('PERSON', 'My Bunica was in hospital and Mamusia stayed with her.')).toEqual([]);
    expect(masksOf('PERSON', 'Papá had his operation and Mamá stayed by his bed.')).toEqual([]);
    expect(masksOf('PERSON', "Our second was born at Jimmy's in Leeds.")).toEqual([]);
  });
});

describe('dates and NINOs', () => {
  it('masks a day and month after a verb in the past or before a time, not a duration or a score', () => {
    expect(masksOf('DATE', 'Pt rang back 4/12 re results, and was induced 24/11.')).toEqual(['4/12', '24/11']);
    expect(masksOf('DATE', 'Appt moved to 20/5 10:30 at the hub.')).toEqual(['20/5']);
    expect(masksOf('DATE', 'Chest pain 3/12 ago, no hx since. Scored her pain 7/10.')).toEqual([]);
  });
  it('masks a date typed digit by digit and a year written in words', () => {
    expect(masksOf('DATE', 'DOB 0 4 / 0 7 / 1 9 8 2, she typed it like that.')).toEqual(['0 4 / 0 7 / 1 9 8 2']);
    expect(masksOf('DATE', 'Born the third of March nineteen fifty two, she told me.')).toEqual(['the third of March nineteen fifty two']);
  });
  it('masks a NINO with dashes or dots around its six digits', () => {
    expect(masksOf('NINO', 'Her NI is JT-482913-A and his is jt.482913 she said.')).toEqual(['JT-482913-A', 'jt.482913']);
    expect(masksOf('NINO', 'Order ref ab-482913 shipped.')).toEqual([]);
  });
});

describe('addresses', () => {
  it('masks a building named between a unit and a numbered street', () => {
    expect(masksOf('ADDRESS', 'Please write to Unit 4, Ashgrove Mills, 22 Canal Road, and ask for the manager.')).toEqual(['Unit 4, Ashgrove Mills, 22 Canal Road']);
  });
  it('masks an office address in a signature field after a role in another field', () => {
    expect(masksOf('ADDRESS', 'Thanks,\nJo Brierley\nCarer Support Worker | 10 Market Street, Bradley')).toEqual(['10 Market Street']);
  });
  it("masks a street without a street word between a building's name and the postcode, not a town after a street", () => {
    expect(masksOf('ADDRESS', 'Address Flat 31, Lydgate House, Broadway, N16 8HU. Adv: wheelchair')).toEqual(['Flat 31, Lydgate House, Broadway']);
    expect(masksOf('ADDRESS', 'We live at 4 Mill Road, Tarnby, LS25 1AB now.')).toEqual(['4 Mill Road']);
  });
});
