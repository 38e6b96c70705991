/**
 * Synthetic stories for the anonymiser benchmarks: plain sentences mixed with sentences
 * carrying names, phone numbers, NHS numbers, postcodes, addresses, dates and emails, in
 * the kinds of text staff paste in (event stories, phone notes, email signatures, dodged
 * identifiers, names in other scripts). Deterministic once faker is seeded.
 */
import { faker } from '@faker-js/faker';

const PLAIN = [
  'I waited nearly three hours in the emergency department before anyone explained what was happening.',
  'The reception staff were polite but the phone line is impossible first thing in the morning.',
  'My mum has dementia and the carers change every week, so she never knows who is coming.',
  'The pharmacy said the prescription had not arrived and the surgery said it had been sent.',
  'We were discharged late on a Friday with no letter and no idea who to call.',
  'The physiotherapy was excellent once we finally got a referral after six months on the list.',
  'Nobody told us the appointment had been cancelled until we turned up at the clinic.',
  'The ward was clean and the nurses checked on him every hour through the night.',
  'I had to explain my whole history again because the notes had not been passed on.',
  'Parking at the hospital cost more than the bus fare and there were no spaces anyway.',
  'The interpreter was booked but did not come, so my son had to translate for me.',
  'The mental health team rang back the next day, which I did not expect, and it really helped.',
  'Getting a dentist appointment on the NHS feels impossible in this part of London.',
  'The health visitor was kind and never made me feel judged about feeding the baby.',
  'They kept telling me it was anxiety, and it turned out to be my thyroid all along.',
];

function nhsNumber(): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, () => faker.number.int({ min: 0, max: 9 }));
    const sum = digits.reduce((acc, d, i) => acc + d * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    const s = [...digits, check].join('');
    return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}

function postcode(): string {
  const outward = faker.helpers.arrayElement(['W9', 'NW6', 'E1', 'SW2', 'N19', 'W10', 'NW10', 'E14', 'SE11']);
  return `${outward} ${faker.number.int({ min: 1, max: 9 })}${faker.string.fromCharacters('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
}

const mobile = (): string => `07${faker.string.numeric(3)} ${faker.string.numeric(3)} ${faker.string.numeric(3)}`;

export const IDENTIFIER_SENTENCES: readonly (() => string)[] = [
  () => `The receptionist, ${faker.person.firstName()}, said there was nothing until next month.`,
  () => `My daughter ${faker.person.firstName()} took the day off work to come with me.`,
  () => `Dr ${faker.person.lastName()} was the only one who listened.`,
  () => `You can ring me on ${mobile()} if you need more.`,
  () => `His NHS number is ${nhsNumber()}.`,
  () => `We live at ${faker.number.int({ min: 1, max: 200 })} ${faker.person.lastName()} Road, ${postcode()}.`,
  () => `It happened on ${faker.number.int({ min: 1, max: 28 })} ${faker.date.month()} ${faker.number.int({ min: 2019, max: 2025 })}.`,
  () => `Email me at ${faker.internet.email().toLowerCase()} please.`,
  () => `I'm ${faker.person.firstName()} ${faker.person.lastName()} and I want this on record.`,
];

/** Lines of the other kinds of text: phone notes, signatures, dodged identifiers, other scripts. */
export const KIND_SENTENCES: readonly (() => string)[] = [
  () => `Caller (Mrs ${faker.string.alpha({ length: 1, casing: 'upper' })}. ${faker.person.lastName()}, DOB ${faker.number.int({ min: 1, max: 28 })}/${faker.number.int({ min: 1, max: 12 })}/4${faker.number.int({ min: 0, max: 9 })}) rang re: repeat prescription. Cb ${mobile()} ext. ${faker.string.numeric(3)}.`,
  () => `Kind regards,\n${faker.person.firstName()} ${faker.person.lastName()}\nPatient Experience Officer\nTel: 020 7946 0${faker.string.numeric(3)}`,
  () => `email ${faker.person.firstName().toLowerCase()}.${faker.person.lastName().toLowerCase()} at gmail dot com or text ${mobile().replace(' ', '\n')}`,
  () => `Via interpreter (Arabic). Mr ${faker.person.firstName()} ${faker.person.lastName()} (يوسف حداد) says the letter came in English.`,
  () => `${faker.person.lastName()}, ${faker.person.firstName()} (surname first), NHS no ${nhsNumber().replace(/ /g, '')}.`,
];

/** One story of about `words` words. */
export function story(words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const roll = faker.number.int({ min: 0, max: 19 });
    const sentence =
      roll < 7 ? faker.helpers.arrayElement(IDENTIFIER_SENTENCES)() : roll < 9 ? faker.helpers.arrayElement(KIND_SENTENCES)() : faker.helpers.arrayElement(PLAIN);
    sentences.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return sentences.join(' ');
}

/** Lengths as staff paste them: survey answers, notes and stories, a few long letters (about 95 words on average). */
export function storyLength(): number {
  const roll = faker.number.int({ min: 0, max: 19 });
  if (roll < 4) return faker.number.int({ min: 12, max: 30 });
  if (roll < 14) return faker.number.int({ min: 40, max: 100 });
  if (roll < 19) return faker.number.int({ min: 120, max: 200 });
  return faker.number.int({ min: 300, max: 400 });
}
