import { F } from '../../lexicon/lexicon';
import { LEVEL_HIGH, LEVEL_LOW, type PersonContext } from './context';

// Rules without a cue word: capitalised names from the lists, words that are also names
// when capitalised mid-sentence, and capitalised words found in no list at all.

/** Verbs too common to show that a sentence-initial "Hope" or "Will" is a person. */
const WEAK_VERBS = new Set(['is', 'was', 'has', 'had', 'always', 'never', 'also']);

function nextIsCapitalisedWord(ctx: PersonContext, i: number): boolean {
  const next = ctx.token(i + 1);
  return next !== undefined && ctx.gap(i + 1) === ' ' && (next.shape === 'title' || next.shape === 'upper') && !ctx.isNameish(i + 1);
}

function previousIsCapitalisedWord(ctx: PersonContext, i: number): boolean {
  const t = ctx.token(i);
  const previous = ctx.token(i - 1);
  if (!t || !previous || t.sentenceStart || ctx.gap(i) !== ' ') return false;
  return (previous.shape === 'title' || previous.shape === 'upper') && !previous.sentenceStart && !ctx.level[i - 1] && !(ctx.flagsAt(i - 1) & F.TITLE);
}

/** "Kelly", "Okafor", "DESMOND": in the name lists and not an ordinary word. */
function listedName(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.classOf(i) !== 'strong' || ctx.level[i]) return;
  const capitalised = ctx.isBareCapitalised(i);
  // In text written without capitals, a listed name that is also a (rare) word stays: "tram", "kale".
  const lowercaseWriter = ctx.analysis.lowercaseStyle && t.shape === 'lower' && t.key.length >= 4 && !(ctx.flagsAt(i) & F.WORD);
  if (!capitalised && !lowercaseWriter) return;
  if (ctx.followedByFacility(i)) return;
  const previous = ctx.token(i - 1);
  if (previous && previous.key === 'the' && ctx.gap(i) === ' ') return;
  if (lowercaseWriter && ctx.precededByPlaceWord(i)) return;
  ctx.markName(i, capitalised ? LEVEL_HIGH : LEVEL_LOW, capitalised ? 'person.list' : 'person.list-lowercase', capitalised);
}

/** "when Ruby had", "is Joy,", "Frank said": a word-name, capitalised where a word would not be. */
function capitalisedWordName(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.classOf(i) !== 'ambiguous' || ctx.level[i] || t.shape !== 'title' || ctx.inCaps(i)) return;
  if (!(ctx.flagsAt(i) & (F.AMBIG_FIRST | F.FIRST)) || ctx.flagsAt(i) & (F.STREET | F.RESIDENCE | F.FACILITY)) return;
  if (ctx.followedByFacility(i) || nextIsCapitalisedWord(ctx, i) || previousIsCapitalisedWord(ctx, i)) return;
  if (t.sentenceStart) {
    const next = ctx.token(i + 1);
    if (!next || ctx.gap(i + 1) !== ' ' || !(ctx.flagsAt(i + 1) & F.PERSON_VERB) || WEAK_VERBS.has(next.key)) return;
  } else if (ctx.precededByPlaceWord(i)) {
    return;
  }
  ctx.markName(i, LEVEL_LOW, 'person.capitalised-word-name', true);
}

/** "Will Green", "Mark Brown": a first name and a family name that are both also words. */
function wordNamePair(ctx: PersonContext, i: number): void {
  if (ctx.level[i] || ctx.level[i + 1] || !ctx.isBareCapitalised(i) || !ctx.isBareCapitalised(i + 1)) return;
  if (ctx.gap(i + 1) !== ' ' || ctx.classOf(i) !== 'ambiguous' || ctx.classOf(i + 1) !== 'ambiguous') return;
  if (!(ctx.flagsAt(i) & F.AMBIG_FIRST) || !(ctx.flagsAt(i + 1) & F.AMBIG_LAST)) return;
  if (ctx.flagsAt(i + 1) & (F.STREET | F.RESIDENCE | F.FACILITY)) return; // "Mark Lane", "Rose Court"
  if (ctx.followedByFacility(i + 1) || ctx.precededByPlaceWord(i)) return;
  ctx.markName(i, LEVEL_LOW, 'person.word-name-pair');
}

/** "especially Maricel and Jonalyn who", "Ciarán got me": capitalised, in no list, used like a name. */
function unknownCapitalised(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.classOf(i) !== 'unknown' || ctx.level[i] || t.shape !== 'title' || ctx.inCaps(i)) return;
  if (t.coreEnd - t.start < 3 || ctx.followedByFacility(i) || nextIsCapitalisedWord(ctx, i)) return;
  if (t.sentenceStart) {
    const next = ctx.token(i + 1);
    if (!next || !/^,?\s$/.test(ctx.gap(i + 1))) return;
    if (next.shape !== 'lower' || ctx.flagsAt(i + 1) & (F.FACILITY | F.STREET | F.ROLE)) return;
  } else if (ctx.precededByPlaceWord(i) || previousIsCapitalisedWord(ctx, i) || ctx.flagsAt(i - 1) & F.DETERMINER) {
    return; // "in Kumasi", "the Ospreys", "my Fitbit"
  }
  ctx.markName(i, LEVEL_LOW, 'person.unknown-capitalised');
}

export function applyBareRules(ctx: PersonContext): void {
  for (let i = 0; i < ctx.n; i++) listedName(ctx, i);
  for (let i = 0; i < ctx.n; i++) {
    wordNamePair(ctx, i);
    capitalisedWordName(ctx, i);
    unknownCapitalised(ctx, i);
  }
}
