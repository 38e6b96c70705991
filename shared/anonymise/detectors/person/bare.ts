import { F, getLexicon } from '../../lexicon/lexicon';
import { LEVEL_HIGH, LEVEL_LOW, RARELY_NAMES, type PersonContext } from './context';
import { namesAThing } from './cues';

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

/** Verbs after which a capitalised word is a singer, a band, a genre or a programme: "sang Motown", "watched Elvis". */
const MEDIA_VERBS = new Set(['sang', 'sing', 'sings', 'singing', 'hummed', 'humming', 'played', 'playing', 'plays', 'watched', 'watching', 'watches', 'streamed', 'streaming']);
const LISTENING = new Set(['listened', 'listening', 'listen', 'listens', 'dancing', 'danced', 'dance']);

/**
 * "sang Elvis", "listened to Motown": a performer or a kind of music, not someone in the
 * story; "St Georges", "St Johns Wood": a saint's name is a hospital, a church or a place.
 */
function afterMediaVerb(ctx: PersonContext, i: number): boolean {
  const previous = ctx.token(i - 1);
  if (!previous || !/^\.? $/.test(ctx.gap(i))) return false;
  if (previous.key === 'st' || previous.key === 'saint') return previous.shape !== 'lower';
  if (ctx.gap(i) !== ' ') return false;
  if (MEDIA_VERBS.has(previous.key)) return true;
  return previous.key === 'to' && LISTENING.has(ctx.token(i - 2)?.key ?? '');
}

/** Nouns for recordings and works: "his Jim Reeves records", "her old Elvis CDs". */
const MEDIA_NOUNS = new Set(['records', 'record', 'songs', 'song', 'album', 'albums', 'cds', 'cd', 'tapes', 'vinyl', 'music', 'films', 'movies', 'concert', 'concerts', 'books', 'novels', 'poems', 'hits', 'tunes', 'lps']);
const OWNERS = new Set(['his', 'her', 'my', 'their', 'our', 'your', 'old', 'the', 'some', 'favourite', 'favorite']);

/** A performer or author between an owner and a recording: "his Jim Reeves records". */
function performer(ctx: PersonContext, first: number, last: number): boolean {
  return MEDIA_NOUNS.has(ctx.token(last + 1)?.key ?? '') && ctx.gap(last + 1) === ' ' && OWNERS.has(ctx.token(first - 1)?.key ?? '') && ctx.gap(first) === ' ';
}

/**
 * Marks a name found without a cue, unless the whole name runs into a facility or company
 * word ("Hammond Lyle LLP", "Hatton Garden dental practice"): then it names the place.
 */
function markUnlessOrganisation(ctx: PersonContext, i: number, level: number, rule: string, extendLeft = false): void {
  const from = Math.max(0, i - 4);
  const before = ctx.level.slice(from, i + 5);
  const last = ctx.markName(i, level, rule, extendLeft);
  const organisation =
    ctx.followedByFacility(last) || (ctx.gap(last + 1) === ' ' && ctx.isCapitalised(last + 1) && ctx.followedByFacility(last + 1)) || performer(ctx, i, last);
  if (!organisation) return;
  ctx.level.set(before, from);
  for (let k = from; k < from + before.length; k++) if (!ctx.level[k]) ctx.rules[k] = undefined;
}

/** "Kelly", "Okafor", "DESMOND": in the name lists and not an ordinary word. */
function listedName(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.classOf(i) !== 'strong' || ctx.level[i] || afterMediaVerb(ctx, i)) return;
  const capitalised = ctx.isBareCapitalised(i);
  // In text written without capitals, a listed name that is also a (rare) word stays: "tram", "kale".
  const lowercaseWriter = ctx.analysis.lowercaseStyle && t.shape === 'lower' && t.key.length >= 4 && !(ctx.flagsAt(i) & F.WORD);
  if (!capitalised && !lowercaseWriter) return;
  // In capitals, a listed name that is also a rarer English word ("TRAM") needs a cue.
  if (t.shape === 'upper' && ctx.flagsAt(i) & F.WORD) return;
  if (ctx.followedByFacility(i)) return;
  const previous = ctx.token(i - 1);
  if (previous && previous.key === 'the' && ctx.gap(i) === ' ') return;
  if (lowercaseWriter && ctx.precededByPlaceWord(i)) return;
  // "my sister in Elgin": after "in", a listed name that is not possessive is a town (a cue elsewhere still finds it).
  if (previous?.key === 'in' && ctx.gap(i) === ' ' && !t.possessive && !previous.sentenceStart && !nextIsCapitalisedWord(ctx, i)) return;
  markUnlessOrganisation(ctx, i, capitalised ? LEVEL_HIGH : LEVEL_LOW, capitalised ? 'person.list' : 'person.list-lowercase', capitalised);
}

/** "when Ruby had", "is Joy,", "Frank said": a word-name, capitalised where a word would not be. */
function capitalisedWordName(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.classOf(i) !== 'ambiguous' || ctx.level[i] || t.shape !== 'title' || ctx.inCaps(i)) return;
  if (!(ctx.flagsAt(i) & (F.AMBIG_FIRST | F.FIRST)) || ctx.flagsAt(i) & (F.STREET | F.RESIDENCE | F.FACILITY | F.TITLE | F.KIN | F.ROLE)) return;
  if (ctx.followedByFacility(i) || nextIsCapitalisedWord(ctx, i) || previousIsCapitalisedWord(ctx, i) || afterMediaVerb(ctx, i)) return;
  if (ctx.auxiliaryUse(i) || namesAThing(ctx, i - 1)) return; // "Will call her on Tuesday" 
  if (t.sentenceStart) {
    if (verbAfter(ctx, i) < 0) return;
  } else if (ctx.precededByPlaceWord(i)) {
    return;
  }
  markUnlessOrganisation(ctx, i, LEVEL_LOW, 'person.capitalised-word-name', true);
}

/** Adverbs between a name and its verb: "Grace only noticed", "amber then went". */
const ADVERBS = new Set(['just', 'only', 'then', 'also', 'finally', 'eventually', 'actually', 'even', 'still', 'really', 'literally', 'already', 'immediately', 'straight', 'kindly', 'quickly', 'personally', 'herself', 'himself']);

/** Index of a verb that takes a person, right after i or after one adverb ("Frank said", "Grace only noticed"), or -1. */
function verbAfter(ctx: PersonContext, i: number): number {
  let k = i + 1;
  if (ADVERBS.has(ctx.token(k)?.key ?? '') && ctx.gap(k) === ' ') k++;
  const verb = ctx.token(k);
  if (!verb || ctx.gap(k) !== ' ' || (verb.shape !== ctx.token(i)!.shape && verb.shape !== 'lower')) return -1;
  return ctx.flagsAt(k) & F.PERSON_VERB && !WEAK_VERBS.has(verb.key) ? k : -1;
}

/** Words before a subject that start a clause: "and grace noticed", "so amber rang", "when ruby said". */
const CLAUSE_STARTERS = new Set(['and', 'but', 'so', 'then', 'when', 'because', 'cos', 'coz', 'cause', 'as', 'while', 'until', 'till', 'that', 'if', 'after', 'before', 'since', 'though', 'although', 'once', 'where', 'or', 'plus']);
/** Word-names that, as the subject of a verb, are far more often the thing than the person ("until dawn came", "and hope helped"). */
const ABSTRACT_SUBJECTS = new Set(['dawn', 'hope', 'faith', 'peace', 'memory', 'justice', 'unity', 'liberty', 'glory', 'joy', 'happiness', 'patience', 'wisdom']);

/**
 * "they gave grace someone elses bag and grace only noticed at home", "so amber rang them":
 * in text written without capitals, a first name that is also a word, as the subject of a
 * verb that takes a person, at the start of a clause.
 */
function lowercaseSubject(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  // The same in capitals: "SO AMBER RANG THEM".
  const caps = t.shape === 'upper' && ctx.inCaps(i);
  if (!caps && (t.shape !== 'lower' || !ctx.analysis.lowercaseStyle)) return;
  if (ctx.level[i] || t.key.length < 3 || ctx.classOf(i) !== 'ambiguous') return;
  const flags = ctx.flagsAt(i);
  if (caps ? !ctx.capsFirstName(i) || RARELY_NAMES.has(t.key) : !ctx.lowercaseFirstName(i)) return;
  if (flags & (F.STREET | F.FACILITY) || ABSTRACT_SUBJECTS.has(t.key)) return;
  const previous = ctx.token(i - 1);
  const afterConjunction = previous !== undefined && !t.sentenceStart && CLAUSE_STARTERS.has(previous.key);
  const clauseStart = t.sentenceStart || !previous || /[,;:]/.test(ctx.gap(i)) || afterConjunction;
  if (!clauseStart) return;
  // "when ruby had that rash": after a conjunction, "had" and "has" count too.
  const next = ctx.token(i + 1);
  const possession = afterConjunction && ctx.gap(i + 1) === ' ' && (next?.key === 'had' || next?.key === 'has');
  if (!possession && verbAfter(ctx, i) < 0) return;
  ctx.markName(i, LEVEL_LOW, 'person.lowercase-subject');
}

/** Verbs that hand something to a person: "gave it to", "send it to", "forwarded to". */
const GIVING_VERBS = new Set([
  'give', 'gave', 'given', 'giving', 'send', 'sent', 'sending', 'pass', 'passed', 'hand', 'handed', 'forward', 'forwarded', 'write',
  'wrote', 'written', 'addressed', 'post', 'posted', 'email', 'emailed', 'show', 'showed', 'shown',
]);
const HANDED_OBJECTS = new Set(['it', 'them', 'this', 'that', 'him', 'her', 'me', 'us', 'one', 'over', 'back', 'on']);

/** "gave it to Bob Smith", "sent on to": "to" after a verb of handing over points at a person, not a place. */
function handedTo(ctx: PersonContext, i: number): boolean {
  if (ctx.token(i - 1)?.key !== 'to') return false;
  const k = HANDED_OBJECTS.has(ctx.token(i - 2)?.key ?? '') ? i - 3 : i - 2;
  return GIVING_VERBS.has(ctx.token(k)?.key ?? '');
}

/** "Will Green", "Mark Brown": a first name and a family name that are both also words. */
function wordNamePair(ctx: PersonContext, i: number): void {
  if (ctx.level[i] || ctx.level[i + 1] || ctx.inCaps(i) || !ctx.isBareCapitalised(i) || !ctx.isBareCapitalised(i + 1)) return;
  if (ctx.gap(i + 1) !== ' ' || ctx.classOf(i) !== 'ambiguous' || ctx.classOf(i + 1) !== 'ambiguous') return;
  if (!(ctx.flagsAt(i) & F.AMBIG_FIRST) || !(ctx.flagsAt(i + 1) & F.AMBIG_LAST)) return;
  if (ctx.flagsAt(i + 1) & (F.STREET | F.RESIDENCE | F.FACILITY)) return; // "Mark Lane", "Rose Court"
  if (ctx.followedByFacility(i + 1) || (ctx.precededByPlaceWord(i) && !handedTo(ctx, i))) return;
  ctx.markName(i, LEVEL_LOW, 'person.word-name-pair');
}

/** Last elements of English place and house names: "Fern|bank", "Beech|wood", "Larch|field", "Moor|side". */
const PLACE_ELEMENTS = [
  'field', 'fields', 'wood', 'woods', 'bank', 'side', 'well', 'brook', 'dale', 'ford', 'gate', 'hill', 'moor', 'park', 'view',
  'house', 'lodge', 'court', 'croft', 'grove', 'mead', 'mount', 'hurst', 'stead', 'stone', 'bridge', 'water', 'land', 'lands',
  'mere', 'holme', 'green', 'thorpe', 'garth', 'haven', 'lea', 'leigh', 'burn', 'wick', 'combe', 'cliffe', 'acre', 'acres',
  'hall', 'lee', 'ley', 'way', 'vale', 'crest', 'ridge', 'hollow', 'meadow', 'meadows', 'gardens', 'ways', 'point', 'care',
];
/** Brand and product names written with a capital inside: "MindMate", "NHSmail" (not "McKay", "MacLeod", "DeShawn"). */
const INNER_CAPITAL = /^(?!Mac|Fitz|Van|Von|Del|Della|Dal|Nic|Mhic)\p{Lu}\p{Ll}{2,}\p{Lu}|^\p{Lu}{2,}\p{Ll}{2,}$/u;

/**
 * "Fernbank", "Beechwood", "Mindwell": a word in no list made of an ordinary word and the
 * last element of a place name, or written with a capital inside like a brand, names a
 * home, a place or a service more often than a person; only a cue makes it a name.
 */
function placeOrBrandWord(ctx: PersonContext, i: number): boolean {
  const t = ctx.token(i)!;
  if (INNER_CAPITAL.test(t.text.slice(0, t.coreEnd - t.start))) return true;
  const key = t.key;
  for (const element of PLACE_ELEMENTS) {
    if (key.length < element.length + 3 || !key.endsWith(element)) continue;
    if (getLexicon().flagsOf(key.slice(0, -element.length)) & (F.FREQUENT | F.WORD)) return true;
  }
  return false;
}

/** "especially Maricel and Jonalyn who", "Ciarán got me": capitalised, in no list, used like a name. */
function unknownCapitalised(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.classOf(i) !== 'unknown' || ctx.level[i] || t.shape !== 'title' || ctx.inCaps(i)) return;
  if (placeOrBrandWord(ctx, i)) return;
  if (t.coreEnd - t.start < 3 || ctx.followedByFacility(i) || nextIsCapitalisedWord(ctx, i) || afterMediaVerb(ctx, i)) return;
  // "to "I. Nwakchukwu"": after an initial the full stop ends no sentence.
  if (t.sentenceStart && !ctx.afterInitial(i)) {
    const next = ctx.token(i + 1);
    if (!next || !/^,?\s$/.test(ctx.gap(i + 1))) return;
    if (next.shape !== 'lower' || ctx.flagsAt(i + 1) & (F.FACILITY | F.STREET | F.ROLE)) return;
  } else if (ctx.precededByPlaceWord(i) || previousIsCapitalisedWord(ctx, i) || ctx.flagsAt(i - 1) & F.DETERMINER) {
    return; // "in Kumasi", "the Ospreys", "my Fitbit"
  }
  markUnlessOrganisation(ctx, i, LEVEL_LOW, 'person.unknown-capitalised');
}

/** "Fomi Hangin", "Tuta Jijodi": two capitalised words in no word list, side by side, even at a sentence start. */
function unknownPair(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  const next = ctx.token(i + 1);
  if (!next || ctx.level[i] || ctx.level[i + 1] || t.shape !== 'title' || next.shape !== 'title' || ctx.gap(i + 1) !== ' ' || ctx.inCaps(i)) return;
  const a = ctx.classOf(i);
  const b = ctx.classOf(i + 1);
  if (!((a === 'unknown' && (b === 'unknown' || b === 'strong')) || (a === 'strong' && b === 'unknown'))) return;
  if (t.coreEnd - t.start < 3 || next.coreEnd - next.start < 3 || t.possessive || ctx.precededByPlaceWord(i) || afterMediaVerb(ctx, i)) return;
  markUnlessOrganisation(ctx, i, LEVEL_LOW, 'person.unknown-pair');
}

export function applyBareRules(ctx: PersonContext): void {
  for (let i = 0; i < ctx.n; i++) listedName(ctx, i);
  for (let i = 0; i < ctx.n; i++) {
    wordNamePair(ctx, i);
    capitalisedWordName(ctx, i);
    unknownCapitalised(ctx, i);
    unknownPair(ctx, i);
    lowercaseSubject(ctx, i);
  }
}
