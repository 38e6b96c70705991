/**
 * Synthetic feedback text for benchmarks: sentences assembled from slots filled
 * with the vocabulary people use about services, with a long tail of rarer words,
 * so that word frequencies (and so search costs) behave like real stories rather
 * than a handful of repeated phrases. Deterministic for a given seed.
 */
const SERVICES = [
  'GP surgery', 'health centre', 'walk-in centre', 'A&E', 'urgent treatment centre', 'maternity ward', 'antenatal clinic', 'dentist',
  'pharmacy', 'chemist', 'optician', 'care home', 'home care agency', 'mental health team', 'crisis line', 'community nurses',
  'district nurses', 'physiotherapy', 'podiatry', 'hearing clinic', 'memory clinic', 'diabetes clinic', 'eye clinic', 'fracture clinic',
  'outpatients', 'children\u2019s ward', 'hospice', 'NHS 111', 'ambulance service', 'social services', 'sexual health clinic', 'blood test clinic',
];
const STAFF = [
  'receptionist', 'GP', 'doctor', 'nurse', 'midwife', 'health visitor', 'pharmacist', 'consultant', 'paramedic', 'carer', 'social worker',
  'care coordinator', 'physio', 'dentist', 'optometrist', 'porter', 'healthcare assistant', 'interpreter', 'manager', 'locum',
];
const EVENTS = [
  'I waited over four hours to be seen', 'nobody explained what the medication was for', 'the staff were kind and patient',
  'we had to chase the referral three times', 'the parking cost more than the prescription', 'the interpreter never arrived',
  'the letter came after the appointment date', 'the nurse listened properly for once', 'the online booking kept crashing',
  'there was no ramp for the wheelchair', 'the discharge was delayed because of transport', 'they were short of staff again',
  'my repeat prescription went missing', 'the results took six weeks to come back', 'they cancelled the operation the night before',
  'I could not get through on the phone at eight', 'the toilets were filthy', 'the food was cold and there was no halal option',
  'they spoke to my daughter instead of me', 'nobody told us about the side effects', 'the ward was noisy all night',
  'the carers only stayed ten minutes', 'my mum was left in the corridor', 'the app would not let me order my inhaler',
  'they treated me with dignity', 'I was sent home without a care plan', 'the hearing loop was broken', 'the forms were only in English',
  'we were moved between three wards', 'the dentist said there were no NHS places', 'the referral to the specialist was lost',
  'I felt rushed and not listened to', 'they remembered my name and my history', 'the pain relief came far too late',
];
const FEELINGS = [
  'It made a real difference to us.', 'Nobody rang back.', 'I would not go there again.', 'They could not have done more.',
  'We felt forgotten.', 'Please pass this on.', 'It is the same story every time.', 'I am grateful to all of them.',
  'I just want someone to listen.', 'My anxiety went through the roof.', 'It should not be this hard.', 'Credit where it is due.',
];
const CONNECTORS = ['and', 'but', 'then', 'because', 'so', 'although', 'after that', 'and honestly'];
const TIMES = ['last winter', 'in the summer', 'on Tuesday', 'at the weekend', 'over Christmas', 'in the night', 'this morning', 'two years ago', 'last month'];
// A long tail: words that turn up now and then, as in real stories.
const RARE = (
  'asthma inhaler eczema migraine insulin dialysis chemotherapy stroke dementia autism ADHD arthritis scan biopsy cataract hernia ' +
  'smear vaccination booster flu measles wheelchair crutches hoist catheter stoma prosthetic walker ramp lift braille sign-language ' +
  'Polish Bengali Somali Arabic Tigrinya Portuguese Romanian Farsi Urdu Gujarati Cantonese Tamil Turkish Kurdish Amharic Pashto ' +
  'overdraft rent bus taxi train parking-permit blue-badge housing benefits carer\u2019s-allowance foodbank heating damp mould ' +
  'loneliness bereavement pregnancy miscarriage menopause fertility contraception vasectomy hip knee shoulder spine ankle wrist ' +
  'antibiotics statins metformin warfarin morphine paracetamol codeine sertraline methadone naloxone epipen nebuliser'
).split(' ');

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
/** Skewed towards the start of the list, so some words are common and most are rare. */
const pickSkewed = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() ** 2.5 * items.length)]!;

function sentence(random: () => number): string {
  switch (Math.floor(random() * 4)) {
    case 0:
      return `I went to the ${pickSkewed(random, SERVICES)} ${pick(random, TIMES)} ${pick(random, CONNECTORS)} ${pickSkewed(random, EVENTS)}.`;
    case 1:
      return `The ${pickSkewed(random, STAFF)} at the ${pickSkewed(random, SERVICES)} said ${pickSkewed(random, EVENTS)}, about my ${pickSkewed(random, RARE)}.`;
    case 2:
      return `${pick(random, FEELINGS)} ${pickSkewed(random, EVENTS).replace(/^./, (c) => c.toUpperCase())} ${pick(random, CONNECTORS)} ${pickSkewed(random, EVENTS)}.`;
    default:
      return `My ${pick(random, ['mum', 'dad', 'son', 'daughter', 'husband', 'wife', 'nan', 'neighbour'])} needed help with ${pickSkewed(random, RARE)} and ${pickSkewed(random, RARE)}; ${pickSkewed(random, EVENTS)}.`;
  }
}

/** About `words` words of story text. */
export function storyText(random: () => number, words = 150): string {
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    const next = sentence(random);
    parts.push(next);
    count += next.split(' ').length;
  }
  return parts.join(' ');
}
