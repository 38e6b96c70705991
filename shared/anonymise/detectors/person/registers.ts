import { F } from '../../lexicon/lexicon';
import { LEVEL_HIGH, LEVEL_LOW, NEVER_NAME_FLAGS, type PersonContext } from './context';
import { nameFrom } from './letters';

// How names are written in notes, registers and lists rather than sentences: surname first
// ("Bishop, Leonard (surname first)"), initials ("G. Haile", "m.kowalska", "Preeti K"), a
// title or a first name in brackets after a name ("G. Haile (Mr)", "Ms Oduya (Blessing)"),
// and names listed or paired with "I" ("Priti, Angela and Roxanne", "Abu and I").

/** Words that open a sentence before a comma and a name without being a surname: "Sorry, John", "Look, Mary". */
const NOT_SURNAMES = new Set([
  'sorry', 'thanks', 'thank', 'yes', 'no', 'well', 'hi', 'hello', 'hiya', 'hey', 'dear', 'ok', 'okay', 'right', 'so', 'oh', 'please',
  'morning', 'evening', 'afternoon', 'cheers', 'bye', 'congratulations', 'welcome', 'sir', 'madam', 'look', 'listen', 'now', 'anyway',
  'again', 'also', 'then', 'still', 'however', 'because', 'and', 'but', 'or', 'if', 'when', 'as', 'sadly', 'luckily', 'today',
  'yesterday', 'tomorrow', 'later', 'first', 'second', 'finally', 'next', 'after', 'before', 'since', 'love', 'bless', 'god', 'note',
  'update', 'caller', 'name', 're', 'ref', 'subject', 'from', 'to', 'cc', 'date', 'sent', 'patient', 'client',
]);
const BRACKET_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev']);

function mark(ctx: PersonContext, k: number, rule: string): void {
  if (ctx.level[k]! >= LEVEL_HIGH || ctx.classOf(k) === 'none') return;
  ctx.level[k] = LEVEL_HIGH;
  ctx.rules[k] = rule;
}

const isInitial = (text: string): boolean => /^\p{L}$/u.test(text);
// Tested at every word: made once here, since a regex literal in a function is a new object each time it is reached.
const COMMA_OR_SPACE_GAP = /^,?\s$/;
const LABEL_COLON_GAP = /^\s?:\s{1,2}$/;

/** An initial is one letter, which name classes leave out ('none'), so it is marked directly. */
function markInitial(ctx: PersonContext, k: number, rule: string | undefined): void {
  ctx.level[k] = LEVEL_HIGH;
  ctx.rules[k] = rule ?? 'person.initial';
}

/** "Bishop, Leonard": a family name, a comma and a first name, then a bracket, a comma or the end of the line. */
function surnameFirst(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  const first = ctx.token(i + 1);
  if (!first || !t.sentenceStart || !/^, {1,2}$/.test(ctx.gap(i + 1)) || NOT_SURNAMES.has(t.key) || t.key.endsWith('ly')) return;
  if (!(t.shape === 'title' || t.shape === 'upper') || first.shape !== 'title' || t.key.length < 2) return;
  // "McGONIGLE, Mrs Bridie": a family name in capitals, a comma, then a titled name found by its
  // title; not "Cardiology, Dr Patel" or "Leeds, Dr Patel".
  if (ctx.flagsAt(i + 1) & F.TITLE && ctx.level[i + 2] && /^\.? $/.test(ctx.gap(i + 2)) && /\p{Lu}{3}/u.test(t.text) && !ctx.inCaps(i) && ctx.isNameish(i) && !(ctx.flagsAt(i) & NEVER_NAME_FLAGS)) {
    mark(ctx, i, 'person.surname-first');
    // The title sits inside the record's name ("McKELLAR, Mrs Catriona"): masked with it.
    mark(ctx, i + 1, 'person.surname-first');
    return;
  }
  if (ctx.level[i]) return;
  const c = ctx.classOf(i);
  if (ctx.flagsAt(i) & NEVER_NAME_FLAGS || !(c === 'strong' || c === 'unknown' || c === 'ambiguous' || c === 'word')) return;
  // The first name is a listed first name, or a word in no list when the family name is not an ordinary word.
  const listedFirst = ctx.flagsAt(i + 1) & (F.FIRST | F.AMBIG_FIRST) && (ctx.classOf(i + 1) === 'strong' || ctx.level[i + 1]);
  const unknownPair = ctx.classOf(i + 1) === 'unknown' && c !== 'word' && ctx.token(i + 1)!.key.length >= 3;
  if (!listedFirst && !unknownPair) return;
  // A note's header closes the name with a bracket, a comma, a dash or the line's end ("TEWOLDE, Lemlem - rang").
  if (i + 2 < ctx.n && !/^\s*[(,;\n]|^\s*[.:]\s*(?:\n|$)|^\s+[-–—]\s/.test(ctx.gap(i + 2))) return;
  mark(ctx, i, 'person.surname-first');
  mark(ctx, i + 1, 'person.surname-first');
}

/**
 * "Pt rang, AKHTAR Nasreen": a listed family name in capitals beside a name found, in a sentence
 * that is not in capitals. A note's header line may open with a family name in no list
 * ("BHATTACHARJEE Dilruba, DOB ..."): a long word in capitals, before a name found and a comma.
 */
function capitalSurnameBeside(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.level[i] || t.shape !== 'upper' || ctx.inCaps(i) || t.key.length < 3) return;
  const before = ctx.level[i - 1] && ctx.gap(i) === ' ' && ctx.token(i - 1)!.shape === 'title';
  const after = ctx.level[i + 1] && ctx.gap(i + 1) === ' ' && ctx.token(i + 1)!.shape === 'title';
  const listed = ctx.classOf(i) === 'strong';
  const headerSurname = ctx.classOf(i) === 'unknown' && t.key.length >= 6 && t.sentenceStart && after && /^\s*[,(]/.test(ctx.gap(i + 2));
  if ((listed && (before || after)) || headerSurname) mark(ctx, i, 'person.surname-capitals');
}

/** After a word in brackets: "to everyone)", "to us)", "for short)". */
function nicknameAfter(ctx: PersonContext, i: number): boolean {
  const a = ctx.token(i + 1)?.key;
  const b = ctx.token(i + 2)?.key;
  if (!/^\s?\)/.test(ctx.gap(i + 3) || ')')) return false;
  return (a === 'to' && (b === 'everyone' || b === 'us' || b === 'me' || b === 'friends' || b === 'family' || b === 'all')) || (a === 'for' && b === 'short');
}

/** "G. Haile (Mr)", "Ms Oduya (Blessing)", 'Gerard ("Gerry")': what a bracket after a name holds, or names. */
function bracketAfterName(ctx: PersonContext, i: number): void {
  const gap = ctx.gap(i);
  if (!gap.includes('(') || !/^\s?\(\s?["'“]?$/.test(gap)) return;
  const inside = ctx.token(i)!;
  if (BRACKET_TITLES.has(inside.key) && /^\.?\)/.test(ctx.gap(i + 1))) {
    // A title in brackets: the capitalised words just before it are the name.
    let k = i - 1;
    while (k >= 0 && i - k <= 3 && (ctx.isCapitalised(k) || isInitial(ctx.token(k)!.text)) && !(ctx.flagsAt(k) & NEVER_NAME_FLAGS) && ctx.classOf(k) !== 'place') {
      mark(ctx, k, 'person.bracket-title');
      if (!/^\.?\s$|^-$/.test(ctx.gap(k))) break;
      k--;
    }
    return;
  }
  // "Zize (Sumin to everyone)", "Robert (Bobby for short)": a nickname in brackets after a name.
  if (i > 0 && ctx.isCapitalised(i) && ctx.isCapitalised(i - 1) && !ctx.level[i - 1] && nicknameAfter(ctx, i)) {
    const c = ctx.classOf(i - 1);
    if (!(ctx.flagsAt(i - 1) & NEVER_NAME_FLAGS) && (c === 'strong' || c === 'unknown' || c === 'ambiguous')) {
      mark(ctx, i - 1, 'person.nickname');
      mark(ctx, i, 'person.nickname');
    }
  }
  // "Yusra (Mrs Elmi) called back": a title and a name in brackets after a first name.
  if (BRACKET_TITLES.has(inside.key) && i > 0 && !ctx.level[i - 1] && ctx.isCapitalised(i - 1) && bracketCloses(ctx, i + 1)) {
    const c = ctx.classOf(i - 1);
    if (!(ctx.flagsAt(i - 1) & NEVER_NAME_FLAGS) && (c === 'strong' || c === 'unknown' || (c === 'ambiguous' && ctx.flagsAt(i - 1) & F.AMBIG_FIRST))) mark(ctx, i - 1, 'person.bracket-title');
  }
  // The name just before the bracket, or before a verb of calling: "Mrs Nowak rang (Halszka) re: ...".
  const named = i > 0 && (ctx.level[i - 1] || (i > 1 && ctx.level[i - 2] && ctx.flagsAt(i - 1) & F.PERSON_VERB && ctx.gap(i - 1) === ' '));
  if (!named || !ctx.isCapitalised(i)) return;
  let last = i;
  while (last + 1 < ctx.n && last - i < 2 && ctx.gap(last + 1) === ' ' && ctx.isCapitalised(last + 1)) last++;
  if (!/^["'”]?\)/.test(ctx.gap(last + 1))) return;
  for (let k = i; k <= last; k++) {
    const c = ctx.classOf(k);
    // "(Thu Ha)": a weekday or month that is a given name counts when another name word follows it in the bracket.
    const calendarName = c === 'calendar' && k < last && ctx.flagsAt(k) & F.AMBIG_FIRST;
    if ((ctx.flagsAt(k) & NEVER_NAME_FLAGS && !calendarName) || !(c === 'strong' || c === 'unknown' || c === 'ambiguous' || ctx.flagsAt(k) & F.AMBIG_FIRST)) return;
  }
  for (let k = i; k <= last; k++) mark(ctx, k, 'person.bracket-name');
}

/** A bracket holding a title and one to three name words closes after them: "(Mrs Elmi)", "(Dr A. Osei)". */
function bracketCloses(ctx: PersonContext, k: number): boolean {
  for (let m = k; m < ctx.n && m - k < 3; m++) {
    if (!ctx.isCapitalised(m) && !isInitial(ctx.token(m)!.text)) return false;
    if (/^\.?\)/.test(ctx.gap(m + 1))) return true;
    if (!/^\.?\s$/.test(ctx.gap(m + 1))) return false;
  }
  return false;
}

/** "Abu and I are separated", "me and Kez went": a word paired with "I" or "me" is a person. */
function pairedWithSelf(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.level[i] || t.shape !== 'title' || t.key.length < 2 || (ctx.token(i + 1)?.key !== 'and' && ctx.token(i - 1)?.key !== 'and')) return;
  if (ctx.level[i]) return;
  const c = ctx.classOf(i);
  if (ctx.flagsAt(i) & NEVER_NAME_FLAGS || !(c === 'strong' || c === 'unknown' || (ctx.flagsAt(i) & F.AMBIG_FIRST && c !== 'word'))) return;
  if (ctx.precededByPlaceWord(i)) return; // "she lives in Pudsey and I visit"
  const before = ctx.token(i - 2);
  const after = ctx.token(i + 2);
  const xAndI = ctx.token(i + 1)?.key === 'and' && after !== undefined && (after.text === 'I' || after.key === 'me') && ctx.gap(i + 1) === ' ' && ctx.gap(i + 2) === ' ';
  const meAndX = before !== undefined && before.key === 'me' && ctx.token(i - 1)?.key === 'and' && ctx.gap(i) === ' ' && ctx.gap(i - 1) === ' ';
  if (xAndI || meAndX) ctx.markName(i, LEVEL_HIGH, 'person.paired');
}

/** "Priti, Angela and Roxanne on reception": the other capitalised names in a list with names found. */
function listedWithNames(ctx: PersonContext): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!ctx.level[i]) continue;
    // Walk the list this name is in: words joined by ", " or " and ".
    const members = [i];
    for (let k = i; ;) {
      const gap = ctx.gap(k + 1);
      const next = /^,\s$/.test(gap) ? k + 1 : gap === ' ' && ctx.token(k + 1)?.key === 'and' && ctx.gap(k + 2) === ' ' ? k + 2 : -1;
      if (next < 0 || next >= ctx.n) break;
      members.push(next);
      k = next;
    }
    for (let k = i; ;) {
      const gap = ctx.gap(k);
      const previous = /^,\s$/.test(gap) ? k - 1 : gap === ' ' && ctx.token(k - 1)?.key === 'and' && ctx.gap(k - 1) === ' ' ? k - 2 : -1;
      if (previous < 0) break;
      members.unshift(previous);
      k = previous;
    }
    if (members.length < 3) continue;
    const nameLike = (k: number): boolean => {
      const c = ctx.classOf(k);
      return ctx.token(k)!.shape === 'title' && !(ctx.flagsAt(k) & NEVER_NAME_FLAGS) && (ctx.level[k]! > 0 || c === 'strong' || c === 'unknown' || (c === 'ambiguous' && (ctx.flagsAt(k) & F.AMBIG_FIRST) !== 0));
    };
    const named = members.filter((k) => ctx.level[k]).length;
    if (named * 2 < members.length || !members.every(nameLike)) continue;
    for (const k of members) mark(ctx, k, 'person.list-of-names');
  }
}

/** Labels in notes before a name and a colon: "Caller: ...", "Rang: ...", "correction: ...". */
const NAME_LABELS = new Set([
  'name', 'names', 'caller', 'rang', 'called', 'patient', 'pt', 'client', 'contact', 'spoke', 'correction', 'corrected', 'carer',
  'nok', 'resident', 'complainant', 'requester', 'interpreter', 'advocate', 'referrer', 'gp', 'consultant',
]);

/** "Mum: Koncanla Tinfa, dob ...", "Rang: Kaben Dicenfe.", "the outreach worker: Junbu Girun says": a name after a label. */
function afterLabel(ctx: PersonContext, i: number): void {
  const label = ctx.token(i)!;
  if (label.possessive || !LABEL_COLON_GAP.test(ctx.gap(i + 1)) || i + 1 >= ctx.n) return;
  if (!(NAME_LABELS.has(label.key) || ctx.flagsAt(i) & (F.KIN | F.ROLE)) || (label.shape === 'upper' && !ctx.inCaps(i))) return;
  const first = i + 1;
  if (ctx.level[first] || ctx.token(first)!.shape === 'lower') return;
  const last = nameFrom(ctx, first);
  if (last < 0) return;
  // The name is all the label gives: it ends at punctuation, a bracket, a line break or a verb of saying.
  const after = ctx.token(last + 1);
  const closed = !after || /[,.;:!?()\n]/.test(ctx.gap(last + 1)) || (ctx.flagsAt(last + 1) & F.PERSON_VERB) !== 0;
  if (!closed) return;
  for (let k = first; k <= last; k++) mark(ctx, k, 'person.label');
}

const CALLERS = new Set(['i', 'we', 'everyone', 'everybody', 'they', 'she', 'he', 'people', 'staff']);
const CALLING = new Set(['call', 'calls', 'called', 'know', 'knew']);
const OBJECTS = new Set(['her', 'him', 'them', 'me', 'us', 'it']);

/** "Auntie Siew as I call her", "Nana Jo, as we called her": the capitalised words before are the name she goes by. */
function asTheyCallThem(ctx: PersonContext, i: number): void {
  const object = ctx.token(i + 3);
  if (ctx.token(i)!.key !== 'as' || i === 0 || !object || !CALLERS.has(ctx.token(i + 1)!.key) || !CALLING.has(ctx.token(i + 2)!.key) || !OBJECTS.has(object.key)) return;
  if (!COMMA_OR_SPACE_GAP.test(ctx.gap(i)) || ctx.gap(i + 1) !== ' ' || ctx.gap(i + 2) !== ' ' || ctx.gap(i + 3) !== ' ') return;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const c = ctx.classOf(k);
    if (!ctx.isCapitalised(k) || ctx.flagsAt(k) & NEVER_NAME_FLAGS || c === 'none' || c === 'place') break;
    mark(ctx, k, 'person.called');
    if (ctx.gap(k) !== ' ') break;
  }
}

/** "preeti is my name", "Kez is my name by the way": the name before "is my name". */
function isMyName(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.level[i] || ctx.token(i + 1)?.key !== 'is' || ctx.token(i + 2)?.key !== 'my' || ctx.token(i + 3)?.key !== 'name') return;
  if (ctx.gap(i + 1) !== ' ' || ctx.gap(i + 2) !== ' ' || ctx.gap(i + 3) !== ' ') return;
  if (ctx.level[i]) return;
  const c = ctx.classOf(i);
  if (ctx.flagsAt(i) & NEVER_NAME_FLAGS || !(c === 'strong' || c === 'unknown' || (c === 'ambiguous' && ctx.flagsAt(i) & F.AMBIG_FIRST)) || t.key.length < 2) return;
  mark(ctx, i, 'person.introduction');
}

/** Short forms of given names written before a family name: "Md. Shahjahan", "Mohd Rafiq", "Wm. Hartley". */
const GIVEN_NAME_SHORT_FORMS = new Set(['Md', 'MD', 'Mohd', 'Muhd', 'Mhd', 'Wm', 'Thos', 'Chas', 'Jas', 'Geo', 'Jno']);

/** "spelt H-E-A-L-E-Y", "my name: N-W-A-C-H-U-K-W-U": a word spelled out letter by letter is a name being given. */
const SPELLED_OUT = /^\p{L}(?:-\p{L}){3,}$/u;
const SPELLING_CUES = new Set(['spell', 'spelt', 'spelled', 'spelling', 'spells', 'name', 'surname']);

function spelledOut(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.level[i] || !SPELLED_OUT.test(t.text)) return;
  let cued = false;
  for (let k = i - 1; k >= 0 && i - k <= 8 && !cued; k--) cued = SPELLING_CUES.has(ctx.token(k)!.key);
  ctx.level[i] = cued ? LEVEL_HIGH : LEVEL_LOW;
  ctx.rules[i] = 'person.spelled-out';
}

/** Initials joined to a name found: "G. Haile", "K. Oduya-Marsh", "m.kowalska", "Preeti K)". */
function attachInitials(ctx: PersonContext): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!ctx.level[i]) continue;
    for (let k = i - 1; k >= 0 && i - k <= 2; k--) {
      const t = ctx.token(k)!;
      const gap = ctx.gap(k + 1);
      const capital = /^\p{Lu}$/u.test(t.text);
      // "Md. Shahjahan", "Mohd Rafiq": a written short form of a given name.
      const shortForm = GIVEN_NAME_SHORT_FORMS.has(t.text) && /^\.? $/.test(gap);
      if (shortForm && !ctx.level[k]) {
        markInitial(ctx, k, ctx.rules[i]);
        continue;
      }
      if (!isInitial(t.text) || ctx.level[k] || !(gap === '.' || (capital && (gap === '. ' || (gap === ' ' && t.text !== 'A' && t.text !== 'I'))))) break;
      markInitial(ctx, k, ctx.rules[i]);
    }
    const next = ctx.token(i + 1);
    // "Preeti K", "From: Ngozi A. <ngozi.a@...>": an initial after a name, closing it ("A" and "I" only with a full stop).
    const closes = /^\.?\s?(?:[),;\n<]|$)/.test(ctx.gap(i + 2) || '');
    const letter = next !== undefined && /^\p{Lu}$/u.test(next.text) && ((next.text !== 'I' && next.text !== 'A') || (ctx.gap(i + 2) || '.').startsWith('.'));
    if (next && !ctx.level[i + 1] && letter && ctx.gap(i + 1) === ' ' && closes) markInitial(ctx, i + 1, ctx.rules[i]);
  }
}

/** Rules for names as notes and registers write them; initials run last, after propagation (see index.ts). */
export function applyRegisterRules(ctx: PersonContext): void {
  for (let i = 0; i < ctx.n; i++) {
    surnameFirst(ctx, i);
    spelledOut(ctx, i);
    capitalSurnameBeside(ctx, i);
    bracketAfterName(ctx, i);
    pairedWithSelf(ctx, i);
    asTheyCallThem(ctx, i);
    isMyName(ctx, i);
    afterLabel(ctx, i);
  }
  listedWithNames(ctx);
}

export { attachInitials };
