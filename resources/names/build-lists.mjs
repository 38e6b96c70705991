#!/usr/bin/env node
// Builds the name lists and word lists that shared/anonymise imports as data modules.
// Run: node resources/names/build-lists.mjs   (from the project root; needs node_modules)
// Sources (see README.md for licences):
//   - @faker-js/faker locale data (MIT): first and last names from every locale written
//     in Latin script, diacritics kept out of the lookup key;
//   - sources/*.txt in this folder: hand-compiled supplements, places, other words and
//     everyday and health-care words that the SCOWL list lacks, and not-names.txt, words
//     that faker lists as names but that are never names in English text;
//   - SCOWL English word lists from Debian's wbritish-small and wbritish packages
//     (/usr/share/dict/british-english-small and british-english). When those files are
//     missing the existing generated/common-words.ts is kept as it is.
// Output: generated/*.ts, each exporting newline-joined strings of folded lowercase keys.
import { allLocales } from '@faker-js/faker';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, 'generated');
const DICT_SMALL = '/usr/share/dict/british-english-small';
const DICT_MEDIUM = '/usr/share/dict/british-english';

// Same folding as shared/anonymise/text/fold.ts: lowercase, no diacritics, straight apostrophe.
const SPECIAL = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };
function fold(word) {
  return word
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łđøßæœıðþ]/g, (c) => SPECIAL[c]);
}

const LATIN_WORD = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’-]*$/u;

function flatten(value) {
  if (!value) return [];
  if (Array.isArray(value)) return value;
  return Object.values(value).flatMap(flatten);
}

/** Splits compound names ("Anh Vũ", "De la Cruz") into their words. */
function nameWords(raw) {
  return String(raw)
    .split(/\s+/)
    .filter((w) => LATIN_WORD.test(w))
    .map(fold)
    .filter((w) => w.length >= 2 && !w.startsWith('-') && !w.endsWith('-'))
    .filter((w) => /[aeiouy]/.test(w) || w === 'ng'); // drops abbreviations such as Wm
}

function readSourceWords(file) {
  const text = readFileSync(join(here, 'sources', file), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Comma- or line-separated entries; an entry may be a phrase of several words. */
function readSourceEntries(file) {
  const text = readFileSync(join(here, 'sources', file), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join(',')
    .split(',')
    .map((entry) => entry.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .map(fold);
}

function readDictionary(path) {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((w) => /^[a-z]+$/.test(w));
}

const firstNames = new Set();
const lastNames = new Set();
for (const locale of Object.values(allLocales)) {
  const person = locale.person ?? {};
  for (const raw of flatten(person.first_name)) for (const w of nameWords(raw)) firstNames.add(w);
  for (const raw of flatten(person.middle_name)) for (const w of nameWords(raw)) firstNames.add(w);
  for (const raw of flatten(person.last_name)) for (const w of nameWords(raw)) lastNames.add(w);
}
for (const raw of readSourceWords('first-names-supplement.txt')) for (const w of nameWords(raw)) firstNames.add(w);
for (const raw of readSourceWords('last-names-supplement.txt')) for (const w of nameWords(raw)) lastNames.add(w);
// Words faker lists as names that are never names in English text ("the", "has", "line").
for (const word of readSourceWords('not-names.txt').map(fold)) {
  firstNames.delete(word);
  lastNames.delete(word);
}

// Names written in their own scripts (Arabic, Persian, Urdu, Cyrillic, Greek, Hebrew,
// Georgian, Armenian, Devanagari...), from the faker locales that write them so, and the
// Chinese family names (single characters and compounds such as 司马), for names given in
// the original script beside a transliteration.
const OTHER_SCRIPT_WORD = /^[\p{L}\p{M}]+$/u;
const scriptNames = new Set();
const hanSurnames = new Set();
for (const locale of Object.values(allLocales)) {
  const person = locale.person ?? {};
  const raws = [...flatten(person.first_name), ...flatten(person.middle_name), ...flatten(person.last_name)];
  for (const raw of raws) {
    for (const word of String(raw).split(/[\s\u200c\u200d]+/)) {
      if (!word || LATIN_WORD.test(word) || !OTHER_SCRIPT_WORD.test(word) || /\p{Script=Han}/u.test(word) || /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word)) continue;
      const key = fold(word);
      if (key.length >= 2) scriptNames.add(key);
    }
  }
}
for (const code of ['zh_CN', 'zh_TW']) for (const raw of flatten(allLocales[code]?.person?.last_name)) if (/^\p{Script=Han}{1,2}$/u.test(raw)) hanSurnames.add(raw);

const places = new Set(readSourceEntries('places.txt'));
for (const raw of flatten(allLocales.en.location?.country)) places.add(fold(raw));
for (const raw of flatten(allLocales.en_GB.location?.county)) places.add(fold(raw));
const nonPerson = new Set(readSourceEntries('non-person-words.txt'));
for (const language of allLocales.en.location?.language ?? []) for (const part of String(language.name).split('/')) nonPerson.add(fold(part));
const informal = new Set([...readSourceWords('informal-words.txt'), ...readSourceWords('health-words.txt')].map(fold));

const commonFile = join(outDir, 'common-words.ts');
let frequentWords;
let otherWords;
const small = readDictionary(DICT_SMALL);
const medium = readDictionary(DICT_MEDIUM);
if (small && medium) {
  frequentWords = new Set([...small, ...informal]);
  otherWords = new Set(medium.filter((w) => !frequentWords.has(w)));
} else if (existsSync(commonFile)) {
  console.warn(`build-lists: ${DICT_SMALL} or ${DICT_MEDIUM} missing (apt-get install wbritish wbritish-small); keeping ${commonFile}`);
  const text = readFileSync(commonFile, 'utf8');
  const pick = (name) => new Set(JSON.parse(text.match(new RegExp(`export const ${name} = ("(?:[^"\\\\]|\\\\.)*")`))[1]).split('\n'));
  frequentWords = pick('FREQUENT_WORDS');
  otherWords = pick('OTHER_WORDS');
} else {
  throw new Error('build-lists: no SCOWL word list found; apt-get install wbritish wbritish-small');
}

const MONTHS_AND_DAYS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
const PARTICLES = new Set('van von de da das do dos del della delle dei degli di du der den la le lo los las bin binti bint binte ibn al el abu ter ten op zu af ap st'.split(' '));
/**
 * A name that is also an ordinary word, month, place or other non-person word, a
 * particle, or two letters long ("Ng", "Li"): masked only in context.
 */
function isAmbiguous(name) {
  return (
    name.length <= 2 ||
    PARTICLES.has(name) ||
    frequentWords.has(name) ||
    MONTHS_AND_DAYS.has(name) ||
    places.has(name) ||
    nonPerson.has(name)
  );
}

const sorted = (set) => [...set].sort();
const strongFirst = sorted(new Set([...firstNames].filter((n) => !isAmbiguous(n))));
const strongLast = sorted(new Set([...lastNames].filter((n) => !isAmbiguous(n))));
const ambiguousFirst = sorted(new Set([...firstNames].filter(isAmbiguous)));
const ambiguousLast = sorted(new Set([...lastNames].filter(isAmbiguous)));

function moduleText(header, exports) {
  const body = Object.entries(exports)
    .map(([name, { doc, words }]) => `/** ${doc} (${words.length} entries) */\nexport const ${name} = ${JSON.stringify(words.join('\n'))};\n`)
    .join('\n');
  return `// Generated by resources/names/build-lists.mjs: do not edit by hand.\n// ${header}\n\n${body}`;
}

mkdirSync(outDir, { recursive: true });
const FAKER = 'Source: @faker-js/faker locale data (MIT) and sources/*-supplement.txt (Verbatim developers).';
writeFileSync(
  join(outDir, 'first-names.ts'),
  moduleText(FAKER, {
    FIRST_NAMES: { doc: 'Given names that are not ordinary English words: masked wherever they appear as names', words: strongFirst },
    AMBIGUOUS_FIRST_NAMES: { doc: 'Given names that are also ordinary words, months or places (Grace, Will, June): masked only in context', words: ambiguousFirst },
  }),
);
writeFileSync(
  join(outDir, 'last-names.ts'),
  moduleText(FAKER, {
    LAST_NAMES: { doc: 'Family names that are not ordinary English words', words: strongLast },
    AMBIGUOUS_LAST_NAMES: { doc: 'Family names that are also ordinary words or places (Brown, Wood, Harrow): masked only in context', words: ambiguousLast },
  }),
);
writeFileSync(
  join(outDir, 'script-names.ts'),
  moduleText('Source: @faker-js/faker locale data (MIT) written in scripts other than Latin.', {
    SCRIPT_NAMES: { doc: 'Given and family names in their own scripts (Arabic, Cyrillic, Greek, Hebrew, Devanagari...), folded', words: sorted(scriptNames) },
    HAN_SURNAMES: { doc: 'Chinese family names (simplified and traditional), one or two characters', words: sorted(hanSurnames) },
  }),
);
writeFileSync(
  join(outDir, 'places.ts'),
  moduleText('Source: sources/places.txt (Verbatim developers), faker en countries and en_GB counties (MIT).', {
    PLACES: { doc: 'Place names and phrases, folded to lowercase', words: sorted(places) },
  }),
);
writeFileSync(
  join(outDir, 'non-person-words.ts'),
  moduleText('Source: sources/non-person-words.txt (Verbatim developers) and faker en languages (MIT).', {
    NON_PERSON_WORDS: { doc: 'Languages, faiths, brands, services and medicines: capitalised words that are not names', words: sorted(nonPerson) },
  }),
);
writeFileSync(
  commonFile,
  moduleText(
    'Source: SCOWL word lists (Copyright 2000-2011 Kevin Atkinson; see README.md for the full notice) via Debian wbritish-small and wbritish, plus sources/informal-words.txt.',
    {
      FREQUENT_WORDS: { doc: 'Frequent English words (SCOWL size 35) and informal words', words: sorted(frequentWords) },
      OTHER_WORDS: { doc: 'Less frequent English words (SCOWL size 50 minus size 35)', words: sorted(otherWords) },
    },
  ),
);
console.log(
  JSON.stringify({
    firstNames: strongFirst.length,
    ambiguousFirst: ambiguousFirst.length,
    lastNames: strongLast.length,
    ambiguousLast: ambiguousLast.length,
    scriptNames: scriptNames.size,
    hanSurnames: hanSurnames.size,
    places: places.size,
    nonPerson: nonPerson.size,
    frequentWords: frequentWords.size,
    otherWords: otherWords.size,
  }),
);
