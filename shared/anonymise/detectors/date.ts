import type { Detection } from '../types';

// Calendar dates with a day and a month. A weekday, a month or a year on its own is not a
// date of this kind and stays. Every quantifier is bounded, so matching is linear.
const STRICT_MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![\\p{L}])';
// A misspelt month ("Febuary", "janury", "Setpember", "Agust"): any word of 4 to 10 letters
// here, checked afterwards by edit distance against the full month names.
const MONTH = `(?:${STRICT_MONTH}|[jfmasond][a-z]{3,9}(?![\\p{L}]))`;
const STRICT_MONTH_RE = new RegExp(`^${STRICT_MONTH}$`, 'iu');
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Words one or two edits from a month name that are ordinary words, not misspellings. */
const NOT_MONTHS = new Set(['marches', 'marcher', 'arch', 'julie', 'juice', 'jury', 'tune', 'tuned', 'lune', 'dune', 'jane', 'june']);

/** Damerau-Levenshtein distance (optimal string alignment), bounded by the short words it sees. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
    }
  }
  return rows[a.length]![b.length]!;
}

/** A month name, or a misspelling of one: 4+ letters, same first letter, within 1 edit (2 for names of 6+ letters). */
const monthWordCache = new Map<string, boolean>();

export function isMonthWord(word: string): boolean {
  const w = word.toLowerCase();
  const cached = monthWordCache.get(w);
  if (cached !== undefined) return cached;
  const result = computeMonthWord(w);
  if (monthWordCache.size > 5000) monthWordCache.clear();
  monthWordCache.set(w, result);
  return result;
}

function computeMonthWord(w: string): boolean {
  if (STRICT_MONTH_RE.test(w)) return true;
  if (w.length < 4 || NOT_MONTHS.has(w)) return false;
  for (const month of FULL_MONTHS) {
    if (month[0] !== w[0] || Math.abs(month.length - w.length) > 2) continue;
    if (editDistance(w, month) <= (month.length >= 6 ? 2 : 1)) return true;
  }
  return false;
}
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';
const ORDINAL = '(?:st|nd|rd|th)';
const UNITS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const DAY_WORD = `(?:${UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:${UNITS})|thirtieth|thirty[- ]first)`;
// A number after a date that is a count or a time, not a year or a day ("3 March 20 people", "June 10:30").
const NOT_A_DATE_NUMBER = "(?![.:]\\d|\\s{0,2}(?:am|pm|mins?|minutes|hours?|hrs?|people|patients|years?|days?|weeks?|times|%|o'clock)(?![\\p{L}]))";
// A two-digit year ("14 Feb 24") unless the number is a count or a time; "12-Mar-1961" joins it by a dash.
const YEAR = `(?:(?:,?\\s{1,3}|[-/])(?:(?:19|20)\\d{2}|'?\\d{2}${NOT_A_DATE_NUMBER})(?!\\p{N}))`;
// A weekday written just before the date belongs to it ("Tues 5th March", "Monday, 2 March"):
// looked for behind each date found, not at every position of the text.
const WEEKDAY_BEFORE = /(?<![\p{L}\p{N}])(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?,?\s{1,2}(?:the\s{1,2})?$/iu;
const DAY_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${DAY}${ORDINAL}?\\s{0,2}(?:-|–|to|and|until|till)\\s{0,2}(?:the\\s)?)?(?:(${DAY})(${ORDINAL})?|(?:the\\s{1,2})?${DAY_WORD})(?:\\s{1,3}of)?[\\s./-]{1,3}(${MONTH})${YEAR}?`,
  'giu',
);
const MONTH_FIRST = new RegExp(`(?<![\\p{L}])(${MONTH})\\s{1,3}(?:the\\s)?(${DAY})(${ORDINAL})?(?![\\p{L}\\p{N}])${NOT_A_DATE_NUMBER}${YEAR}?`, 'giu');
const NUMERIC = /(?<![\p{L}\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)?\d{2})(?![\p{N}]|[/.-]\d)/gu;
// "1st of the 3rd 1956": the month as an ordinal too.
const ORDINAL_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])${DAY}${ORDINAL}\\s{1,3}of\\s{1,3}the\\s{1,3}(?:1[0-2]|0?[1-9])${ORDINAL}(?:,?\\s{1,3}(?:(?:19|20)\\d{2}|['’]\\d{2}))?(?![\\p{L}\\p{N}])`, 'giu');
// "4/iv/51", "16.ix.1944": the month in Roman numerals.
const ROMAN_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])${DAY}([/.-])(?:iii|ii|iv|ix|i|viii|vii|vi|v|xii|xi|x)\\1(?:19|20)?\\d{2}(?![\\p{L}\\p{N}])`, 'giu');
/** "16 IX 59": a Roman month between spaces, in capitals (and not a lone "I"), as some countries write dates of birth. */
const SPACED_ROMAN_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])${DAY} {1,2}(?:III|II|IV|IX|VIII|VII|VI|V|XII|XI|X) {1,2}(?:19|20)?\\d{2}(?![\\p{L}\\p{N}]|[:.]\\d)`, 'gu');
/** "DOB 16 IX 59", "born on", "Date:": a label that says the numbers after it are a date. */
const DATE_LABEL_BEFORE = /(?<![\p{L}])(?:d\.?o\.?b\.?|born(?: on)?|birth|date|dated|on)\s{0,2}[:=-]?\s{1,2}$/iu;
const ISO = /(?<![\p{N}-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\p{N}])/gu;
const DAY_MONTH_ONLY = /(?<![\p{L}\p{N}/.-])(\d{1,2})\/(\d{1,2})(?![\p{N}%]|[/.-]\d)/gu;
// A day and month without a year needs a word before it that says it is a date. A strong
// cue ("on", "from", "appointment", a weekday) accepts anything that can be a date; a weak
// one ("was", "to", "for") only what cannot be read as a score or a fraction ("was 20/5",
// not "was 9/10" or "was 3/4").
const DAY_MONTH_CUE =
  /(?:\b(?:on|from|until|till|til|since|before|after|dated|due|by|date|dates|appointment|appointments|appt|appts|visit|review|scan|follow-up|followup|op|operation|booked|rebooked|cancelled|canceled|postponed|moved|changed|admitted|discharged|dob|born|birth|between|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun))[:,]?\s{1,3}(?:the\s{1,2})?)$/i;
// A verb in the past before the date says something happened then ("rang back 4/12",
// "induced 24/11", "left 1/12"), as long as the date cannot be read as a score.
const WEAK_DAY_MONTH_CUE =
  /(?:\b(?:was|were|is|are|be|been|seen|to|for|of|then|and|or|[a-z]{2,}ed|rang|rung|left|went|came|got|sent|spoke|saw|told|back|again)[:,]?\s{1,3}(?:the\s{1,2})?)$/i;
/** After a day and month, words that make it a duration in clinical shorthand ("3/12 ago", "2/7 hx"). */
const DURATION_AFTER = /^\s{0,2}(?:ago|hx|history|duration)(?![\p{L}])/iu;
/** After the date: "20/5 at 10:30", "20/5 appointment". */
const DAY_MONTH_AFTER_CUE = /^\s{1,3}(?:(?:at\s{1,2})?\d{1,2}[:.]\d{2}(?:\s?(?:am|pm))?(?![\p{L}\p{N}])|at\s{1,2}\d{1,2}\s?(?:am|pm)?(?![\p{L}\p{N}])|appointment|appt|(?:mon|tues|wednes|thurs|fri|satur|sun)day)/iu;
/** Between two dates of a list: "29/02, 5/11 and 12/12", "3/4 - 18/4", "2/1 to 16/1". */
const DATE_LIST_GAP = /^(?:\s{0,2}(?:,|;|&|-|–)?\s{0,2}(?:and|or|to|then|till|until|through)?\s{0,2}|\s{0,2},\s{0,2}(?:and|or|then)\s{1,2})$/i;

/** "9/10", "10/10", "4/5": out of ten or five; "1/2", "3/4", "2/3": a fraction. */
function scoreOrFraction(day: number, month: number): boolean {
  if ((month === 10 || month === 5) && day <= month) return true;
  return month <= 4 && day < month;
}

const validDayMonth = (day: number, month: number): boolean => day >= 1 && day <= 31 && month >= 1 && month <= 12;

function push(found: Detection[], start: number, end: number, rule: string, text = ''): void {
  // "19th October." ends a sentence: the full stop is not part of the date.
  const trimmed = text.charAt(end - 1) === '.' ? end - 1 : end;
  found.push({ start, end: trimmed, type: 'DATE', confidence: 'high', rule });
}

// A date of birth is often written as digit pairs, run together or spaced ("DOB 070352",
// "dob is 09 09 61", "DOB 03 04 1977"): read so only after a word that says a birth date
// follows, since six digits elsewhere are a reference or a count.
const BIRTH_CUE = /(?<![\p{L}])(?:d\.?o\.?b\.?|date of birth|born(?: on)?|birthday(?: is)?)(?:\s{0,2}(?:is|was|[:=-]))?\s{0,3}/giu;
const DIGIT_PAIRS = /(?:(\d{2})(\d{2})((?:19|20)\d{2}|\d{2})|(\d{1,2}) {1,2}(\d{1,2}) {1,2}((?:19|20)\d{2}|\d{2}))(?![\p{N}]|[/.-]\d)/uy;
// Spaced with a four-digit year, a date reads as one without a cue ("Rang: Ms Lau, 03 04 1977").
const SPACED_FULL_YEAR = /(?<![\p{L}\p{N}/.-])(?<!\p{N} )(\d{2}) (\d{2}) ((?:19|20)\d{2})(?![\p{N}]| ?[/.-]?\d)/gu;

function detectBirthDigitPairs(text: string, found: Detection[]): void {
  BIRTH_CUE.lastIndex = 0;
  for (let cue = BIRTH_CUE.exec(text); cue !== null; cue = BIRTH_CUE.exec(text)) {
    DIGIT_PAIRS.lastIndex = cue.index + cue[0].length;
    const m = DIGIT_PAIRS.exec(text);
    if (!m) continue;
    const day = Number(m[1] ?? m[4]);
    const month = Number(m[2] ?? m[5]);
    if (validDayMonth(day, month)) push(found, m.index, m.index + m[0].length, 'date.birth-digits');
  }
  SPACED_FULL_YEAR.lastIndex = 0;
  for (let m = SPACED_FULL_YEAR.exec(text); m !== null; m = SPACED_FULL_YEAR.exec(text)) {
    if (validDayMonth(Number(m[1]), Number(m[2]))) push(found, m.index, m.index + m[0].length, 'date.spaced-digits');
  }
}

// Typed digit by digit to dodge a filter: "1 9 / 0 2 / 1 9 5 1", "0 3. 1 1. 6 8".
const SPACED_DIGIT_DATE = /(?<![\p{L}\p{N}])(\d ?\d?) ?([/.]) ?(\d ?\d?) ?\2 ?(\d ?\d(?: ?\d ?\d)?)(?![\p{L}\p{N}]| ?\d)/gu;

function detectSpacedDigitDates(text: string, found: Detection[]): void {
  SPACED_DIGIT_DATE.lastIndex = 0;
  for (let m = SPACED_DIGIT_DATE.exec(text); m !== null; m = SPACED_DIGIT_DATE.exec(text)) {
    if (!m[0].includes(' ')) continue; // written without spaces: NUMERIC's
    const day = Number(m[1]!.replace(/ /g, ''));
    const month = Number(m[3]!.replace(/ /g, ''));
    if (validDayMonth(day, month)) push(found, m.index, m.index + m[0].length, 'date.spaced-digits');
  }
}

// A year written in words after a date: "the twentieth of August nineteen forty", "3rd May two thousand and five".
const NUMBER_WORD = '(?:oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|hundred)';
const YEAR_IN_WORDS = new RegExp(`^,?\\s{1,3}(?:nineteen|two thousand(?:\\s(?:and))?|twenty)(?:[\\s-]{1,2}${NUMBER_WORD}){1,2}(?![\\p{L}])`, 'iu');

/** A day written as a word ("the first of April"), the only date these patterns find without a digit. */
const DAY_WORD_ANYWHERE = /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i;

export function detectDates(text: string): Detection[] {
  const found: Detection[] = [];
  const digits = /\d/.test(text);
  if (!digits && !DAY_WORD_ANYWHERE.test(text)) return found;
  DAY_FIRST.lastIndex = 0;
  for (let m = DAY_FIRST.exec(text); m !== null; m = DAY_FIRST.exec(text)) {
    if (!isMonthWord(m[3] ?? '')) {
      DAY_FIRST.lastIndex = m.index + 1;
      continue;
    }
    const abbreviatedMay = /^may/i.test(m[3] ?? '') && !/^May/.test(m[3] ?? '') && m[2] === undefined && m[1] !== undefined;
    if (abbreviatedMay && !/\d{4}/.test(m[0])) continue; // "2 may not" is not a date
    const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    const end = m.index + m[0].length;
    const yearInWords = /\d/.test(m[0].slice(-2)) ? null : YEAR_IN_WORDS.exec(text.slice(end, end + 48));
    push(found, m.index - (weekday ? weekday[0].length : 0), end + (yearInWords ? yearInWords[0].length : 0), 'date.day-month', text);
  }
  if (!digits) return found;
  MONTH_FIRST.lastIndex = 0;
  for (let m = MONTH_FIRST.exec(text); m !== null; m = MONTH_FIRST.exec(text)) {
    const month = m[1] ?? '';
    if (!isMonthWord(month)) {
      MONTH_FIRST.lastIndex = m.index + 1;
      continue;
    }
    const capitalised = month.charAt(0) !== month.charAt(0).toLowerCase();
    if (!capitalised && m[3] === undefined) continue; // "you may 2" is not a date
    push(found, m.index, m.index + m[0].length, 'date.month-day', text);
  }
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m !== null; m = NUMERIC.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (!validDayMonth(a, b) && !validDayMonth(b, a)) continue;
    // "Sent: Sun 29/11/2026": the weekday written before a date is part of it.
    const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    push(found, m.index - (weekday ? weekday[0].length : 0), m.index + m[0].length, 'date.numeric');
  }
  for (const pattern of [ORDINAL_MONTH, ROMAN_MONTH, SPACED_ROMAN_MONTH]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (pattern === SPACED_ROMAN_MONTH && !DATE_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      push(found, m.index, m.index + m[0].length, 'date.ordinal-or-roman-month');
    }
  }
  detectBirthDigitPairs(text, found);
  detectSpacedDigitDates(text, found);
  ISO.lastIndex = 0;
  for (let m = ISO.exec(text); m !== null; m = ISO.exec(text)) {
    if (!validDayMonth(Number(m[3]), Number(m[2]))) continue;
    push(found, m.index, m.index + m[0].length, 'date.iso');
  }
  // Ends of the dates found so far, to tell a date in a list ("on 29/02, 5/11 and 12/12").
  const earlierEnds = found.map((d) => d.end).sort((a, b) => a - b);
  let nextEarlier = 0;
  let previousDateEnd = -1;
  if (!text.includes('/')) return found;
  DAY_MONTH_ONLY.lastIndex = 0;
  for (let m = DAY_MONTH_ONLY.exec(text); m !== null; m = DAY_MONTH_ONLY.exec(text)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (!validDayMonth(day, month) || (day === 24 && month === 7)) continue;
    if (/^\s{0,2}(?:stars?|points?|marks?|out of|for (?:the )?(?:service|care|staff|food))/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    while (nextEarlier < earlierEnds.length && earlierEnds[nextEarlier]! <= m.index) previousDateEnd = Math.max(previousDateEnd, earlierEnds[nextEarlier++]!);
    const inList = previousDateEnd >= 0 && m.index - previousDateEnd <= 12 && DATE_LIST_GAP.test(text.slice(previousDateEnd, m.index));
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const weakCue = !DURATION_AFTER.test(after) && (WEAK_DAY_MONTH_CUE.test(before) || DAY_MONTH_AFTER_CUE.test(after));
    const cued = DAY_MONTH_CUE.test(before) || (!scoreOrFraction(day, month) && weakCue);
    if (!cued && !inList) continue;
    push(found, m.index, m.index + m[0].length, 'date.day-month-numeric');
    previousDateEnd = m.index + m[0].length;
  }
  return found;
}
