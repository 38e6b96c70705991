import { F } from '../../lexicon/lexicon';
import type { Detection } from '../../types';
import { detectionStarts, LEVEL_HIGH, NEVER_NAME_FLAGS, type PersonContext } from './context';
import { afterKnownAs } from './cues';

// Names in the informal places people put them: joined to a name already found ("fiona and
// dee were angels"), just before the number to call them on ("contact me ade on 07..."),
// and nicknames made with a family word ("known to everyone as Nana Eve").

const MIN_NAME_LENGTH = 3;

/** A listed name, written like its partner: "fiona and dee", "Ama and Kofi". */
function listedLike(ctx: PersonContext, k: number, partner: number): boolean {
  const t = ctx.token(k);
  const p = ctx.token(partner);
  if (!t || !p || ctx.level[k] || t.shape !== p.shape || t.key.length < MIN_NAME_LENGTH) return false;
  return ctx.classOf(k) === 'strong' && !(ctx.flagsAt(k) & NEVER_NAME_FLAGS) && !ctx.followedByFacility(k);
}

/** "fiona and dee were angels", "dee & fiona": a listed name joined by "and" to a name found is a name. */
function coordinatedNames(ctx: PersonContext): void {
  for (let i = 0; i < ctx.n; i++) {
    if (!ctx.level[i] || ctx.token(i)!.possessive) continue;
    const and = ctx.token(i + 1);
    const joined = and !== undefined && and.key === 'and' && ctx.gap(i + 1) === ' ' && ctx.gap(i + 2) === ' ';
    const ampersand = /^ & $/.test(ctx.gap(i + 1));
    if (joined && listedLike(ctx, i + 2, i)) ctx.markName(i + 2, LEVEL_HIGH, 'person.coordinated');
    else if (ampersand && listedLike(ctx, i + 1, i)) ctx.markName(i + 1, LEVEL_HIGH, 'person.coordinated');
    const before = ctx.token(i - 1);
    if (before?.key === 'and' && ctx.gap(i) === ' ' && ctx.gap(i - 1) === ' ' && listedLike(ctx, i - 2, i)) ctx.markName(i - 2, LEVEL_HIGH, 'person.coordinated');
  }
}

/** Words before a name given with the number to reach them: "contact me ade on", "ring Kez on", "text me, Bo, on". */
const REACH_WORDS = new Set(['me', 'ring', 'call', 'phone', 'text', 'contact', 'message', 'whatsapp', 'for', 'try']);
/** Between a name and its number without "on" or "at": "Kez - 07700...", "Bo: 020...". */
const DASH_OR_COLON = /^ ?[-–:] ?$/;

/** Where the number after the name at i starts: "ade on 07700", "Kez - 07700". */
function numberStartAfter(ctx: PersonContext, i: number): number | undefined {
  const link = ctx.token(i + 1);
  if (!link) return undefined;
  if ((link.key === 'on' || link.key === 'at') && ctx.gap(i + 1) === ' ' && ctx.gap(i + 2) === ' ') return ctx.token(i + 2)?.start;
  return DASH_OR_COLON.test(ctx.gap(i + 1)) ? link.start : undefined;
}

/** "please contact me ade on 07700...", "ask for Ploy on 020...": a name just before a phone number. */
function nameBeforeNumber(ctx: PersonContext, others: readonly Detection[]): void {
  const phoneStarts = detectionStarts(others, 'PHONE');
  if (phoneStarts.size === 0) return;
  for (let i = 1; i + 1 < ctx.n; i++) {
    const t = ctx.token(i)!;
    if (ctx.level[i] || t.key.length < MIN_NAME_LENGTH || t.shape === 'upper' || t.possessive) continue;
    const numberAt = numberStartAfter(ctx, i);
    if (numberAt === undefined || !phoneStarts.has(numberAt)) continue;
    if (!REACH_WORDS.has(ctx.token(i - 1)!.key) || !/^,? $/.test(ctx.gap(i))) continue;
    const c = ctx.classOf(i);
    const lowercaseOk = t.shape !== 'lower' || ctx.analysis.lowercaseStyle;
    // "contact me tuta on 07...": after "me", the writer's own name, listed or not.
    const selfNamed = c === 'unknown' && (t.shape === 'title' || ctx.token(i - 1)!.key === 'me');
    if (lowercaseOk && (c === 'strong' || selfNamed)) ctx.markName(i, LEVEL_HIGH, 'person.contact');
  }
}

/**
 * "known to everyone as Nana Eve": a nickname made of a family word and a name is the name
 * people use, so the family word is masked with it, there and wherever the pair recurs.
 */
function familyNicknames(ctx: PersonContext): void {
  for (let i = 0; i < ctx.n; i++) {
    const j = afterKnownAs(ctx, i);
    const kin = ctx.token(j);
    const name = ctx.token(j + 1);
    if (!kin || !name || !(ctx.flagsAt(j) & F.KIN) || kin.shape !== 'title' || ctx.gap(j) !== ' ' || ctx.gap(j + 1) !== ' ' || !ctx.isCapitalised(j + 1)) continue;
    const c = ctx.classOf(j + 1);
    if (!ctx.level[j + 1] && c !== 'strong' && c !== 'unknown' && c !== 'ambiguous') continue;
    for (let k = 0; k + 1 < ctx.n; k++) {
      if (ctx.token(k)!.key !== kin.key || ctx.token(k + 1)!.key !== name.key || ctx.gap(k + 1) !== ' ' || !ctx.isCapitalised(k + 1)) continue;
      for (const m of [k, k + 1]) {
        ctx.level[m] = LEVEL_HIGH;
        ctx.rules[m] = 'person.nickname';
      }
    }
  }
}

/** Post-nominal titles of elected members: "Office of Jane Doe MP", "Cllr Sam Ojo AM". */
const ELECTED_AFTER = new Set(['mp', 'msp', 'ms', 'mla', 'mep']);

/** "Office of Fika Pibun MP": the one or two capitalised name words before an elected member's letters. */
function nameBeforeElectedTitle(ctx: PersonContext): void {
  for (let i = 1; i < ctx.n; i++) {
    const t = ctx.token(i)!;
    if (t.shape !== 'upper' || !ELECTED_AFTER.has(t.key) || ctx.gap(i) !== ' ' || ctx.inCaps(i)) continue;
    if (t.key === 'ms' && ctx.isCapitalised(i + 1)) continue; // "Ms Kaur" is a title before a name
    const first = ctx.gap(i - 1) === ' ' && ctx.isCapitalised(i - 2) && nameWord(ctx, i - 2) ? i - 2 : i - 1;
    if (!ctx.isCapitalised(i - 1) || !nameWord(ctx, i - 1)) continue;
    for (let k = first; k < i; k++) {
      ctx.level[k] = LEVEL_HIGH;
      ctx.rules[k] = 'person.elected';
    }
  }
}

function nameWord(ctx: PersonContext, k: number): boolean {
  const c = ctx.classOf(k);
  return !(ctx.flagsAt(k) & NEVER_NAME_FLAGS) && (c === 'strong' || c === 'unknown' || c === 'ambiguous' || ctx.level[k]! > 0);
}

/** "remove the resident's first name (Rigo)", "surname: (Okoro)": a name in brackets after the word "name". */
function bracketAfterNameWord(ctx: PersonContext): void {
  for (let i = 0; i + 1 < ctx.n; i++) {
    const t = ctx.token(i)!;
    if ((t.key !== 'name' && t.key !== 'surname' && t.key !== 'forename') || !/^ ?\($/.test(ctx.gap(i + 1))) continue;
    let last = i + 1;
    while (last - i < 3 && ctx.isCapitalised(last) && nameWord(ctx, last) && ctx.gap(last + 1) === ' ') last++;
    if (!ctx.isCapitalised(last) || !nameWord(ctx, last) || !/^\)/.test(ctx.gap(last + 1) || ')')) continue;
    for (let k = i + 1; k <= last; k++) {
      ctx.level[k] = LEVEL_HIGH;
      ctx.rules[k] = 'person.bracket-name';
    }
  }
}

const THIRD_PERSON_POSSESSIVES = new Set(['his', 'her', 'their', 'hes', 'shes']);

/** A word said to be a name: no number or cue word ("a man", "the nurse"); an ordinary word only when `words`. */
function nameCandidate(ctx: PersonContext, k: number, words: boolean): boolean {
  const t = ctx.token(k);
  if (!t || ctx.level[k] || t.key.length < MIN_NAME_LENGTH || ctx.flagsAt(k) & NEVER_NAME_FLAGS) return false;
  return ctx.isNameish(k) || (words && ctx.classOf(k) === 'word');
}

/**
 * "the pharmacist amir? i think his name was", "breezy by name and nature": a word the
 * writer then says is a name.
 */
function saidToBeAName(ctx: PersonContext): void {
  for (let i = 1; i + 1 < ctx.n; i++) {
    if (ctx.token(i)!.key !== 'name') continue;
    const after = ctx.token(i + 1)!.key;
    // "X by name and nature"; not "knew every family by name", "they know him by name".
    if (ctx.token(i - 1)!.key === 'by' && ctx.gap(i) === ' ' && /^\s$/.test(ctx.gap(i - 1)) && after === 'and' && ctx.token(i + 2)?.key === 'nature') {
      if (nameCandidate(ctx, i - 2, true)) ctx.markName(i - 2, LEVEL_HIGH, 'person.by-name');
      continue;
    }
    // "X? i think his name was", "X, her name is" at the end of a clause; not "what her name was",
    // nor "the desk, her name was" (an ordinary word needs the idiom above).
    if (!THIRD_PERSON_POSSESSIVES.has(ctx.token(i - 1)!.key) || (after !== 'was' && after !== 'is')) continue;
    if (ctx.token(i + 2) && !/[,.!?;\n]/.test(ctx.gap(i + 2))) continue;
    let k = i - 2;
    if (ctx.token(k)?.key === 'think' && ctx.token(k - 1)?.key === 'i') k -= 2;
    if (k >= 0 && /^[?,]\s$/.test(ctx.gap(k + 1)) && nameCandidate(ctx, k, false)) ctx.markName(k, LEVEL_HIGH, 'person.name-after');
  }
}

const OWNERS = new Set(['my', 'our']);
const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/**
 * "brill with my kayden he wasnt scared": a listed name written in lowercase, between "my" and
 * the pronoun standing for it, even in text that capitalises its other names.
 */
function ownedNameBeforePronoun(ctx: PersonContext): void {
  for (let i = 1; i + 1 < ctx.n; i++) {
    const t = ctx.token(i)!;
    if (ctx.level[i] || t.shape !== 'lower' || t.key.length < MIN_NAME_LENGTH + 1 || ctx.classOf(i) !== 'strong' || ctx.flagsAt(i) & F.WORD) continue;
    if (!OWNERS.has(ctx.token(i - 1)!.key) || ctx.gap(i) !== ' ' || !SUBJECT_PRONOUNS.has(ctx.token(i + 1)!.key) || !/^,? $/.test(ctx.gap(i + 1))) continue;
    ctx.markName(i, LEVEL_HIGH, 'person.owned-before-pronoun');
  }
}

export function applyInformalRules(ctx: PersonContext, others: readonly Detection[]): void {
  familyNicknames(ctx);
  nameBeforeElectedTitle(ctx);
  bracketAfterNameWord(ctx);
  nameBeforeNumber(ctx, others);
  coordinatedNames(ctx);
  saidToBeAName(ctx);
  ownedNameBeforePronoun(ctx);
}
