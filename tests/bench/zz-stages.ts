import { readFileSync } from 'node:fs';
import { analyse, WordFlagCache } from '../../shared/anonymise/text/analysis';
import { detectPostcodes } from '../../shared/anonymise/detectors/postcode';
import { detectEmails, detectUrls } from '../../shared/anonymise/detectors/email-url';
import { detectDodgedEmails } from '../../shared/anonymise/detectors/email-dodges';
import { detectNhsNumbers } from '../../shared/anonymise/detectors/nhs-number';
import { detectNinos } from '../../shared/anonymise/detectors/nino';
import { detectPhones } from '../../shared/anonymise/detectors/phone';
import { detectSpelledNumbers } from '../../shared/anonymise/detectors/spelled-numbers';
import { detectDates } from '../../shared/anonymise/detectors/date';
import { detectAddresses } from '../../shared/anonymise/detectors/address';
import { digitView } from '../../shared/anonymise/text/digit-view';
import { detectPersons } from '../../shared/anonymise/detectors/person/index';
import { PhraseMatcher } from '../../shared/anonymise/text/phrases';
import { DEFAULT_ALLOW_LIST } from '../../resources/names/allow-list';
const texts = readFileSync('/tmp/anon/gen30k.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string).slice(0, 15000);
const t: Record<string, number> = {};
const time = <T>(name: string, f: () => T): T => { const s = performance.now(); const r = f(); t[name] = (t[name] ?? 0) + performance.now() - s; return r; };
const cache = new WordFlagCache();
const allowList = new PhraseMatcher(DEFAULT_ALLOW_LIST);
const bundleKeys = new Map<string, boolean>();
for (const text of texts) {
  const postcodes = time('postcode', () => detectPostcodes(text));
  const digits = time('digitView', () => digitView(text));
  const fixed = [
    ...time('email', () => detectEmails(text)), ...time('dodged', () => detectDodgedEmails(text)), ...time('url', () => detectUrls(text)),
    ...time('nhs', () => detectNhsNumbers(digits)), ...time('nino', () => detectNinos(text)), ...time('phone', () => detectPhones(digits)),
    ...time('spelled', () => detectSpelledNumbers(text)), ...postcodes, ...time('date', () => detectDates(text)),
  ];
  const a = time('analyse', () => analyse(text, cache));
  const addr = time('address', () => detectAddresses(a, postcodes));
  const r = time('persons', () => detectPersons(a, [...fixed, ...addr], { allowList, knownNames: null, knownKeys: new Map(), bundleKeys }));
  for (const [k, v] of r.bundleKeys) bundleKeys.set(k, v);
}
const total = Object.values(t).reduce((x, y) => x + y, 0);
console.log('total ms', total.toFixed(0), 'per story µs', ((1000 * total) / texts.length).toFixed(0));
for (const [k, v] of Object.entries(t).sort((x, y) => y[1] - x[1])) console.log(k.padEnd(10), v.toFixed(0).padStart(6), ((100 * v) / total).toFixed(1) + '%');
