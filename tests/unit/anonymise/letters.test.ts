import { describe, expect, it } from 'vitest';
import { masks, masksOf } from './helpers';

// Forwarded emails and letters written for these tests: headers, quoted replies, sign-offs,
// signature blocks, and the organisations, offices and websites in them that stay readable.

const email = [
  'From: Hope Kettering <h.kettering@example.com>',
  'Sent: Tuesday, 3 February 2026 09:12',
  'To: Healthwatch Eastfield <info@healthwatcheastfield.org.uk>',
  'Cc: Dorcas Amponsah-Lee',
  'Subject: Complaint about Pelham Road dental practice',
  '',
  'On Mon, 2 Feb 2026 at 17:40, Wiktor Nowicki <wiktor.n@example.pl> wrote:',
  '> I was refused treatment.',
  '',
  'Kind regards,',
  'Summer Oyelaran-Hicks',
  'Senior Caseworker',
  'Harrowby Price LLP',
  '3rd Floor, 41 Tavistock Row',
  'London WC2E 8PQ',
  'Tel: 020 7946 0772',
  'www.healthwatcheastfield.org.uk',
].join('\n');

describe('names in letters and forwarded emails', () => {
  it('masks the names in headers, quoted-reply lines and under a sign-off, even when they are words', () => {
    expect(masksOf('PERSON', email)).toEqual(['Hope Kettering', 'Dorcas Amponsah-Lee', 'Wiktor Nowicki', 'Summer Oyelaran-Hicks']);
  });

  it('leaves the local Healthwatch, a company, a practice and an organisation website unmasked', () => {
    const found = masks(email).join(' | ');
    expect(found).not.toMatch(/Eastfield|Harrowby|Pelham|Tel|www\./);
  });

  it('masks a floor or unit with its numbered street, but not a room without one', () => {
    expect(masksOf('ADDRESS', email)).toEqual(['3rd Floor, 41 Tavistock Row']);
    expect(masksOf('ADDRESS', 'Write to Unit 7, 12 Quarry Lane, or ask for Room 4 at the centre.')).toEqual(['Unit 7, 12 Quarry Lane']);
    expect(masksOf('ADDRESS', 'Ground Floor, Marlow House, 9 Station Parade West')).toEqual(['Ground Floor, Marlow House, 9 Station Parade West']);
  });

  it('masks a name line above a phone number or an address at the end of a letter', () => {
    expect(masksOf('PERSON', 'Nobody called back.\n\nTeodora Pashova\n07700 900 415')).toEqual(['Teodora Pashova']);
  });

  it('masks a name that the local part of an address gives ("quentin.okoye@...")', () => {
    expect(masksOf('PERSON', 'write to quentin.okoye@example.com - Okoye is my surname')).toEqual(['Okoye']);
  });

  it('masks a name after a sign-off in another language', () => {
    expect(masksOf('PERSON', 'Please help my mother.\n\nObrigada,\nIvone Catarino')).toEqual(['Ivone Catarino']);
  });

  it('does not take form labels or qualifications for names', () => {
    expect(masksOf('PERSON', 'Yours,\nRhodri Vaughan BSc MCOptom\nTel: 01632 960 118\nMob: 07700 900 501')).toEqual(['Rhodri Vaughan']);
    expect(masksOf('PERSON', 'Dear Sir or Madam, I am Polish student and my PhD is in Leeds.')).toEqual([]);
  });

  it('masks personal web addresses but not public bodies or organisation home pages', () => {
    expect(masksOf('URL', 'See https://www.nhs.uk/conditions/asthma, www.mencap.org.uk and www.example.com/~jane/diary')).toEqual(['www.example.com/~jane/diary']);
  });
});
