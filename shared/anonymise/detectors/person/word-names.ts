import { F } from '../../lexicon/lexicon';
import { LEVEL_HIGH, LEVEL_LOW, MODALS, NEVER_NAME_FLAGS, type PersonContext } from './context';
import { ROLE_ACRONYMS } from './cues';
import { isTypoOfWord } from './typos';

// Survey answers and notes written all in lowercase or all in capitals name staff by a role
// or a title and a first name that is often an ordinary word ("the midwife starling was
// rude", "health visitor saffron came", "NURSE KNOWLEDGE STAYED", "dr moody was"). Case says
// nothing there, so the shape of the clause does: a role, one word, then a verb whose subject
// is a person. The word is a name unless it is one of the words that sit between a role and
// its verb ("the nurse then came", "the physio session was", "the gp finally rang").

/** Words that come between a role and its verb without being a name. */
const BETWEEN_ROLE_AND_VERB = new Set([
  // adverbs and pronouns
  'then', 'there', 'here', 'today', 'tonight', 'yesterday', 'again', 'once', 'still', 'even', 'only', 'just', 'soon', 'already',
  'too', 'though', 'however', 'himself', 'herself', 'themselves', 'itself', 'myself', 'who', 'that', 'which', 'what', 'when',
  'where', 'whose', 'whom', 'first', 'last', 'next', 'now', 'later', 'earlier', 'instead', 'ever', 'hardly', 'barely', 'she',
  'he', 'they', 'you', 'it', 'me', 'him', 'her', 'them', 'us', 'and', 'or', 'but', 'so', 'not', 'no', 'yes', 'all', 'both',
  'each', 'every', 'any', 'some', 'one', 'two', 'also', 'eventually', 'finally', 'actually', 'really', 'literally', 'basically',
  'obviously', 'clearly', 'apparently', 'probably', 'honestly', 'nearly', 'almost', 'quite', 'very', 'rather', 'else', 'too',
  'tho', 'thn', 'nvr', 'jus', 'ive', 'im', 'eventually', 'straight', 'back', 'away', 'out', 'off', 'over', 'round', 'twice',
  // what a role qualifies: "the physio session was", "the dentist treatment was"
  'appointment', 'appt', 'appts', 'call', 'calls', 'visit', 'visits', 'letter', 'letters', 'note', 'notes', 'referral', 'report',
  'advice', 'service', 'support', 'care', 'cover', 'session', 'sessions', 'assessment', 'treatment', 'review', 'check', 'checkup',
  'test', 'tests', 'scan', 'system', 'process', 'wait', 'waiting', 'list', 'number', 'line', 'phone', 'text', 'email', 'message',
  'rota', 'bit', 'side', 'part', 'job', 'role', 'time', 'shift', 'shifts', 'hours', 'thing', 'stuff', 'people', 'experience',
  'attitude', 'manner', 'bedside', 'training', 'practice', 'bank', 'agency', 'locum', 'station', 'desk', 'plan', 'form', 'fee',
  'fees', 'bill', 'cost', 'costs', 'exam', 'examination', 'consultation', 'results', 'result', 'problem', 'issue', 'situation',
  'shortage', 'shortages', 'numbers', 'led', 'run', 'based', 'only', 'tho', 'lot', 'lots', 'type', 'kind', 'sort',
  // auxiliaries that are no modals, and the things a role works with: "the syringe driver alarm went off", "patient transport was"
  'have', 'has', 'had', 'having', 'got', 'alarm', 'transport', 'equipment', 'machine', 'pump', 'bell', 'buzzer', 'car', 'van',
  'lift', 'uniform', 'badge', 'room', 'office', 'notes', 'record', 'records', 'file', 'portal', 'app', 'login', 'account',
]);
/** Titles and roles that name a person before their name; plurals and possessives do not. */
function namesBefore(ctx: PersonContext, i: number): boolean {
  const t = ctx.token(i)!;
  if (t.possessive || (t.key.endsWith('s') && !t.key.endsWith('ss'))) return false;
  return (ctx.flagsAt(i) & (F.ROLE | F.TITLE)) !== 0 || ROLE_ACRONYMS.has(t.key);
}

/** Whether the word at j reads as a first name between a role and a verb. */
function wordNameThere(ctx: PersonContext, j: number): boolean {
  const t = ctx.token(j);
  if (!t || ctx.level[j] || t.key.length < 3 || t.possessive || ctx.classOf(j) === 'none' || ctx.classOf(j) === 'calendar') return false;
  if (ctx.flagsAt(j) & (NEVER_NAME_FLAGS | F.WORKPLACE | F.INTERACTION | F.INTRODUCER | F.SERVICE_VISIT | F.RESIDENCE_CUE | F.PARTICLE)) return false;
  if (BETWEEN_ROLE_AND_VERB.has(t.key) || MODALS.has(t.key) || /(?:ly|ed|'s|s')$/.test(t.key) || (t.key.endsWith('ing') && ctx.flagsAt(j) & F.FREQUENT) || (t.key.endsWith('s') && !/(?:ss|us|is)$/.test(t.key))) return false;
  return /^\p{L}+$/u.test(t.text);
}

/** "was", "came", "sorted", "STAYED": a verb of a person, written in the same case as the name. */
function personVerbAt(ctx: PersonContext, k: number, shape: 'lower' | 'upper'): boolean {
  const verb = ctx.token(k);
  return verb !== undefined && ctx.gap(k) === ' ' && verb.shape === shape && (ctx.flagsAt(k) & F.PERSON_VERB) !== 0 && !['always', 'never', 'also'].includes(verb.key);
}

/** "nurse marigold at the surgery", "dr okoro on ward 3": after a title, a name placed at work. */
function atWorkAfterTitle(ctx: PersonContext, k: number, shape: 'lower' | 'upper'): boolean {
  const preposition = ctx.token(k);
  if (!preposition || ctx.gap(k) !== ' ' || preposition.shape !== shape || (preposition.key !== 'at' && preposition.key !== 'on')) return false;
  const place = ctx.token(k + 1)?.key === 'the' ? k + 2 : k + 1;
  return (ctx.flagsAt(place) & (F.WORKPLACE | F.FACILITY)) !== 0;
}

/** Who someone is a name to: "to me", "to us", "to everyone", "to the children", "to his friends". */
const KNOWN_TO = new Set(['me', 'us', 'everyone', 'everybody', 'all', 'the', 'his', 'her', 'our', 'my', 'their', 'friends', 'family']);
const SUBJECTS = new Set(['he', 'she']);

function knownTo(ctx: PersonContext, k: number): boolean {
  return ctx.token(k)?.key === 'to' && KNOWN_TO.has(ctx.token(k + 1)?.key ?? '');
}

/**
 * "to me and the children he was Fin.", "she is Bunty to us": a capitalised word given as what
 * someone is to the people around them is a name, even an ordinary word; not "he was English"
 * (a place or a language) or "she was Head of Nursing" (nothing names who it is to).
 */
function nameToPeople(ctx: PersonContext, j: number): void {
  const t = ctx.token(j)!;
  if (ctx.level[j] || t.shape !== 'title' || t.sentenceStart || t.possessive) return;
  const c = ctx.classOf(j);
  if (!(c === 'word' || c === 'unknown' || c === 'ambiguous' || c === 'strong') || ctx.flagsAt(j) & NEVER_NAME_FLAGS) return;
  if (!SUBJECTS.has(ctx.token(j - 2)?.key ?? '') || !['was', 'is'].includes(ctx.token(j - 1)?.key ?? '') || ctx.gap(j) !== ' ' || ctx.gap(j - 1) !== ' ') return;
  const closed = j + 1 >= ctx.n || /^[.,;!]/.test(ctx.gap(j + 1));
  let toBefore = false;
  const sentence = ctx.analysis.sentenceStarts[j] ?? 0;
  for (let k = Math.max(sentence, j - 9); k < j - 2; k++) if (knownTo(ctx, k)) toBefore = true;
  if ((closed && toBefore) || (ctx.gap(j + 1) === ' ' && knownTo(ctx, j + 1))) {
    ctx.level[j] = LEVEL_HIGH;
    ctx.rules[j] = 'person.known-to';
  }
}

const BADGES = new Set(['badge', 'tag', 'lanyard']);
const BADGE_VERBS = new Set(['said', 'says', 'read', 'reads']);
const NOT_ON_BADGES = new Set(['nothing', 'no', 'not', 'the', 'a', 'an', 'her', 'his', 'their', 'it', 'something', 'trainee', 'student']);

/** "name badge said JOLIE", "her lanyard says 'Bex'": what a badge says is a name. */
function nameOnBadge(ctx: PersonContext, i: number): void {
  if (!BADGES.has(ctx.token(i)!.key) || !BADGE_VERBS.has(ctx.token(i + 1)?.key ?? '') || ctx.gap(i + 1) !== ' ') return;
  const j = i + 2;
  const t = ctx.token(j);
  if (!t || ctx.level[j] || !/^ ["'“‘]?$/.test(ctx.gap(j)) || NOT_ON_BADGES.has(t.key) || t.key.length < 2) return;
  const c = ctx.classOf(j);
  if (c === 'none' || c === 'calendar' || ctx.flagsAt(j) & NEVER_NAME_FLAGS) return;
  ctx.markName(j, LEVEL_HIGH, 'person.badge');
}

/** Prepositions of place before which a capitalised word is a town even before "who": "the council in Wallsend, who". */
const LOCATION_PREPOSITIONS = new Set(['in', 'at', 'near', 'around', 'round', 'outside', 'inside', 'across', 'of', 'the']);

/**
 * "He should hear from Zufe Namuma-Singur, who leads the team", "doso who runs it is great":
 * words in no list before "who" are a person, even after "from" or "to", where a capitalised
 * word alone would be read as a place. A town after "in" or "at" stays.
 */
function unlistedBeforeWho(ctx: PersonContext, k: number): void {
  if (ctx.token(k)!.key !== 'who' || !/^,?\s$/.test(ctx.gap(k))) return;
  const last = k - 1;
  const t = ctx.token(last);
  if (!t || ctx.level[last]) return;
  if (t.shape === 'lower') {
    if (ctx.analysis.lowercaseStyle && ctx.classOf(last) === 'unknown' && t.key.length >= 3 && !isTypoOfWord(t.key) && !LOCATION_PREPOSITIONS.has(ctx.token(last - 1)?.key ?? '')) ctx.markName(last, LEVEL_HIGH, 'person.who');
    return;
  }
  let first = last;
  while (first > last - 2 && ctx.gap(first) === ' ' && ctx.token(first - 1)?.shape === 'title' && ctx.isNameish(first - 1)) first--;
  let unlisted = false;
  for (let m = first; m <= last; m++) {
    const c = ctx.classOf(m);
    if (ctx.token(m)!.shape !== 'title' || !(c === 'unknown' || c === 'strong' || c === 'ambiguous') || ctx.flagsAt(m) & (F.FACILITY | F.STREET | F.RESIDENCE)) return;
    if (c === 'unknown' || c === 'strong') unlisted = true;
  }
  if (!unlisted || ctx.token(first)!.sentenceStart || LOCATION_PREPOSITIONS.has(ctx.token(first - 1)?.key ?? '')) return;
  // One word alone may be an organisation ("referred to Recovco, who never rang"): proposed with low confidence.
  for (let m = first; m <= last; m++) {
    ctx.level[m] = first === last ? LEVEL_LOW : LEVEL_HIGH;
    ctx.rules[m] = 'person.who';
  }
}

/** "Nanser's son", "Abebe's wife": a capitalised word whose family member follows is a person. */
function possessorOfKin(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (!t.possessive || ctx.level[i] || t.shape !== 'title' || t.sentenceStart || !(ctx.flagsAt(i + 1) & F.KIN) || ctx.gap(i + 1) !== ' ') return;
  const c = ctx.classOf(i);
  const wordName = c === 'word' && !(ctx.flagsAt(i) & NEVER_NAME_FLAGS);
  if (!(c === 'unknown' || c === 'strong' || wordName || (c === 'ambiguous' && ctx.flagsAt(i) & F.AMBIG_FIRST)) || ctx.flagsAt(i - 1) & (F.DETERMINER | F.PLACE_PREP)) return;
  ctx.markName(i, LEVEL_HIGH, 'person.kin-of', true);
}

/** What a bracket after a name says the person is: "(pt)", "(carer)", "(son)". */
function bracketedRole(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.level[i] || t.shape !== 'title' || !/^\s?\($/.test(ctx.gap(i + 1)) || !/^\)/.test(ctx.gap(i + 2) || ')')) return;
  const inside = ctx.token(i + 1);
  if (!inside || !(ctx.flagsAt(i + 1) & (F.ROLE | F.KIN)) || inside.shape !== 'lower') return;
  const c = ctx.classOf(i);
  if (!(c === 'unknown' || c === 'strong' || (c === 'ambiguous' && ctx.flagsAt(i) & F.AMBIG_FIRST))) return;
  ctx.markName(i, LEVEL_HIGH, 'person.bracket-role', true);
}

export function applyWordNameRules(ctx: PersonContext): void {
  for (let i = 0; i + 1 < ctx.n; i++) {
    unlistedBeforeWho(ctx, i + 1);
    possessorOfKin(ctx, i);
    bracketedRole(ctx, i);
  }
  for (let j = 2; j < ctx.n; j++) nameToPeople(ctx, j);
  for (let i = 0; i + 2 < ctx.n; i++) nameOnBadge(ctx, i);
  for (let i = 0; i + 2 < ctx.n; i++) {
    const j = i + 1;
    if (ctx.gap(j) !== ' ' || !namesBefore(ctx, i)) continue;
    const name = ctx.token(j)!;
    const lowercase = name.shape === 'lower' && ctx.analysis.lowercaseStyle;
    const capitals = name.shape === 'upper' && ctx.inCaps(j) && ctx.inCaps(i);
    if (!(lowercase || capitals) || !wordNameThere(ctx, j)) continue;
    const shape = lowercase ? 'lower' : 'upper';
    const title = (ctx.flagsAt(i) & F.TITLE) !== 0 && (lowercase ? (ctx.flagsAt(i) & F.LOWER_TITLE) !== 0 : true);
    if (personVerbAt(ctx, j + 1, shape) || (title && atWorkAfterTitle(ctx, j + 1, shape))) {
      ctx.level[j] = LEVEL_HIGH;
      ctx.rules[j] = 'person.role-word';
    }
  }
}
