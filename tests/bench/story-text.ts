/**
 * Synthetic feedback text for benchmarks: sentences assembled from phrases of the
 * kind people use about services, so that lengths, vocabulary and search terms
 * behave like real stories. Deterministic for a given seed.
 */
const OPENINGS = [
  'I went to the surgery about my knee', 'My mum was taken to A&E last winter', 'We rang the GP practice at eight',
  'The pharmacy on the high street', 'My son has been waiting for an autism assessment', 'I had my baby at the hospital',
  'The dentist told us there were no NHS places', 'When my dad came home from the ward', 'The receptionist at the health centre',
  'I have been trying to get a mental health appointment', 'The care home where my nan lives', 'I called 111 in the night',
];
const MIDDLES = [
  'and the waiting time was over four hours', 'and nobody explained what the medication was for', 'but the staff were kind and patient',
  'and we had to chase the referral three times', 'and the parking cost more than the prescription', 'but the interpreter never arrived',
  'and the letter came after the appointment date', 'and the nurse listened properly for once', 'but the online booking kept crashing',
  'and there was no ramp for the wheelchair', 'and the discharge was delayed because of transport', 'and they were short of staff again',
];
const ENDINGS = [
  'I just want someone to listen.', 'It made a real difference to us.', 'Nobody rang back.', 'I would not go there again.',
  'They could not have done more.', 'We felt forgotten.', 'Please pass this on.', 'It is the same story every time.',
];

export function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** About `words` words of story text. */
export function storyText(random: () => number, words = 150): string {
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = `${pick(random, OPENINGS)} ${pick(random, MIDDLES)}. ${pick(random, ENDINGS)}`;
    parts.push(sentence);
    count += sentence.split(' ').length;
  }
  return parts.join(' ');
}
