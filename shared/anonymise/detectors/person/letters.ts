import { F } from '../../lexicon/lexicon';
import type { Detection } from '../../types';
import { detectionStarts, GAELIC_PARTICLE, LEVEL_HIGH, NEVER_NAME_FLAGS, type PersonContext } from './context';

// Forwarded emails and letters name people in fixed places: header lines ("From: Name
// <address>", "Cc: Name"), the line that quotes a reply ("On 3 Mar 2026, Name wrote:"),
// the line under a sign-off ("Kind regards,\nName"), and the address itself
// (gabriel.costa@... names Gabriel Costa). There a word that is also a word or a place is
// still the name ("Thanks,\nSummer Ruddock-Lee").

const HEADER_FIELDS = new Set(['from', 'to', 'cc', 'bcc', 'reply-to', 'attendees', 'attendee']);
/** A line that only signs off: "Kind regards,", "Many thanks", "Yours sincerely,", "> Best wishes". */
/** Thanks in other languages closing a letter: "Salamat po,", "Shukran,", "Dziękuję bardzo". */
const FOREIGN_SIGN_OFF_LINE =
  /^[>\s]*(?:salamat|shukran|shukriya|merci|gracias|obrigad[oa]|grazie|danke|dzi[eę]kuj[eę]|mul[tț]umesc|mersi|te[sş]ekk[uü]rler|spasibo|asante|dhanyavaa?d|dhonnobad|kiitos|mahadsanid|medaase|diolch)(?:\s+\p{L}{1,8}){0,2}\s*[,.!]?\s*$/iu;
const SIGN_OFF_LINE =
  /^[>\s]*(?:(?:kind|best|warm|warmest|many|with|all\s+the|yours|thanks\s+and|thank\s+you\s+and|very\s+best|kindest|respectful)\s+)*(?:regards|wishes|thanks|thank\s+you(?:\s+(?:very|so)\s+much)?(?:\s+again)?|cheers|sincerely|faithfully|truly|love|best|take\s+care|respectfully|rgds|ta|thx|bw|kr|bye)\s*[,.!]?\s*(?:x{1,3})?\s*$/iu;
const MAX_NAME_WORDS = 4;
/** Labels before a phone number or an email in a signature line. */
const CONTACT_LABELS = new Set(['tel', 't', 'm', 'mob', 'mobile', 'phone', 'ph', 'direct', 'dl', 'e', 'email', 'e-mail', 'call', 'office', 'work', 'cell']);
const MAX_BLANK_LINES = 3;

/** Index of the first token of each line (after any "> " quoting). */
function lineStarts(ctx: PersonContext): number[] {
  const starts: number[] = [];
  for (let i = 0; i < ctx.n; i++) if (i === 0 || ctx.gap(i).includes('\n')) starts.push(i);
  return starts;
}

function lineText(ctx: PersonContext, first: number): string {
  const text = ctx.analysis.text;
  const start = ctx.token(first)!.start;
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Whether the word can open a name in a letter's fixed places. */
function opensName(ctx: PersonContext, k: number, fixedPlace: boolean): boolean {
  const t = ctx.token(k);
  if (!t || ctx.classOf(k) === 'none' || !ctx.isCapitalised(k)) return false;
  if (ctx.level[k]) return true;
  const flags = ctx.flagsAt(k);
  if (flags & NEVER_NAME_FLAGS & ~(F.MONTH | F.WEEKDAY)) return false;
  const c = ctx.classOf(k);
  if (c === 'strong' || c === 'unknown' || c === 'ambiguous') return true;
  // "Bole Ketingi": a first name that is also a rarer word, when a name follows (checked by nameFrom).
  if (c === 'word' && (fixedPlace || !(flags & F.FREQUENT)) && t.key.length >= 3) return true;
  return (c === 'place' || c === 'calendar') && (flags & F.AMBIG_FIRST) !== 0;
}

/** Whether the word can go on a name: "Ruddock-Lee", "Young", "da Silva". */
function continuesName(ctx: PersonContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t) return false;
  if (ctx.level[k]) return true;
  if (t.shape === 'lower') return (ctx.flagsAt(k) & F.PARTICLE) !== 0;
  if (GAELIC_PARTICLE.test(t.text)) return ctx.gap(k + 1) === ' ' && ctx.isCapitalised(k + 1);
  if (!ctx.isCapitalised(k)) return false;
  // "Tamsin Ward", "Sam Church": a family name that is also a facility word, after a first name.
  const surnameAfterFirst = ctx.flagsAt(k) & (F.AMBIG_LAST | F.LAST) && ctx.flagsAt(k - 1) & (F.FIRST | F.AMBIG_FIRST) && ctx.gap(k) === ' ';
  if (ctx.flagsAt(k) & (NEVER_NAME_FLAGS | F.WORKPLACE) && !(surnameAfterFirst && !(ctx.flagsAt(k) & (F.TITLE | F.KIN | F.ROLE | F.PLACE_PREP | F.DETERMINER)))) return false;
  const c = ctx.classOf(k);
  return c === 'strong' || c === 'unknown' || c === 'ambiguous' || c === 'word' || (c === 'place' && (ctx.flagsAt(k) & F.AMBIG_LAST) !== 0);
}

/**
 * The last index of a name starting at k, or -1: up to four name words on one line, with at
 * least one that is a listed or unknown name, or a single first name ("Thanks,\nHope"). In a
 * letter's fixed places (`fixedPlace`: a header, under a sign-off) two or more capitalised
 * words that are also ordinary words count too ("From: Hope Church", "Regards,\nFox Sharp").
 */
export function nameFrom(ctx: PersonContext, k: number, fixedPlace = false): number {
  if (!opensName(ctx, k, fixedPlace)) return -1;
  let last = k;
  while (last + 1 < ctx.n && last - k < MAX_NAME_WORDS - 1) {
    const gap = ctx.gap(last + 1);
    const initial = /^\p{Lu}$/u.test(ctx.token(last)!.text);
    if (gap !== ' ' && gap !== '-' && !(initial && gap === '. ')) break;
    if (!continuesName(ctx, last + 1)) break;
    last++;
  }
  // "Brent Carers Network", "Camden Young Carers Service": an organisation, not a name.
  if (ctx.followedByFacility(last) || (last > k && ctx.flagsAt(last) & F.FACILITY && ctx.token(last + 1) && /^[ -]$/.test(ctx.gap(last + 1)) && ctx.isCapitalised(last + 1))) return -1;
  let named = (last === k && ctx.classOf(k) !== 'word') || (fixedPlace && last > k);
  for (let m = k; m <= last; m++) {
    const c = ctx.classOf(m);
    if (ctx.level[m] || c === 'strong' || c === 'unknown') named = true;
  }
  return named ? last : -1;
}

function markRange(ctx: PersonContext, first: number, last: number, rule: string): void {
  for (let m = first; m <= last; m++) {
    if (ctx.level[m]! >= LEVEL_HIGH || ctx.classOf(m) === 'none') continue;
    ctx.level[m] = LEVEL_HIGH;
    ctx.rules[m] = rule;
  }
}

/** "From: Name <address>", "To: Name", "> Cc: Name; Name". */
function headerNames(ctx: PersonContext, starts: readonly number[]): void {
  for (const i of starts) {
    const field = ctx.token(i)!;
    if (!HEADER_FIELDS.has(field.key) || !/^\s*:\s{0,3}$/.test(ctx.gap(i + 1))) continue;
    let k = i + 1;
    while (k < ctx.n && (k === i + 1 || !ctx.gap(k).includes('\n'))) {
      const last = nameFrom(ctx, k, true);
      if (last >= 0) markRange(ctx, k, last, 'person.letter-header');
      // Names in a header line are separated by ";", "," or an address in angle brackets.
      k = Math.max(k, last) + 1;
      while (k < ctx.n && !ctx.gap(k).includes('\n') && !/[;,>]/.test(ctx.gap(k))) k++;
    }
  }
}

/** The line after a sign-off line ("Kind regards,\n\nName Surname"). */
function signatureNames(ctx: PersonContext, starts: readonly number[]): void {
  for (let s = 0; s + 1 < starts.length; s++) {
    const line = lineText(ctx, starts[s]!);
    if (!SIGN_OFF_LINE.test(line) && !FOREIGN_SIGN_OFF_LINE.test(line)) continue;
    const next = starts[s + 1]!;
    if ((ctx.gap(next).match(/\n/g)?.length ?? 0) > MAX_BLANK_LINES) continue;
    const last = nameFrom(ctx, next, true);
    if (last < 0) continue;
    // The name fills its line or is followed by a title or a divider ("Abdullahi Farah | Carers Worker").
    const after = ctx.gap(last + 1);
    if (last + 1 < ctx.n && !after.includes('\n') && !/^\s*[|,(–—-]/.test(after)) continue;
    markRange(ctx, next, last, 'person.signature');
  }
}

/**
 * A line of two or three name words just above a line that starts with a phone number, an
 * email or an address: the name at the top of a signature ("Tuta Jijodi\n07700 900 348").
 */
function namesAboveContacts(ctx: PersonContext, starts: readonly number[], others: readonly Detection[]): void {
  const contactStarts = detectionStarts(others, 'PHONE', 'EMAIL', 'ADDRESS');
  for (let s = 0; s + 1 < starts.length; s++) {
    const first = starts[s]!;
    // "Livu\nSupport Worker\n07700 ...": a line of job title may come between the name and the contact.
    const titled = s + 2 < starts.length && roleLine(ctx, starts[s + 1]!, starts[s + 2]!);
    const next = starts[titled ? s + 2 : s + 1]!;
    // The contact may follow a label on its line: "tel 020 ...", "M: 07700 ...", "Email: ...".
    const label = CONTACT_LABELS.has(ctx.token(next)!.key) ? /^[\s.:]{0,3}/.exec(ctx.analysis.text.slice(ctx.token(next)!.end))![0].length : -1;
    const at = label >= 0 ? ctx.token(next)!.end + label : ctx.token(next)!.start;
    if (!(contactStarts.has(at) || contactStarts.has(at - 1)) || (ctx.gap(next).match(/\n/g)?.length ?? 0) > 1) continue;
    const last = nameFrom(ctx, first, true);
    const lineEnd = titled ? starts[s + 1]! - 1 : next - 1;
    // A single word is a name only above a job title ("Livu\nSupport Worker"), or when it is a
    // listed or unknown name that opens a block of its own ("...\n\nBelfon\n07700 900 599").
    const loneName = last === first && ctx.token(first)!.shape === 'title' && (ctx.classOf(first) === 'strong' || ctx.classOf(first) === 'unknown') && (first === 0 || /\n\s*\n/.test(ctx.gap(first)));
    if (last < (titled || loneName ? first : first + 1) || last !== lineEnd || (last === first && ctx.classOf(first) === 'word')) continue;
    markRange(ctx, first, last, 'person.signature');
  }
}

/** A short line of capitalised words with a role among them: "Support Worker", "Senior Caseworker, Carers Hub". */
function roleLine(ctx: PersonContext, from: number, to: number): boolean {
  if (to - from > 6 || to <= from) return false;
  let role = false;
  for (let k = from; k < to; k++) {
    if (!ctx.isCapitalised(k) && ctx.token(k)!.key !== 'and' && ctx.token(k)!.key !== 'of') return false;
    if (ctx.flagsAt(k) & F.ROLE || /(?:worker|officer|manager|coordinator|caseworker|adviser|advisor|lead|assistant|director)$/.test(ctx.token(k)!.key)) role = true;
  }
  return role;
}

/** "On Wed, 11 Mar 2026 at 16:40, Name <address> wrote:", "Name wrote:". */
function displayNames(ctx: PersonContext, emails: readonly Detection[]): void {
  const text = ctx.analysis.text;
  const emailStarts = new Set(emails.map((e) => e.start));
  for (let e = 0; e < ctx.n; e++) {
    const t = ctx.token(e)!;
    const gap = ctx.gap(e + 1);
    if (!gap.includes('<') && ctx.token(e + 1)?.key !== 'wrote') continue;
    const bracket = /^\s?["']?\s?<$/.test(gap) && emailStarts.has(t.end + gap.length);
    const wrote = ctx.token(e + 1)?.key === 'wrote' && gap === ' ' && /^:/.test(ctx.gap(e + 2) || text.slice(ctx.token(e + 1)!.end));
    if (!bracket && !wrote) continue;
    let first = e;
    while (first > 0 && e - first < MAX_NAME_WORDS - 1 && /^[ -]$|^\. $/.test(ctx.gap(first)) && continuesName(ctx, first - 1) && !ctx.token(first - 1)!.sentenceStart) first--;
    while (first < e && !opensName(ctx, first, true)) first++;
    const last = nameFrom(ctx, first, true);
    if (last === e) markRange(ctx, first, e, 'person.letter-header');
  }
}

/** gabriel.costa@..., sarah dot okeke-reid at ...: the words of an address's local part name the writer elsewhere. */
function localPartNames(ctx: PersonContext, emails: readonly Detection[]): void {
  if (emails.length === 0) return;
  const text = ctx.analysis.text;
  const parts = new Set<string>();
  for (const email of emails) {
    const value = text.slice(email.start, email.end).toLowerCase();
    const at = value.search(/@|\s?[[({]?\bat\b[\])}]?\s?/);
    for (const part of value.slice(0, at < 0 ? value.length : at).split(/[^\p{L}]+/u)) if (part.length >= 3 && part !== 'dot') parts.add(part);
  }
  for (let k = 0; k < ctx.n; k++) {
    if (ctx.level[k] || !parts.has(ctx.token(k)!.key)) continue;
    const c = ctx.classOf(k);
    const lower = ctx.token(k)!.shape === 'lower';
    if (c === 'strong' || (!lower && (c === 'unknown' || (c === 'ambiguous' && ctx.isCapitalised(k) && !ctx.token(k)!.sentenceStart)))) ctx.markName(k, LEVEL_HIGH, 'person.email-name');
  }
}

export function applyLetterCues(ctx: PersonContext, others: readonly Detection[]): void {
  const starts = lineStarts(ctx);
  const emails = others.filter((d) => d.type === 'EMAIL');
  headerNames(ctx, starts);
  signatureNames(ctx, starts);
  namesAboveContacts(ctx, starts, others);
  displayNames(ctx, emails);
  localPartNames(ctx, emails);
}
