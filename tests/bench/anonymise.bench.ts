/**
 * Anonymiser throughput on one core: `npx tsx tests/bench/anonymise.bench.ts`.
 * Generates ~5,000 synthetic stories of ~150 words (plain sentences mixed with names,
 * phone numbers, NHS numbers, postcodes, addresses, dates and emails), anonymises them in
 * one bundle on this thread, and prints one JSON line. Target: over 2,000 stories a second.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { faker } from '@faker-js/faker';
import { createBundleAnonymiser } from '../../shared/anonymise/index';

const STORIES = Number(process.env.BENCH_STORIES ?? 5000);
const TARGET_WORDS = 150;

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

const IDENTIFIER_SENTENCES: (() => string)[] = [
  () => `The receptionist, ${faker.person.firstName()}, said there was nothing until next month.`,
  () => `My daughter ${faker.person.firstName()} took the day off work to come with me.`,
  () => `Dr ${faker.person.lastName()} was the only one who listened.`,
  () => `You can ring me on 07${faker.string.numeric(3)} ${faker.string.numeric(3)} ${faker.string.numeric(3)} if you need more.`,
  () => `His NHS number is ${nhsNumber()}.`,
  () => `We live at ${faker.number.int({ min: 1, max: 200 })} ${faker.person.lastName()} Road, ${postcode()}.`,
  () => `It happened on ${faker.number.int({ min: 1, max: 28 })} ${faker.date.month()} ${faker.number.int({ min: 2019, max: 2025 })}.`,
  () => `Email me at ${faker.internet.email().toLowerCase()} please.`,
  () => `I'm ${faker.person.firstName()} ${faker.person.lastName()} and I want this on record.`,
];

function story(): string {
  const sentences: string[] = [];
  let words = 0;
  while (words < TARGET_WORDS) {
    const sentence = faker.number.int({ min: 0, max: 9 }) < 4 ? faker.helpers.arrayElement(IDENTIFIER_SENTENCES)() : faker.helpers.arrayElement(PLAIN);
    sentences.push(sentence);
    words += sentence.split(/\s+/).length;
  }
  return sentences.join(' ');
}

faker.seed(20240501);
const stories = Array.from({ length: STORIES }, story);
const wordsPerStory = Math.round(stories.reduce((acc, s) => acc + s.split(/\s+/).length, 0) / stories.length);

const anonymiser = createBundleAnonymiser({
  key: new Uint8Array(randomBytes(32)),
  hmac: (key, message) => new Uint8Array(createHmac('sha256', key).update(message).digest()),
});
anonymiser.anonymise(stories[0] ?? ''); // loads the name lists before timing

let peakRss = process.memoryUsage().rss;
const started = performance.now();
let masked = 0;
for (let i = 0; i < stories.length; i++) {
  masked += anonymiser.anonymise(stories[i]!).spans.length;
  if (i % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
const memory = process.memoryUsage();
peakRss = Math.max(peakRss, memory.rss);

console.log(
  JSON.stringify({
    bench: 'anonymise',
    storiesPerSecond: Math.round(stories.length / seconds),
    wordsPerStory,
    peakRssMb: Math.round(peakRss / 1048576),
    heapUsedMb: Math.round(memory.heapUsed / 1048576),
  }),
);
if (masked === 0) throw new Error('the benchmark masked nothing: the engine is broken');
