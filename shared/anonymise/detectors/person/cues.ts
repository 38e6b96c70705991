import { F } from '../../lexicon/lexicon';
import { LEVEL_HIGH, type PersonContext } from './context';

// Cue rules: words around a name that say it is a person. Each returns nothing and marks
// names on the context. Cues accept lowercase names and words that are also names
// ("my son tanvir", "the midwife Hope"), which bare capitalisation never does.

const COPULA = new Set(['is', 'was', 'called', 'named']);
const SELF = new Set(["i'm", 'im']);
const NAME_WORDS = new Set(['name', 'names', 'nickname']);
const PREPOSITIONS_AFTER_VERB = new Set(['to', 'for', 'with', 'by', 'from']);
const WORKPLACE_PREPOSITIONS = new Set(['on', 'at', 'from', 'in']);
const ARTICLES = new Set(['the', 'our', 'my', 'a', 'an', 'their', 'your', 'his', 'her']);
const POSSESSIVES = new Set(['our', 'my', 'their', 'your', 'his', 'her']);
const QUOTE_GAP = /^\s{0,2}["'“‘]?\s{0,2}$/;
const SPACE_OR_COMMA = /^\s{0,2},?\s{1,2}$/;
const AFTER_APPOSITIVE = new Set(['who', 'was', 'is', 'has', 'had', 'said', 'says', 'and']);
const MAX_CLAUSE_LOOKBACK = 12;

function isSpace(gap: string): boolean {
  return gap === ' ';
}

/** Skips initials after a title: "Dr A. Khan", "Mr J Smith". */
function skipInitials(ctx: PersonContext, j: number): number {
  let k = j;
  while (ctx.token(k) && /^\p{Lu}$/u.test(ctx.token(k)!.text) && /^\.?\s$/.test(ctx.gap(k + 1)) && k - j < 2) k++;
  return k;
}

function markAfter(ctx: PersonContext, j: number, cue: Parameters<PersonContext['accepts']>[1], rule: string): void {
  if (!ctx.accepts(j, cue)) return;
  const last = ctx.markName(j, LEVEL_HIGH, rule);
  if (cue !== 'title' && ctx.followedByFacility(last)) undoName(ctx, j, last);
}

/** A cue fired but the "name" turned out to head a street or a service ("called Harrow Council"). */
function undoName(ctx: PersonContext, first: number, last: number): void {
  for (let k = first; k <= last; k++) {
    ctx.level[k] = 0;
    ctx.rules[k] = undefined;
  }
}

/** "Dr Okafor", "Nurse Pat", "mrs malik", "Dr. A. Khan". */
function titleCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  const flags = ctx.flagsAt(i);
  if (!(flags & F.TITLE)) return;
  if (t.shape === 'lower' && !(flags & F.LOWER_TITLE)) return;
  if (t.shape === 'upper' && !ctx.inCaps(i)) return; // "MS" in normal text is multiple sclerosis
  if (t.possessive) return;
  const gap = ctx.gap(i + 1);
  if (gap !== ' ' && gap !== '. ' && gap !== '.') return;
  const name = skipInitials(ctx, i + 1);
  markAfter(ctx, name, 'title', 'person.title');
  // Initials between the title and the name are part of the name ("Dr A. Khan").
  if (ctx.level[name]) {
    for (let k = i + 1; k < name; k++) {
      ctx.level[k] = ctx.level[name]!;
      ctx.rules[k] = 'person.title';
    }
  }
}

/** "my son Tanvir", "her husband, Abdul Karim Miah,", "mother is Senait", "My brother is Mahad Abdi". */
function kinshipCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (!(ctx.flagsAt(i) & F.KIN) || t.possessive) return;
  const gap = ctx.gap(i + 1);
  const next = ctx.token(i + 1);
  if (!next) return;
  if (isSpace(gap)) markAfter(ctx, i + 1, 'kin', 'person.kinship');
  else if (SPACE_OR_COMMA.test(gap)) markAfter(ctx, i + 1, 'kin-comma', 'person.kinship');
  // "mother is Senait" but not "my mother is Jamaican": after "is" only a name-like word counts.
  if (isSpace(gap) && COPULA.has(next.key) && isSpace(ctx.gap(i + 2))) markAfter(ctx, i + 2, 'appositive', 'person.kinship');
}

/** "I'm Bilal", "I am Parisa Hosseini", "my name is Ionela Popescu", "His name is Merhawi Tekle". */
function introductionCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  let j = -1;
  let cue: 'intro' | 'name-is' = 'intro';
  if (SELF.has(t.key)) j = i + 1;
  else if (t.key === 'i' && ctx.token(i + 1)?.key === 'am' && isSpace(ctx.gap(i + 1))) j = i + 2;
  else if (NAME_WORDS.has(t.key)) {
    cue = 'name-is';
    const next = ctx.token(i + 1);
    j = next && (next.key === 'is' || next.key === 'was') && isSpace(ctx.gap(i + 1)) ? i + 2 : i + 1;
    if (t.possessive) j = i + 1; // "name's Kelly"
  }
  if (j < 0 || !/^\s{1,2}$|^:\s{0,2}$/.test(ctx.gap(j))) return;
  if (ctx.token(j)?.shape === 'lower' && ctx.classOf(j) !== 'strong') return;
  markAfter(ctx, j, cue, 'person.introduction');
}

/** "called Gavin", "named Hope", "known as Maxi", "go by 'Danni'". */
function calledCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  let j = -1;
  if (ctx.flagsAt(i) & F.INTRODUCER) j = i + 1;
  else if (t.key === 'known' && ctx.token(i + 1)?.key === 'as') j = i + 2;
  else if ((t.key === 'go' || t.key === 'goes') && ctx.token(i + 1)?.key === 'by') j = i + 2;
  if (j < 0 || !QUOTE_GAP.test(ctx.gap(j)) || ctx.gap(j).length === 0) return;
  markAfter(ctx, j, 'called', 'person.called');
}

/** "the midwife Hope", "Pharmacist Oluwaseun", "the receptionist, Kelly,", "His social worker was Chidi Okonkwo". */
function roleCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (!(ctx.flagsAt(i) & F.ROLE) || t.possessive || t.shape === 'upper') return;
  const gap = ctx.gap(i + 1);
  const next = ctx.token(i + 1);
  if (!next) return;
  if (isSpace(gap)) markAfter(ctx, i + 1, t.shape === 'lower' ? 'role' : 'appositive', 'person.role');
  else if (/^,\s{1,2}$/.test(gap)) {
    // "the coordinator, Knight, at": a word set off by commas after a role is a name.
    const closed = /^[,.;:)]/.test(ctx.gap(i + 2).trimStart());
    markAfter(ctx, i + 1, closed ? 'role' : 'appositive', 'person.role');
  }
  if (isSpace(gap) && (next.key === 'was' || next.key === 'is') && isSpace(ctx.gap(i + 2)) && ctx.isCapitalised(i + 2)) {
    markAfter(ctx, i + 2, 'role', 'person.role');
  }
}

/** ", Dawn," after "The manager at the care agency": a name set off by commas in a clause about a role. */
function appositiveCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (t.sentenceStart || ctx.level[i] || !/^,\s{1,2}$/.test(ctx.gap(i)) || !ctx.isCapitalised(i)) return;
  let hasRole = false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_CLAUSE_LOOKBACK; k--) {
    if (ctx.flagsAt(k) & (F.ROLE | F.KIN) && ctx.token(k)!.shape !== 'upper') {
      hasRole = true;
      break;
    }
    if (ctx.token(k)!.sentenceStart) break;
  }
  if (!hasRole || !(ctx.accepts(i, 'appositive') || ctx.isWordName(i))) return;
  let last = i;
  while (last + 1 < ctx.n && ctx.gap(last + 1) === ' ' && ctx.isCapitalised(last + 1) && ctx.isNameish(last + 1) && last - i < 3) last++;
  const after = ctx.token(last + 1);
  const gapAfter = ctx.gap(last + 1);
  const closedByPunctuation = !after || /[,.;:!?)]/.test(gapAfter);
  if (!closedByPunctuation && !AFTER_APPOSITIVE.has(after.key)) return;
  // ", Honey," set off by commas after a role is a name even when it is also a word.
  markAfter(ctx, i, closedByPunctuation && ctx.isWordName(i) ? 'role' : 'appositive', 'person.appositive');
}

/** "Ray the porter", "Dean, the health adviser", "April, the student midwife," "Kelly, a nurse on the ward". */
function nameThenRoleCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (!ctx.isCapitalised(i) || ctx.level[i]) return;
  const article = ctx.token(i + 1);
  if (!article || !ARTICLES.has(article.key) || !SPACE_OR_COMMA.test(ctx.gap(i + 1))) return;
  let role = -1;
  // "Kelly, my daughter," counts as much as "Kelly, the receptionist,".
  const roleFlags = POSSESSIVES.has(article.key) ? F.ROLE | F.KIN : F.ROLE;
  for (let k = i + 2; k < ctx.n && k <= i + 5; k++) {
    if (!isSpace(ctx.gap(k))) break;
    if (ctx.flagsAt(k) & roleFlags && ctx.token(k)!.shape !== 'upper') {
      role = k;
      break;
    }
  }
  if (role < 0) return;
  // "In April, the midwife said" is a month; "April, the student midwife," is a person.
  if (ctx.classOf(i) === 'calendar' && (!t.sentenceStart || ctx.precededByPlaceWord(i))) return;
  if (!ctx.accepts(i, 'name-role')) return;
  ctx.markName(i, LEVEL_HIGH, 'person.name-role', true);
}

/** "Grace on reception", "Bill at the Lloyds pharmacy", "Kirsty from the IBD team". */
function workplaceCue(ctx: PersonContext, i: number): void {
  if (!ctx.isCapitalised(i) || ctx.level[i]) return;
  const c = ctx.classOf(i);
  if (c !== 'strong' && c !== 'ambiguous' && c !== 'unknown') return;
  const preposition = ctx.token(i + 1);
  if (!preposition || !WORKPLACE_PREPOSITIONS.has(preposition.key) || !isSpace(ctx.gap(i + 1))) return;
  for (let k = i + 2; k < ctx.n && k <= i + 5; k++) {
    if (!isSpace(ctx.gap(k))) return;
    const flags = ctx.flagsAt(k);
    if (flags & F.WORKPLACE) {
      if (ctx.precededByPlaceWord(i)) return;
      ctx.markName(i, LEVEL_HIGH, 'person.workplace', true);
      return;
    }
  }
}

/** "ask for Bisi", "spoke to Kelly", "thanks to Precious". */
function interactionCue(ctx: PersonContext, i: number): void {
  if (!(ctx.flagsAt(i) & F.INTERACTION)) return;
  let j = i + 1;
  if (ctx.token(j)?.key === 'you' && isSpace(ctx.gap(j))) j++; // "thank you to Sefton"
  const next = ctx.token(j);
  if (next && PREPOSITIONS_AFTER_VERB.has(next.key) && isSpace(ctx.gap(j))) j++;
  if (!isSpace(ctx.gap(j)) || !ctx.isBareCapitalised(j)) return;
  const c = ctx.classOf(j);
  if (c === 'ambiguous' && !(ctx.flagsAt(j) & F.AMBIG_FIRST)) return;
  markAfter(ctx, j, 'interaction', 'person.interaction');
}

export function applyCues(ctx: PersonContext): void {
  for (let i = 0; i < ctx.n; i++) {
    titleCue(ctx, i);
    kinshipCue(ctx, i);
    introductionCue(ctx, i);
    calledCue(ctx, i);
    roleCue(ctx, i);
  }
  // Rules that look at a capitalised word itself run after the cue words have claimed theirs.
  for (let i = 0; i < ctx.n; i++) {
    appositiveCue(ctx, i);
    nameThenRoleCue(ctx, i);
    workplaceCue(ctx, i);
    interactionCue(ctx, i);
  }
}
