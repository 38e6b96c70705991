import { HAN_SURNAMES } from '../../../../resources/names/generated/script-names';
import { F, NAME_FLAGS } from '../../lexicon/lexicon';
import type { Detection } from '../../types';
import { LEVEL_HIGH, LEVEL_LOW, type PersonContext } from './context';

// Names written in their own script inside English text: "Mr Habtom Gebremichael (ሃብቶም
// ገብረሚካኤል)", "Олена Шевчук (Olena Shevchuk)", "我叫周丽华". A few words of another script
// in an English story are most often a name given beside its transliteration; a whole
// sentence of it is a quotation, in which only listed names and cued Chinese names count.

const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['arabic', /\p{Script=Arabic}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['han', /\p{Script=Han}/u],
  ['bengali', /\p{Script=Bengali}/u],
  ['ethiopic', /\p{Script=Ethiopic}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['gurmukhi', /\p{Script=Gurmukhi}/u],
  ['gujarati', /\p{Script=Gujarati}/u],
  ['tamil', /\p{Script=Tamil}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
];
/** Scripts with capital letters: there a name is capitalised as in English. */
const CASED = new Set(['cyrillic', 'greek', 'armenian']);
const MAX_SHORT_RUN = 4;
const MAX_PARTNER_WORDS = 4;

/** The script of a word, or null for Latin letters (with their accents) and digits. */
function scriptOf(text: string): string | null {
  const code = text.charCodeAt(0);
  if (code < 0x250 || (code >= 0x1e00 && code <= 0x1eff)) return null;
  for (const [name, pattern] of SCRIPTS) if (pattern.test(text.charAt(0))) return name;
  return 'other';
}

const compound = [...HAN_SURNAMES.split('\n')].sort((a, b) => b.length - a.length).join('|');
/** "我叫周丽华", "名叫王建国", "我是林志偉": a family name and one or two characters after a naming word. */
const HAN_CUED = new RegExp(`(?:叫做|名叫|我叫|叫|我是|姓名|名字是|名字叫|是)(?:${compound})[\\p{Script=Han}]{1,2}`, 'gu');
/** "王医生", "陈先生", "李建华护士": a family name, maybe a given name, then a title or role. */
const HAN_TITLED = new RegExp(`(?:${compound})[\\p{Script=Han}]{0,2}?(?=先生|女士|小姐|太太|医生|大夫|护士|老师|阿姨|叔叔)`, 'gu');
const HAN_SURNAME_START = new RegExp(`^(?:${compound})`, 'u');
/** Characters that end a Chinese given name: particles, pronouns and common verbs. */
const HAN_STOPS = new Set([...'的我你他她们在是了和说不有要去来到给被把也都很就还又这那个人医院']);

/**
 * "my name is" and "his/her name is" in other scripts, as written words: Arabic اسمي,
 * Tigrinya ስመይ, Amharic ስሜ, Bengali আমার নাম, Urdu میرا نام, Persian نام من, Hindi मेरा नाम,
 * Russian меня зовут. The words after one, up to punctuation or a copula, are a name.
 */
const NAMING_PHRASES: readonly (readonly string[])[] = [
  ['اسمي'], ['اسمه'], ['اسمها'], ['ስመይ'], ['ስሙ'], ['ስማ'], ['ስሜ'], ['ስሟ'],
  ['আমার', 'নাম'], ['ওর', 'নাম'], ['তার', 'নাম'], ['ওনার', 'নাম'], ['তাঁর', 'নাম'],
  ['میرا', 'نام'], ['میری', 'نام'], ['نام', 'من'], ['اسم', 'من'], ['نامم'], ['اسمم'],
  ['मेरा', 'नाम'], ['उसका', 'नाम'], ['उसकी', 'नाम'],
  ['меня', 'зовут'], ['Меня', 'зовут'], ['его', 'зовут'], ['её', 'зовут'], ['ее', 'зовут'], ['мене', 'звати'], ['Мене', 'звати'],
];
/** Copulas that close a name given after a naming phrase: Urdu ہے, Hindi है, Persian است, Tigrinya እዩ, Amharic ነው. */
const NAME_CLOSERS = new Set(['ہے', 'है', 'است', 'هست', 'እዩ', 'ነው', 'হয়', 'হলো']);
const MAX_GIVEN_NAME_WORDS = 3;

/** Words named after a naming phrase in the run: "اسمي فاطمة الزهراء.", "আমার নাম জাহানারা বেগম।". */
function namedInRun(ctx: PersonContext, run: Run): void {
  for (let k = run.first; k <= run.last; k++) {
    const phrase = NAMING_PHRASES.find((words) => words.every((w, n) => ctx.token(k + n)?.text === w && (n === 0 || ctx.gap(k + n) === ' ')));
    if (!phrase) continue;
    const first = k + phrase.length;
    let last = first - 1;
    while (last + 1 <= run.last && last + 1 - first < MAX_GIVEN_NAME_WORDS && ctx.gap(last + 1) === ' ' && !NAME_CLOSERS.has(ctx.token(last + 1)!.text)) last++;
    if (last >= first) mark(ctx, first, last, LEVEL_HIGH);
    k = last;
  }
}

interface Run {
  first: number;
  last: number;
  script: string;
}

/** Runs of words of one other script, joined by spaces or punctuation on one line. */
function scriptRuns(ctx: PersonContext): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < ctx.n; i++) {
    const script = scriptOf(ctx.token(i)!.text);
    if (script === null) continue;
    let last = i;
    while (last + 1 < ctx.n && !ctx.gap(last + 1).includes('\n') && !/[()]/.test(ctx.gap(last + 1)) && scriptOf(ctx.token(last + 1)!.text) === script) last++;
    runs.push({ first: i, last, script });
    i = last;
  }
  return runs;
}

function mark(ctx: PersonContext, first: number, last: number, level: number): void {
  for (let k = first; k <= last; k++) {
    if (ctx.level[k]! >= level) continue;
    ctx.level[k] = level;
    ctx.rules[k] = 'person.script';
  }
}

/** Latin words in brackets just before or after a run: the transliteration "(Olena Shevchuk)" or the name before "(Олена Шевчук)". */
function partner(ctx: PersonContext, run: Run): [number, number] | null {
  if (/\(\s*$/.test(ctx.gap(run.first)) && /^\s*\)/.test(ctx.gap(run.last + 1)) && run.first > 0) {
    const last = run.first - 1;
    let first = last;
    while (first > 0 && last - first < MAX_PARTNER_WORDS - 1 && /^[ -]$/.test(ctx.gap(first)) && latinName(ctx, first - 1, first - 1)) first--;
    return scriptOf(ctx.token(last)!.text) === null ? [first, last] : null;
  }
  if (/^\s*\(\s*$/.test(ctx.gap(run.last + 1))) {
    const first = run.last + 1;
    let last = first;
    while (last + 1 < ctx.n && last - first < MAX_PARTNER_WORDS - 1 && /^[ -]$/.test(ctx.gap(last + 1))) last++;
    if (!/^\s*\)/.test(ctx.gap(last + 1)) && last + 1 < ctx.n) return null;
    return scriptOf(ctx.token(first)!.text) === null ? [first, last] : null;
  }
  return null;
}

/** A name in Latin letters: capitalised words, each a name or found as one, no place or ordinary word alone. */
function latinName(ctx: PersonContext, first: number, last: number): boolean {
  let named = false;
  for (let k = first; k <= last; k++) {
    if (ctx.level[k]) {
      named = true;
      continue;
    }
    if (!ctx.isCapitalised(k) || scriptOf(ctx.token(k)!.text) !== null) return false;
    const c = ctx.classOf(k);
    if (c === 'strong' || c === 'unknown') named = true;
    else if (c !== 'ambiguous' && !ctx.isWordName(k)) return false;
  }
  return named;
}

function listedIn(ctx: PersonContext, run: Run): boolean {
  for (let k = run.first; k <= run.last; k++) if (ctx.flagsAt(k) & NAME_FLAGS) return true;
  return false;
}

function hanNames(ctx: PersonContext, run: Run, found: Detection[]): void {
  for (let k = run.first; k <= run.last; k++) {
    const t = ctx.token(k)!;
    for (const pattern of [HAN_CUED, HAN_TITLED]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(t.text); m !== null; m = pattern.exec(t.text)) {
        let name = m[0];
        if (pattern === HAN_CUED) name = name.replace(/^(?:叫做|名叫|我叫|叫|我是|姓名|名字是|名字叫|是)/u, '');
        // The family name, then the given name up to a particle or pronoun ("周丽华", not "周丽华的").
        const surname = HAN_SURNAME_START.exec(name)?.[0] ?? name.charAt(0);
        let end = surname.length;
        while (end < name.length && !HAN_STOPS.has(name.charAt(end))) end++;
        // A family name alone is enough before a title ("王医生", Dr Wang); after a naming word it needs a given name.
        if (end < (pattern === HAN_TITLED ? 1 : 2)) continue;
        const start = t.start + m.index + (m[0].length - name.length);
        found.push({ start, end: start + end, type: 'PERSON', confidence: 'high', rule: 'person.script' });
      }
    }
  }
}

/** Every other place a Chinese name found in the text appears. */
function propagateHan(text: string, found: Detection[]): void {
  const names = new Set(found.map((d) => text.slice(d.start, d.end)));
  const seen = new Set(found.map((d) => d.start));
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (!seen.has(at)) found.push({ start: at, end: at + name.length, type: 'PERSON', confidence: 'high', rule: 'person.script' });
    }
  }
}

/**
 * Marks names in other scripts on the context (whole words) and returns names found inside
 * a run of Chinese characters, which the tokenizer reads as one word.
 */
export function applyScriptRules(ctx: PersonContext): Detection[] {
  const found: Detection[] = [];
  const runs = scriptRuns(ctx);
  for (const run of runs) {
    const words = run.last - run.first + 1;
    const pair = partner(ctx, run);
    const hanName = run.script === 'han' && words === 1 && HAN_SURNAME_START.test(ctx.token(run.first)!.text) && ctx.token(run.first)!.text.length <= 4;
    if (pair) {
      const [first, last] = pair;
      // "Yuen Yuk-kuen (阮玉娟)": two to four characters beside a name found are that name, whatever its family name.
      const hanBesideFound = run.script === 'han' && words === 1 && ctx.token(run.first)!.text.length >= 2 && ctx.token(run.first)!.text.length <= 4 && ctx.level[last]! > 0;
      const runIsName = ctx.level[run.first] || listedIn(ctx, run) || run.script !== 'han' || hanName || hanBesideFound;
      if (latinName(ctx, first, last) && runIsName) {
        mark(ctx, run.first, run.last, LEVEL_HIGH);
        mark(ctx, first, last, LEVEL_HIGH);
        continue;
      }
    }
    if (run.script === 'han') {
      if (hanName) mark(ctx, run.first, run.last, LEVEL_HIGH);
      else hanNames(ctx, run, found);
      continue;
    }
    if (words > MAX_SHORT_RUN) {
      namedInRun(ctx, run);
      // A sentence in another script: only its listed names, capitalised where the script has capitals.
      for (let k = run.first; k <= run.last; k++) {
        const t = ctx.token(k)!;
        if (ctx.flagsAt(k) & NAME_FLAGS && !(ctx.flagsAt(k) & F.WORD) && (!CASED.has(run.script) || (t.shape === 'title' && !t.sentenceStart))) mark(ctx, k, k, LEVEL_LOW);
      }
      continue;
    }
    // A few words of another script standing alone in English text: listed names surely, anything else probably.
    if (pair) continue; // beside a Latin word that is not a name: a translation ("thanks (شكرا)")
    const cased = CASED.has(run.script);
    if (cased && ctx.token(run.first)!.shape !== 'title') continue;
    mark(ctx, run.first, run.last, listedIn(ctx, run) ? LEVEL_HIGH : LEVEL_LOW);
  }
  if (found.length > 0) propagateHan(ctx.analysis.text, found);
  return found;
}
