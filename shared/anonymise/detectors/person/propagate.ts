import { F, getLexicon, ORDINARY_WORD_FLAGS } from '../../lexicon/lexicon';
import { IRREGULAR_PAST, LEVEL_LOW, type PersonContext } from './context';

/** Words after a sentence-initial "Will", "Hope", "May" or "Mark" that show it is the ordinary word. */
const WORD_USE_FOLLOWERS = new Set(['they', 'you', 'we', 'i', 'he', 'she', 'it', 'my', 'your', 'our', 'their', 'this', 'that', 'the', 'a', 'an', 'to', 'so', 'not', 'there', 'all', 'be']);

/** A name key and whether it can be matched in any case (it is not also an ordinary word or place). */
export type NameKeys = Map<string, boolean>;

/** Keys of every word marked as a name, for propagation within the text and the bundle. */
export function collectNameKeys(ctx: PersonContext, minimumLevel: number): NameKeys {
  const keys: NameKeys = new Map();
  for (let i = 0; i < ctx.n; i++) {
    if (ctx.level[i]! < minimumLevel) continue;
    const t = ctx.token(i)!;
    if (t.key.length < 2 || ctx.flagsAt(i) & F.PARTICLE || /^\p{Lu}$/u.test(t.text)) continue;
    const c = ctx.classOf(i);
    const anyCase = c === 'strong' || c === 'unknown';
    keys.set(t.key, (keys.get(t.key) ?? false) || anyCase);
    // "Durrani-Yusuf ... DURRANI": each part of a double-barrelled name is the name on its own.
    if (t.key.includes('-') && (t.shape === 'title' || t.shape === 'upper')) {
      for (const part of t.key.split('-')) {
        if (part.length < 3 || getLexicon().flagsOf(part) & (ORDINARY_WORD_FLAGS | F.PLACE | F.NON_PERSON | F.PARTICLE | F.AMBIG_FIRST | F.AMBIG_LAST)) continue;
        keys.set(part, true);
      }
    }
  }
  return keys;
}

/**
 * Masks every other mention of a known name: "Kelly" after "the receptionist, Kelly,".
 * A name that is also a word or a place ("Hope", "Victoria") is matched only where it
 * is capitalised and not used as a place ("the Victoria line", "round Victoria").
 */
/** Words before "to X" that make X a destination: "went to Paris", "moved to Lincoln". */
const MOTION_WORDS = new Set([
  'went', 'go', 'goes', 'going', 'gone', 'moved', 'move', 'moving', 'travelled', 'traveled', 'travel', 'flew', 'fly', 'flying', 'trip',
  'holiday', 'back', 'way', 'drive', 'drove', 'driving', 'visit', 'return', 'returned', 'returning', 'train', 'bus', 'flight', 'road',
  'route', 'came', 'come', 'coming', 'sent', 'transferred', 'referred', 'taken', 'took', 'emigrated', 'relocated', 'near', 'close',
]);

/** Verbs and nouns before "at" that aim at someone rather than name a place: "took one look at Poppy", "shouted at Kez". */
const AIMED_AT = new Set([
  'look', 'looks', 'looked', 'looking', 'glance', 'glanced', 'stare', 'stared', 'staring', 'smile', 'smiled', 'smiling', 'shout',
  'shouted', 'shouting', 'yell', 'yelled', 'yelling', 'laugh', 'laughed', 'laughing', 'snap', 'snapped', 'wave', 'waved', 'point',
  'pointed', 'swore', 'swear', 'screamed', 'scream', 'winked', 'nodded', 'frowned', 'tutted', 'barked', 'grinned',
]);

/** "I spoke to Jordan", "late to Lincoln": after "to", "with" or "for", a name found as a person is still the person. */
function personAfterPreposition(ctx: PersonContext, i: number): boolean {
  const previous = ctx.token(i - 1);
  if (previous?.key === 'at') return AIMED_AT.has(ctx.token(i - 2)?.key ?? '');
  if (!previous || !['to', 'with', 'for', 'by'].includes(previous.key)) return false;
  return !MOTION_WORDS.has(ctx.token(i - 2)?.key ?? '');
}

/** "breezy the midwife was": a name, then "the" and a role, is no word starting a sentence. */
function beforeItsRole(ctx: PersonContext, i: number): boolean {
  return ctx.token(i + 1)?.key === 'the' && (ctx.flagsAt(i + 2) & F.ROLE) !== 0 && ctx.gap(i + 1) === ' ' && ctx.gap(i + 2) === ' ';
}

export function propagateNames(ctx: PersonContext, keys: NameKeys, rule: string, capitalisedOnly = false, personKeys?: ReadonlySet<string>): void {
  if (keys.size === 0) return;
  // Word-names the writer wrote in lowercase ("grace noticed"), matched in lowercase too.
  const lowercaseKeys = capitalisedOnly || !ctx.analysis.lowercaseStyle ? null : lowercaseNameKeys(ctx, keys);
  for (let i = 0; i < ctx.n; i++) {
    if (ctx.level[i]) continue;
    const t = ctx.token(i)!;
    if (capitalisedOnly && t.shape !== 'title' && t.shape !== 'upper') continue;
    let key = t.key;
    let anyCase = keys.get(key);
    if (anyCase === undefined && key.length > 3 && key.endsWith('s') && !(ctx.flagsAt(i) & (F.FREQUENT | F.WORD))) {
      // "tyrones never let anyone": a possessive written without the apostrophe.
      key = key.slice(0, -1);
      anyCase = keys.get(key);
    }
    if (anyCase === undefined) continue;
    const c = ctx.classOf(i);
    if (c === 'none' || afterSaint(ctx, i)) continue;
    const capitalised = t.shape === 'title' || t.shape === 'upper';
    if (anyCase && !capitalisedOnly) {
      if (!capitalised && t.key.length < 3) continue;
      // "Ross McAllister ... McAllister Optometrists", but "Tamsin Ward" when Ward is a name found here too.
      if (ctx.followedByFacility(i) && !keys.has(ctx.token(i + 1)!.key)) continue;
    } else if (!capitalised && lowercaseKeys?.has(key)) {
      // "they gave grace someone elses bag": not "by the grace of god", "no hope", "i hope".
      if (ctx.followedByFacility(i) || wordUse(ctx, i)) continue;
      if (((WORD_USE_FOLLOWERS.has(ctx.token(i + 1)?.key ?? '') && t.sentenceStart) || startsAsWord(ctx, i)) && !beforeItsRole(ctx, i)) continue;
    } else {
      if (!capitalised) continue;
      if (ctx.followedByFacility(i)) continue;
      if (ctx.precededByPlaceWord(i) && !(personKeys?.has(key) && personAfterPreposition(ctx, i))) continue;
      // In capitals: "A BILL FOR", "I HOPE THE", "PROPER JACK OF ALL TRADES".
      if (t.shape === 'upper' && ctx.inCaps(i) && wordUse(ctx, i)) continue;
      if (t.sentenceStart && WORD_USE_FOLLOWERS.has(ctx.token(i + 1)?.key ?? '')) continue; // "Will they", "Hope you"
      if (startsAsWord(ctx, i)) continue;
    }
    ctx.markName(i, LEVEL_LOW, rule);
  }
}

/** Adverbs between a name and its verb ("Grace only noticed"). */
const ADVERBS = new Set(['just', 'only', 'then', 'also', 'finally', 'eventually', 'actually', 'even', 'still', 'really', 'always', 'never', 'literally', 'already', 'kindly']);

/**
 * "Memory loss is common", "Grace period ended", "Comfort food": a common word starting a
 * sentence before a noun is the word; before a verb ("Grace noticed", "Mercy cleaned") or
 * punctuation ("Memory, if this gets to you") it is the name.
 */
function startsAsWord(ctx: PersonContext, i: number): boolean {
  const t = ctx.token(i)!;
  const next = ctx.token(i + 1);
  if (!t.sentenceStart || !(ctx.flagsAt(i) & (F.FREQUENT | F.WORD)) || !next || ctx.gap(i + 1) !== ' ' || next.shape !== 'lower') return false;
  if (ctx.flagsAt(i + 1) & F.PERSON_VERB || ADVERBS.has(next.key) || next.key.endsWith('ed') || IRREGULAR_PAST.has(next.key) || next.key.endsWith("'s") || next.key.endsWith("'ll") || next.key.endsWith("'d")) return false;
  return true;
}

/** "St Thomas", "St George's": a saint's name is a hospital, a church or a place, not the person of the same name. */
function afterSaint(ctx: PersonContext, i: number): boolean {
  const previous = ctx.token(i - 1);
  return previous !== undefined && (previous.key === 'st' || previous.key === 'saint') && previous.shape !== 'lower' && /^\.? $/.test(ctx.gap(i));
}

/** Pronouns before a word used as a verb: "i hope", "we will". */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', "i'd", "i'll", 'ill', 'id', 'please']);

/** A word-name used as the ordinary word: after an article or a pronoun, or before "of". */
function wordUse(ctx: PersonContext, i: number): boolean {
  const previous = ctx.token(i - 1);
  if (previous && !ctx.token(i)!.sentenceStart && (ctx.flagsAt(i - 1) & (F.DETERMINER | F.PLACE_PREP) || SUBJECT_PRONOUNS.has(previous.key))) return true;
  return ctx.token(i + 1)?.key === 'of' || ctx.auxiliaryUse(i);
}

/** Keys of word-names found written in lowercase in this text. */
function lowercaseNameKeys(ctx: PersonContext, keys: NameKeys): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < ctx.n; i++) {
    const t = ctx.token(i)!;
    if (ctx.level[i] && t.shape === 'lower' && keys.has(t.key)) found.add(t.key);
  }
  return found;
}
