import { F } from '../../lexicon/lexicon';
import { AUXILIARIES, LEVEL_HIGH, NEVER_NAME_FLAGS, RARELY_NAMES, type PersonContext } from './context';
import { isTypoOfWord } from './typos';

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
// Tested at every word by the rules below: made once here, since a regex literal in a
// function is a new object each time it is reached.
const COMMA_THEN_SPACE = /^,\s{1,2}$/;
const OPENING_BRACKET_END = /\($/;
const CLAUSE_PUNCTUATION = /[,;:]/;
const AFTER_APPOSITIVE = new Set(['who', 'was', 'is', 'has', 'had', 'said', 'says', 'and']);
const MAX_CLAUSE_LOOKBACK = 12;
const ABBREVIATED_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'rev', 'cllr', 'fr', 'sr', 'revd']);
/** Words before "called" that say a person is being named: "the nurse is called", "a lady called", "she's called". */
const NAMED_PERSON_WORDS = new Set(['someone', 'somebody', 'person', 'she', 'he', "she's", "he's", 'shes', 'hes', 'who']);
/** "I called Reception", "we called Maternity": "called" as a telephone verb. */
const CALLER_WORDS = new Set(['i', 'we', 'you', 'then', 'also', 'just', 'finally', 'eventually', 'and', 'again', 'had', 'have', 'has', "i've", 'ive', "we've", 'who', 'that', 'they']);
/** Words before "to"/"for" that thank or praise: "shout out to", "credit to", "kudos to", "thanks go to". */
const PRAISE_WORDS = new Set([
  'shoutout', 'shoutouts', 'shout-out', 'credit', 'kudos', 'grateful', 'thankful', 'indebted', 'praise', 'gratitude',
  'appreciation', 'mention', 'respect', 'compliments', 'tribute',
]);
/** Verbs that take the person praised as their object: "I want to praise Patience from the falls team". */
const PRAISE_VERBS = new Set(['praise', 'commend', 'congratulate']);
/** The word before a two-word praise phrase: "shout out to", "hats off to", "thanks go to". */
const PRAISE_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['out', new Set(['shout'])],
  ['off', new Set(['hats', 'hat'])],
  ['go', new Set(['thanks', 'praise', 'compliments', 'credit', 'love'])],
  ['goes', new Set(['thanks', 'praise', 'credit', 'love', 'mention', 'shoutout'])],
  ['up', new Set(['big'])],
]);
const PRAISE_TRIGGERS = new Set([...PRAISE_WORDS, ...PRAISE_PHRASES.keys(), ...PRAISE_VERBS]);
/** Intensifiers between "thank you" and the name: "thank you so much to Kemi". */
const THANKS_FILLERS = new Set(['so', 'very', 'much', 'ever', 'a', 'lot', 'again', 'all', 'also', 'really', 'both', 'especially', 'sincerely', 'most']);
/** Words after which a new clause starts: "and grace on reception sorted it". */
const CLAUSE_WORDS = new Set(['and', 'but', 'so', 'then', 'when', 'because', 'cos', 'coz', 'also', 'plus', 'especially', 'except', 'apart']);
/** Words that greet someone at the start of a message. */
const GREETINGS = new Set(['hi', 'hello', 'hiya', 'hey', 'heya', 'dear', 'hallo', 'hullo', 'morning', 'afternoon', 'evening']);
/** Words that end a message before the writer's name. */
const SIGN_OFFS = new Set([
  'thanks', 'thank', 'cheers', 'regards', 'wishes', 'best', 'love', 'from', 'sincerely', 'faithfully', 'truly', 'yours', 'ta', 'bye',
  'signed', 'thankyou', 'thx', 'respectfully', 'gratefully', 'warmly', 'rgds', 'tia',
]);
/** Kisses and the like after a signed name: "Thanks, Jade x". */
const TRAILERS = new Set(['x', 'xx', 'xxx', 'xxxx']);
/** Second-person words that show a sentence speaks to the name before its comma ("Precious, you were..."). */
const SECOND_PERSON = new Set(['you', 'your', "you're", 'youre', 'yourself', 'u', 'ur', "you've", 'youve', "you'll"]);
/** Words that start a sentence before a comma and "you" without being anyone's name. */
const DISCOURSE_WORDS = new Set([
  'love', 'honey', 'dear', 'darling', 'babe', 'baby', 'sweetheart', 'sweetie', 'mate', 'sir', 'madam', 'guys', 'folks', 'well',
  'so', 'now', 'look', 'listen', 'right', 'sure', 'okay', 'ok', 'yes', 'no', 'still', 'again', 'please', 'sorry', 'bless', 'god',
  'lord', 'jesus', 'christ', 'heaven', 'fine', 'true', 'honestly', 'seriously', 'frankly', 'basically', 'anyway', 'also', 'then',
  'amen', 'hun', 'hon', 'all', 'everyone', 'everybody', 'team', 'there',
]);

function isSpace(gap: string): boolean {
  return gap === ' ';
}

/** Skips initials after a title: "Dr A. Khan", "Mr J Smith", and after a lowercase title "mr d. okello". */
function skipInitials(ctx: PersonContext, j: number): number {
  const lowercaseTitle = ctx.token(j - 1)?.shape === 'lower';
  let k = j;
  const initial = (text: string): boolean => /^\p{Lu}$/u.test(text) || (lowercaseTitle && /^\p{Ll}$/u.test(text) && text !== 'a' && text !== 'i');
  while (ctx.token(k) && initial(ctx.token(k)!.text) && /^\.?\s$/.test(ctx.gap(k + 1)) && k - j < 2) k++;
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

/** Titles of honour that buildings, wards and charities are named after. */
const HONOURS = new Set(['sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess']);

/** Unmarks the name from `first` when capitalised words after it run into a facility word ("... Memorial Hospital"). */
function undoBeforeFacility(ctx: PersonContext, first: number): void {
  for (let k = first + 1; k < ctx.n && k <= first + 6; k++) {
    if (!/^[ -]$/.test(ctx.gap(k)) || !ctx.isCapitalised(k)) return;
    if (ctx.flagsAt(k) & F.FACILITY && !ctx.level[k]) {
      undoName(ctx, first, k - 1);
      return;
    }
  }
}

/** "I'll call him", "let's call her": the writer choosing a stand-in for a name. */
const STAND_IN_CALLERS = new Set(["i'll", 'ill', "we'll", 'will', "let's", 'lets', 'us', 'shall']);

/** "Dr Okafor", "Nurse Pat", "mrs malik", "Dr. A. Khan". */
function titleCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  const flags = ctx.flagsAt(i);
  if (!(flags & F.TITLE)) return;
  if (t.shape === 'lower' && !(flags & F.LOWER_TITLE)) return;
  // "MS" in normal text is multiple sclerosis; "PC Okoro", "DS Reid" are police ranks.
  if (t.shape === 'upper' && !ctx.inCaps(i) && !(UPPER_TITLES.has(t.key) && ctx.isCapitalised(i + 1) && ctx.token(i + 1)!.shape === 'title')) return;
  if (t.possessive) return;
  const gap = ctx.gap(i + 1);
  if (gap !== ' ' && gap !== '. ' && gap !== '.') return;
  // "Dr. Khan" but not "I asked for the nurse. Will anybody come?"
  if (gap !== ' ' && !ABBREVIATED_TITLES.has(t.key)) return;
  const initialsEnd = skipInitials(ctx, i + 1);
  // "Mrs ter Horst", "Dr du Plessis": a family name that opens with lowercase particles.
  const name = afterParticles(ctx, initialsEnd);
  calendarFirstName(ctx, name, 'person.title');
  markAfter(ctx, name, 'title', 'person.title');
  // "Sir G B Hunter Memorial Hospital", "Sir Bobby Robson Cancer Trials Research Centre": a building named after a knight.
  if (ctx.level[name] && HONOURS.has(t.key)) undoBeforeFacility(ctx, i + 1);
  // "rang Mr D and asked", "he is Mr A to the neighbours": a title and an initial alone are a name,
  // unless it is the writer's stand-in ("a man I'll call Mr B").
  const standIn = ctx.token(i - 1)?.key === 'call' && STAND_IN_CALLERS.has(ctx.token(i - 2)?.key ?? '');
  const onlyInitial = name === i + 2 && !standIn && !ctx.level[name] && t.shape === 'title' && /^\p{Lu}$/u.test(ctx.token(i + 1)!.text) && (ctx.token(i + 1)!.text !== 'I' || ctx.gap(i + 2).startsWith('.')) && !ctx.isCapitalised(name);
  if (onlyInitial) {
    ctx.level[i + 1] = LEVEL_HIGH;
    ctx.rules[i + 1] = 'person.title';
  }
  // Initials and particles between the title and the name are part of the name ("Dr A. Khan").
  if (ctx.level[name]) {
    for (let k = i + 1; k < name; k++) {
      ctx.level[k] = ctx.level[name]!;
      ctx.rules[k] = 'person.title';
    }
  }
}

/** The index of the capitalised name after lowercase particles at j ("ter Horst", "van der Merwe"), or j. */
function afterParticles(ctx: PersonContext, j: number): number {
  let k = j;
  while (k - j < 3 && ctx.token(k)?.shape === 'lower' && ctx.flagsAt(k) & F.PARTICLE && isSpace(ctx.gap(k + 1))) k++;
  return k > j && ctx.isCapitalised(k) && (ctx.isNameish(k) || ctx.isWordName(k)) ? k : j;
}

/** "my son Tanvir", "her husband, Abdul Karim Miah,", "mother is Senait", "My brother is Mahad Abdi". */
function kinshipCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (!(ctx.flagsAt(i) & F.KIN) || t.possessive) return;
  const gap = ctx.gap(i + 1);
  const next = ctx.token(i + 1);
  if (!next) return;
  // "Carer Support Worker", "Family Liaison Officer": the family word starts a job title.
  if (t.shape === 'title' && isSpace(gap) && isSpace(ctx.gap(i + 2)) && ctx.flagsAt(i + 2) & F.ROLE && ctx.token(i + 2)!.shape === 'title') return;
  if (isSpace(gap)) calendarFirstName(ctx, i + 1, 'person.kinship');
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
    // "my name is X", "they have my name as X" (a record that spells it wrong).
    j = next && (next.key === 'is' || next.key === 'was' || (next.key === 'as' && ctx.token(i - 1)?.key === 'my')) && isSpace(ctx.gap(i + 1)) ? i + 2 : i + 1;
    if (t.possessive) j = i + 1; // "name's Kelly"
  }
  if (j < 0 || !/^\s{1,2}$|^:\s{0,2}$/.test(ctx.gap(j))) return;
  if (ctx.token(j)?.shape === 'lower' && ctx.classOf(j) !== 'strong') {
    // "my name is grace", "i'm hyacinth campbell" from a writer who does not capitalise.
    const surname = isSpace(ctx.gap(j + 1)) && ctx.token(j + 1)?.shape === 'lower' && ctx.classOf(j + 1) === 'strong';
    // A word in no list at all ("my name is wuwe", "hi im vicapu") is the name too.
    const unlisted = ctx.classOf(j) === 'unknown' && ctx.token(j)!.key.length >= 3;
    // "her name is bless and she's lovely": only after "name is" or "name was", not "name badge said", "name lol".
    const stated = cue === 'name-is' && j === i + 2 && ctx.statedName(j);
    if (!ctx.analysis.lowercaseStyle || !(cue === 'name-is' || surname || unlisted) || !(ctx.lowercaseFirstName(j) || unlisted || stated)) return;
    ctx.markName(j, LEVEL_HIGH, 'person.introduction');
    return;
  }
  markAfter(ctx, j, cue, 'person.introduction');
  // "MY NAME IS RONALD BISHOP.": in capitals, a surname that is also a word, closing the sentence.
  if (ctx.level[j] && ctx.inCaps(j)) {
    let last = j;
    while (ctx.level[last + 1] && isSpace(ctx.gap(last + 1))) last++;
    const k = last + 1;
    const word = ctx.token(k);
    if (word && isSpace(ctx.gap(k)) && ctx.inCaps(k) && ctx.classOf(k) === 'word' && !(ctx.flagsAt(k) & NOT_SURNAME_FLAGS) && word.key.length >= 3) {
      const after = ctx.token(k + 1);
      if (!after || /[,.;:!?\n]/.test(ctx.gap(k + 1))) ctx.markName(k, LEVEL_HIGH, 'person.introduction');
    }
  }
}

/** "known as", "known to everyone as", "known to us all as", "known to all his friends as": the index after "as", or -1. */
export function afterKnownAs(ctx: PersonContext, i: number): number {
  if (ctx.token(i)!.key !== 'known') return -1;
  for (let k = i + 1; k <= i + 5 && k < ctx.n; k++) {
    if (ctx.gap(k) !== ' ') return -1;
    if (ctx.token(k)!.key === 'as') return k + 1;
    if (k === i + 1 && ctx.token(k)!.key !== 'to') return -1;
  }
  return -1;
}

/** "called Gavin", "named Hope", "known as Maxi", "go by 'Danni'". */
function calledCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  let j = -1;
  if (ctx.flagsAt(i) & F.INTRODUCER) j = i + 1;
  else if (t.key === 'known') j = afterKnownAs(ctx, i);
  else if ((t.key === 'go' || t.key === 'goes') && ctx.token(i + 1)?.key === 'by') j = i + 2;
  if (t.key === 'calling' && ctx.token(i + 1) && OBJECT_PRONOUNS.has(ctx.token(i + 1)!.key)) j = i + 1; // 'started calling him "Jus"'
  if (j < 0 || !QUOTE_GAP.test(ctx.gap(j)) || ctx.gap(j).length === 0) return;
  if (namesAThing(ctx, i)) return;
  // "everyone calls her Flick", "call me Ada", "we called him Buster": a name given to someone.
  if ((ctx.flagsAt(i) & F.INTRODUCER || t.key === 'calling') && OBJECT_PRONOUNS.has(ctx.token(j)?.key ?? '') && QUOTE_GAP.test(ctx.gap(j + 1)) && ctx.gap(j + 1).length > 0) {
    // 'Mum calls her "my Stace"': an endearing "my" before the name given.
    const endearing = POSSESSIVES.has(ctx.token(j + 1)?.key ?? '') && isSpace(ctx.gap(j + 2)) && ctx.token(j + 2) !== undefined;
    markAfter(ctx, endearing ? j + 2 : j + 1, 'named', 'person.called');
    return;
  }
  // "known to all his friends as Woody": what people call someone is a name, even an ordinary word.
  const knownToPeople = t.key === 'known' && ctx.token(i + 1)?.key === 'to' && !(ctx.flagsAt(j + 1) & F.FACILITY);
  markAfter(ctx, j, knownToPeople || namesAPerson(ctx, i) ? 'named' : 'called', 'person.called');
}

/**
 * "The nurse is called Memory", "a carer named Treasure", "she's called Joy": a person is
 * being named, so even an ordinary word after the cue is the name. "I called Reception"
 * (a telephone call) and "a charity called Mind" name no person.
 */
function namesAPerson(ctx: PersonContext, i: number): boolean {
  const t = ctx.token(i)!;
  if (t.key !== 'called' && t.key !== 'named' && t.key !== 'nicknamed' && t.key !== 'known') return false;
  const previous = ctx.token(i - 1);
  if (t.key === 'called' && (!previous || t.sentenceStart || CALLER_WORDS.has(previous.key))) return false;
  // "the nurse called Security" is a telephone call: after a plain noun, only "a nurse called", "is called".
  const contractedBe = previous!.possessive && (previous!.key === 'he' || previous!.key === 'she' || previous!.key === 'who'); // "he's called"
  // "the hca called bubbles was lovely": a role, "called", one word, then "was": the role's name, no telephone call.
  const roleNamed = ctx.flagsAt(i - 1) & F.ROLE && ['was', 'is', 'has', 'had'].includes(ctx.token(i + 2)?.key ?? '') && isSpace(ctx.gap(i + 2));
  if (t.key === 'called' && !BE_VERBS.has(previous!.key) && !contractedBe && !indefiniteBefore(ctx, i) && !roleNamed) return false;
  const from = Math.max(ctx.analysis.sentenceStarts[i] ?? 0, i - 5);
  for (let k = i - 1; k >= from; k--) {
    const token = ctx.token(k)!;
    if ((ctx.flagsAt(k) & (F.ROLE | F.KIN) && (token.shape !== 'upper' || ctx.inCaps(k))) || NAMED_PERSON_WORDS.has(token.key)) return true;
  }
  return false;
}

/** Nouns for things and bodies that are given names: "a charity called Beat", "an app called Pocket". */
const NAMED_THING_NOUNS = new Set([
  'charity', 'charities', 'organisation', 'organization', 'group', 'company', 'firm', 'business', 'app', 'website', 'site',
  'programme', 'program', 'scheme', 'project', 'campaign', 'course', 'club', 'shop', 'cafe', 'café', 'network', 'forum',
  'service', 'helpline', 'magazine', 'book', 'leaflet', 'film', 'show', 'song', 'drug', 'medicine', 'tablet', 'tablets',
  'cream', 'device', 'machine', 'condition', 'syndrome', 'disease', 'home', 'village', 'town', 'street', 'road', 'estate',
]);

/** "a charity called Beat", "this app called Pocket": the name of a thing, not of a person. */
export function namesAThing(ctx: PersonContext, i: number): boolean {
  const key = ctx.token(i)?.key;
  if (key !== 'called' && key !== 'named') return false;
  for (let k = i - 1; k >= 0 && i - k <= 2; k--) {
    if (NAMED_THING_NOUNS.has(ctx.token(k)!.key)) return true;
    if (ctx.gap(k + 1) !== ' ') break;
  }
  return false;
}

const OBJECT_PRONOUNS = new Set(['me', 'her', 'him', 'them', 'us']);
/** Titles written in capitals in ordinary text: police ranks and councillors. */
const UPPER_TITLES = new Set(['pc', 'pcso', 'dc', 'ds', 'di', 'dci', 'sgt', 'cllr', 'dr', 'mr', 'mrs']);
/** Roles written as capital abbreviations before a name. */
export const ROLE_ACRONYMS = new Set(['gp', 'cns', 'hca', 'sho', 'ot', 'slt', 'dn', 'cpn', 'hv', 'sw', 'anp', 'acp', 'rmn', 'rgn', 'tl', 'pa', 'hcsw', 'mhp', 'amhp', 'idva', 'cpa']);
const BE_VERBS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "he's", "she's", 'hes', 'shes', "who's", 'whos', "they're", 'theyre']);
const INDEFINITES = new Set(['a', 'an', 'one', 'someone', 'somebody', 'another']);

/** "a lovely lady called", "someone called", "one of the nurses called": an indefinite person before "called". */
function indefiniteBefore(ctx: PersonContext, i: number): boolean {
  const from = Math.max(ctx.analysis.sentenceStarts[i] ?? 0, i - 4);
  for (let k = i - 1; k >= from; k--) if (INDEFINITES.has(ctx.token(k)!.key)) return true;
  return false;
}

/** "the midwife Hope", "Pharmacist Oluwaseun", "the receptionist, Kelly,", "His social worker was Chidi Okonkwo". */
function roleCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  // "My CNS Amara Obi", "the HCA Precious": roles written as capital abbreviations; "hv pam was
  // brilliant" from a writer who never capitalises.
  const lowercaseAcronym = t.shape === 'lower' && ctx.analysis.lowercaseStyle && ctx.token(i + 1)?.shape === 'lower';
  const acronym = ROLE_ACRONYMS.has(t.key) && ((t.shape === 'upper' && ctx.token(i + 1)?.shape === 'title') || lowercaseAcronym);
  if (!(ctx.flagsAt(i) & F.ROLE || acronym) || t.possessive || (t.shape === 'upper' && !ctx.inCaps(i) && !acronym)) return;
  const gap = ctx.gap(i + 1);
  const next = ctx.token(i + 1);
  if (!next) return;
  if (isSpace(gap)) markAfter(ctx, i + 1, t.shape === 'lower' || ctx.inCaps(i) ? 'role' : 'appositive', 'person.role');
  else if (/^,\s{1,2}$/.test(gap)) {
    // "the coordinator, Knight, at": a word set off by commas after a role is a name.
    const closed = /^[,.;:)]/.test(ctx.gap(i + 2).trimStart());
    const setOff = ctx.inCaps(i + 1) || ctx.token(i + 1)!.shape === 'lower';
    markAfter(ctx, i + 1, closed ? (setOff ? 'set-off' : 'role') : 'appositive', 'person.role');
  }
  if (isSpace(gap) && next.shape === 'lower' && !ctx.level[i + 1] && t.shape !== 'upper' && !t.key.endsWith('s') && lowercaseNameBeforeVerb(ctx, i + 1)) {
    // "the physio paris had him standing", "nurse will was lovely": a first name between a role and its verb.
    ctx.markName(i + 1, LEVEL_HIGH, 'person.role');
  }
  if (isSpace(gap) && (next.key === 'was' || next.key === 'is') && isSpace(ctx.gap(i + 2)) && ctx.isCapitalised(i + 2)) {
    // "His social worker was Chidi Okonkwo"; in capitals "THE PLAY WORKER WAS WONDERFUL" needs a listed name.
    markAfter(ctx, i + 2, ctx.inCaps(i + 2) ? 'appositive' : 'role', 'person.role');
  }
}

/** ", Dawn," after "The manager at the care agency": a name set off by commas in a clause about a role. */
function appositiveCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  const lowercase = t.shape === 'lower' && ctx.analysis.lowercaseStyle;
  if (t.sentenceStart || ctx.level[i] || !COMMA_THEN_SPACE.test(ctx.gap(i)) || !(ctx.isCapitalised(i) || lowercase)) return;
  let hasRole = false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_CLAUSE_LOOKBACK; k--) {
    if (ctx.flagsAt(k) & (F.ROLE | F.KIN) && (ctx.token(k)!.shape !== 'upper' || ctx.inCaps(k))) {
      hasRole = true;
      break;
    }
    if (ctx.token(k)!.sentenceStart) break;
  }
  // In capitals or in lowercase, only a word closed off by commas: "THE MANAGER, DAWN, IS", "the coordinator, jade, at".
  const caps = ctx.inCaps(i) || lowercase;
  if (!hasRole || !(ctx.accepts(i, caps ? 'set-off' : 'appositive') || ctx.isWordName(i))) return;
  let last = i;
  while (last + 1 < ctx.n && ctx.gap(last + 1) === ' ' && (ctx.isCapitalised(last + 1) || (lowercase && ctx.classOf(last + 1) === 'strong')) && ctx.isNameish(last + 1) && last - i < 3) last++;
  const after = ctx.token(last + 1);
  const gapAfter = ctx.gap(last + 1);
  const closedByPunctuation = !after || /[,.;:!?)]/.test(gapAfter);
  if (!closedByPunctuation && (caps || !AFTER_APPOSITIVE.has(after.key))) return;
  // ", Honey," set off by commas after a role is a name even when it is also a word.
  markAfter(ctx, i, caps ? 'set-off' : closedByPunctuation && ctx.isWordName(i) ? 'role' : 'appositive', 'person.appositive');
}

/** A role followed by "who", a verb of a person or the end of a clause: "the paramedic who came", "the porter was". */
function roleThenClause(ctx: PersonContext, k: number): boolean {
  const role = ctx.token(k);
  if (!role || !isSpace(ctx.gap(k)) || !(ctx.flagsAt(k) & F.ROLE)) return false;
  const next = ctx.token(k + 1);
  return !next || /[,.;!?]/.test(ctx.gap(k + 1)) || next.key === 'who' || next.key === 'that' || (ctx.flagsAt(k + 1) & F.PERSON_VERB) !== 0;
}

/** "Ray the porter", "Dean, the health adviser", "April, the student midwife," "Kelly, a nurse on the ward". */
function nameThenRoleCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  const lowercase = t.shape === 'lower' && ctx.analysis.lowercaseStyle;
  if (!(ctx.isCapitalised(i) || lowercase) || ctx.level[i]) return;
  // In lowercase, "jade, the nurse," or, for a listed name, "noel the paramedic who came".
  const lowercaseListed = lowercase && (ctx.classOf(i) === 'strong' || (ctx.classOf(i) === 'unknown' && t.key.length >= 3)) && isSpace(ctx.gap(i + 1)) && ctx.token(i + 1)?.key === 'the' && roleThenClause(ctx, i + 2);
  if (lowercase && !lowercaseListed && (!ctx.gap(i + 1).includes(',') || !(ctx.classOf(i) === 'strong' || ctx.lowercaseFirstName(i)))) return;
  if (copulaRoleCue(ctx, i)) return;
  const article = ctx.token(i + 1);
  if (!article || !ARTICLES.has(article.key) || !SPACE_OR_COMMA.test(ctx.gap(i + 1))) return;
  // "Can the district nurses...", "Will the receptionist...": a question, not "Ray the porter".
  const comma = ctx.gap(i + 1).includes(',');
  if (!comma && (AUXILIARIES.has(t.key) || ctx.flagsAt(i) & F.PERSON_VERB || ctx.inCaps(i))) return;
  let role = -1;
  // "Kelly, my daughter," counts as much as "Kelly, the receptionist,".
  const roleFlags = POSSESSIVES.has(article.key) ? F.ROLE | F.KIN : F.ROLE;
  for (let k = i + 2; k < ctx.n && k <= i + 5; k++) {
    if (!isSpace(ctx.gap(k))) break;
    if (ctx.flagsAt(k) & roleFlags && (ctx.token(k)!.shape !== 'upper' || ctx.inCaps(k))) {
      role = k;
      break;
    }
  }
  if (role < 0) return;
  // "In April, the midwife said" is a month; "April, the student midwife," is a person.
  if (ctx.classOf(i) === 'calendar' && (!t.sentenceStart || ctx.precededByPlaceWord(i))) return;
  if (!lowercase && !ctx.accepts(i, ctx.inCaps(i) ? 'set-off' : 'name-role')) return;
  ctx.markName(i, LEVEL_HIGH, 'person.name-role', true);
}

/** "Comfort is the only GP who listens", "Goodness was our midwife": a first name said to be someone in a role. */
function copulaRoleCue(ctx: PersonContext, i: number): boolean {
  const t = ctx.token(i)!;
  const verb = ctx.token(i + 1);
  const article = ctx.token(i + 2);
  if (t.shape !== 'title' || ctx.classOf(i) !== 'ambiguous' || !(ctx.flagsAt(i) & F.AMBIG_FIRST)) return false;
  if (!verb || (verb.key !== 'is' && verb.key !== 'was') || !isSpace(ctx.gap(i + 1)) || !article || !ARTICLES.has(article.key) || !isSpace(ctx.gap(i + 2))) return false;
  if (ctx.auxiliaryUse(i) || RARELY_NAMES.has(t.key) || DISCOURSE_WORDS.has(t.key) || ctx.followedByFacility(i)) return false;
  if (!t.sentenceStart && (ctx.precededByPlaceWord(i) || ctx.flagsAt(i - 1) & F.DETERMINER)) return false;
  const roleFlags = POSSESSIVES.has(article.key) ? F.ROLE | F.KIN : F.ROLE;
  for (let k = i + 3; k < ctx.n && k <= i + 6 && isSpace(ctx.gap(k)); k++) {
    // "Victory was the only one who listened": "one who" is a person too.
    const oneWho = ctx.token(k)!.key === 'one' && ctx.token(k + 1)?.key === 'who';
    if (ctx.flagsAt(k) & roleFlags || oneWho) {
      ctx.markName(i, LEVEL_HIGH, 'person.copula-role');
      return true;
    }
  }
  return false;
}

/** "Grace on reception", "Bill at the Lloyds pharmacy", "Kirsty from the IBD team". */
function workplaceCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (ctx.level[i]) return;
  if (!ctx.isCapitalised(i)) {
    // "grace on reception", "bill at the lloyds pharmacy" at the start of a clause, from a writer who does not capitalise.
    // A word in no list counts only where a sentence starts: "nuzi on reception is a legend".
    const unlistedStart = t.sentenceStart && ctx.classOf(i) === 'unknown' && t.key.length >= 3;
    if (t.shape !== 'lower' || !ctx.analysis.lowercaseStyle || !(ctx.classOf(i) === 'strong' || ctx.lowercaseFirstName(i) || unlistedStart)) return;
    if (!t.sentenceStart && !CLAUSE_PUNCTUATION.test(ctx.gap(i)) && !CLAUSE_WORDS.has(ctx.token(i - 1)?.key ?? '')) return;
    if (roleOrWorkplaceFollows(ctx, i)) ctx.markName(i, LEVEL_HIGH, 'person.workplace');
    return;
  }
  const c = ctx.classOf(i);
  if (c !== 'strong' && c !== 'ambiguous' && c !== 'unknown') return;
  if (c === 'unknown' && !ctx.isBareCapitalised(i)) return; // "about FGM in front of her class": an acronym
  if (ctx.inCaps(i) && c !== 'strong' && (!ctx.capsFirstName(i) || DISCOURSE_WORDS.has(ctx.token(i)!.key))) return; // "THE CAR PARK AT THE HOSPITAL"
  if (c === 'ambiguous' && ctx.token(i)!.sentenceStart && !(ctx.flagsAt(i) & F.AMBIG_FIRST)) return; // "Park at the..." 
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

/** Index after a praise phrase ending in "to" or "for" ("shout out to", "credit to", "hats off to"), or -1. */
function afterPraise(ctx: PersonContext, i: number): number {
  const t = ctx.token(i)!;
  if (!PRAISE_TRIGGERS.has(t.key)) return -1;
  const before = PRAISE_PHRASES.get(t.key);
  const praise = PRAISE_WORDS.has(t.key) || (before !== undefined && before.has(ctx.token(i - 1)?.key ?? '') && isSpace(ctx.gap(i)));
  if (!praise) return -1;
  const next = ctx.token(i + 1);
  if (t.key === 'up' && isSpace(ctx.gap(i + 1))) return i + 1; // "big up Gift"
  if (PRAISE_VERBS.has(t.key) && next && next.key !== 'to' && next.key !== 'for' && isSpace(ctx.gap(i + 1))) return i + 1; // "praise Patience from the falls team"
  if (!next || (next.key !== 'to' && next.key !== 'for') || !isSpace(ctx.gap(i + 1))) return -1;
  return i + 2;
}

/**
 * "Victory, the healthcare assistant", "Blessing at the pharmacy", "Blessing and Mercy who
 * looked after me": a role, a workplace or "who" right after the word (or after a second
 * name joined by "and"). Returns the index of the last name, or -1.
 */
function personClauseAfter(ctx: PersonContext, j: number, coordinated = false): number {
  const next = ctx.token(j + 1);
  if (!next) return -1;
  const gap = ctx.gap(j + 1);
  // "Victory, the healthcare assistant", "Ray the porter".
  if ((/^,\s{1,2}$/.test(gap) || isSpace(gap)) && ARTICLES.has(next.key)) {
    for (let k = j + 2; k < ctx.n && k <= j + 5 && isSpace(ctx.gap(k)); k++) if (ctx.flagsAt(k) & F.ROLE) return j;
    return -1;
  }
  if (/^,?\s{1,2}$/.test(gap) && next.key === 'who') return j;
  if (!isSpace(gap)) return -1;
  if (next.key === 'and' && !coordinated) {
    const other = ctx.token(j + 2);
    const sameShape = other !== undefined && other.shape === ctx.token(j)!.shape;
    if (!sameShape || !isSpace(ctx.gap(j + 2)) || !(ctx.isNameish(j + 2) || ctx.isWordName(j + 2))) return -1;
    return personClauseAfter(ctx, j + 2, true);
  }
  if (!WORKPLACE_PREPOSITIONS.has(next.key)) return -1;
  for (let k = j + 2; k < ctx.n && k <= j + 5 && isSpace(ctx.gap(k)); k++) if (ctx.flagsAt(k) & F.WORKPLACE) return j;
  return -1;
}

function roleOrWorkplaceFollows(ctx: PersonContext, j: number): boolean {
  return personClauseAfter(ctx, j) >= 0;
}

/** Marks a name and a second one joined to it by "and" ("thanks to blessing and mercy who..."). */
function markThanked(ctx: PersonContext, j: number): void {
  const last = personClauseAfter(ctx, j);
  ctx.markName(j, LEVEL_HIGH, 'person.interaction');
  if (last > j && !ctx.level[last]) ctx.markName(last, LEVEL_HIGH, 'person.interaction');
}

/** The name ends its clause: "Thank you, Precious." */
function endsClause(ctx: PersonContext, j: number): boolean {
  const next = ctx.token(j + 1);
  return !next || /[,.;:!?)\n]/.test(ctx.gap(j + 1)) || next.key === 'for';
}

/** "ask for Bisi", "spoke to Kelly", "thanks to Precious", "shout out to Blessing", "thank you so much to kemi". */
function interactionCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  const interaction = (ctx.flagsAt(i) & F.INTERACTION) !== 0 && !namesAThing(ctx, i);
  const praised = interaction ? -1 : afterPraise(ctx, i);
  if (!interaction && praised < 0) return;
  const thanks = t.key === 'thank' || t.key === 'thanks' || t.key === 'thankyou';
  let j = i + 1;
  if (praised >= 0) {
    j = praised;
  } else {
    if (ctx.token(j)?.key === 'you' && isSpace(ctx.gap(j))) j++; // "thank you to Sefton"
    if (thanks) while (j - i < 6 && THANKS_FILLERS.has(ctx.token(j)?.key ?? '') && isSpace(ctx.gap(j))) j++;
    const next = ctx.token(j);
    if (next && PREPOSITIONS_AFTER_VERB.has(next.key) && isSpace(ctx.gap(j))) j++;
  }
  const candidate = ctx.token(j);
  if (!candidate || ctx.level[j]) return;
  const gap = ctx.gap(j);
  // "Thank you, Precious." and "Thanks, Kelly, for..." name the person thanked.
  const thankedByName = thanks && /^,\s{1,2}$/.test(gap) && endsClause(ctx, j);
  if (!isSpace(gap) && !thankedByName) return;
  const c = ctx.classOf(j);
  if (ctx.flagsAt(j) & (F.TITLE | F.KIN | F.ROLE)) return; // "ask for Sister", "spoke to Matron"
  if (candidate.shape === 'lower') {
    // "thanks to kemi at reception", "shout out to ray the porter" from a writer who does not capitalise.
    if (!ctx.analysis.lowercaseStyle || candidate.key.length < 3) return;
    if (c === 'strong' || (c === 'unknown' && candidate.key.length >= 4)) ctx.markName(j, LEVEL_HIGH, 'person.interaction');
    else if (ctx.lowercaseFirstName(j) && roleOrWorkplaceFollows(ctx, j)) markThanked(ctx, j);
    return;
  }
  if (!ctx.isBareCapitalised(j)) return;
  // "PHONE LINE", "CALL BACK": in capitals, only listed names, or a first name before a role or workplace.
  if (ctx.inCaps(j) && c !== 'strong') {
    if (ctx.capsFirstName(j) && !DISCOURSE_WORDS.has(candidate.key) && roleOrWorkplaceFollows(ctx, j)) markThanked(ctx, j);
    return;
  }
  if (c === 'ambiguous' && !(ctx.flagsAt(j) & F.AMBIG_FIRST)) return;
  // "Shout out to Dari the porter": a word thanked or spoken to, then given a role, is the person.
  if ((thanks || praised >= 0) && (c === 'place' || c === 'calendar') && roleOrWorkplaceFollows(ctx, j)) {
    markThanked(ctx, j);
    return;
  }
  if (c === 'word') {
    // "thanks to Victory, the healthcare assistant": any capitalised word thanked or spoken to
    // in a clause that gives it a role or a workplace.
    if ((thanks || praised >= 0) && ctx.isWordName(j) && !(ctx.flagsAt(j) & F.WORKPLACE) && roleOrWorkplaceFollows(ctx, j)) markThanked(ctx, j);
    return;
  }
  markAfter(ctx, j, 'interaction', 'person.interaction');
}

/** "Precious, you were amazing", "Lucky, if you read this": a name spoken to at the start of a sentence. */
function vocativeCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (!t.sentenceStart || ctx.level[i] || t.key.length < 3 || !/^,\s{1,2}$/.test(ctx.gap(i + 1)) || DISCOURSE_WORDS.has(t.key)) return;
  const c = ctx.classOf(i);
  const flags = ctx.flagsAt(i);
  if (c !== 'ambiguous' && c !== 'strong') return;
  if (!(flags & (F.AMBIG_FIRST | F.FIRST)) || AUXILIARIES.has(t.key) || flags & (F.PERSON_VERB | F.KIN | F.ROLE | F.TITLE)) return;
  if (t.shape === 'upper' ? !ctx.inCaps(i) || !ctx.capsFirstName(i) : t.shape === 'lower' && !ctx.analysis.lowercaseStyle) return;
  for (let k = i + 1; k < ctx.n && k <= i + 10 && !ctx.token(k)!.sentenceStart; k++) {
    if (SECOND_PERSON.has(ctx.token(k)!.key)) {
      ctx.markName(i, LEVEL_HIGH, 'person.vocative');
      return;
    }
  }
}

/** After "hi jade": words that start the message proper ("hi jade i wanted to say"). */
const SELF_OR_PRONOUN = new Set(['i', 'im', "i'm", 'its', 'it', 'this', 'my', 'we', 'just', 'hope', 'thank', 'thanks']);
/** Words that can follow a name given after "it's" or "this is": "its jade from the survey", "it's Kerry here". */
const AFTER_SELF_NAME = new Set(['from', 'here', 'again', 'writing', 'calling', 'speaking', 'and', 'at', 'with', 'of']);

/** "hi its jade from the survey thing", "Hello Grace,", "this is Kerry here": greetings and self-introductions. */
function greetingCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (!t.sentenceStart) return;
  const greeted = GREETINGS.has(t.key);
  const p = greeted ? i + 1 : i;
  const at = ctx.token(p);
  if (!at || (greeted && !/^,?\s{1,2}$/.test(ctx.gap(p)))) return;
  let j = -1;
  let needsFollower = true;
  // "its" or "it's" (which the tokenizer reads as "it" with a possessive).
  if ((at.key === 'its' || (at.key === 'it' && at.possessive)) && /^\s{1,2}$/.test(ctx.gap(p + 1))) j = p + 1;
  else if (at.key === 'this' && ctx.token(p + 1)?.key === 'is' && isSpace(ctx.gap(p + 1))) j = p + 2;
  else if (greeted) {
    j = p; // "hi jade", "Hello Grace,"
    needsFollower = false;
  }
  const name = ctx.token(j);
  if (!name || ctx.level[j] || !/^\s{1,2}$/.test(ctx.gap(j))) return;
  const c = ctx.classOf(j);
  const flags = ctx.flagsAt(j);
  if (DISCOURSE_WORDS.has(name.key) || AUXILIARIES.has(name.key) || flags & (F.PERSON_VERB | F.KIN | F.ROLE | F.TITLE | F.PLACE_PREP | F.DETERMINER)) return;
  if (c === 'ambiguous' && !(flags & F.AMBIG_FIRST)) return;
  // "Hi it's Jordan from the coffee morning": a place that is also a first name, introduced as oneself.
  // "Hi Jordan,", "Dear Chelsea,": after a greeting too, when the comma closes the name.
  const closedByComma = /^,/.test(ctx.gap(j + 1));
  const placeName = c === 'place' && (needsFollower || closedByComma) && name.shape === 'title' && (flags & F.AMBIG_FIRST) !== 0;
  if (c !== 'strong' && c !== 'ambiguous' && c !== 'unknown' && !placeName) return;
  if (name.shape === 'upper' && ctx.inCaps(j) && c !== 'strong' && !ctx.capsFirstName(j)) return;
  const next = ctx.token(j + 1);
  const closed = !next || /[,.;:!?\n]/.test(ctx.gap(j + 1));
  if (needsFollower ? !closed && !AFTER_SELF_NAME.has(next!.key) : !closed && !SELF_OR_PRONOUN.has(next!.key)) return;
  if (placeName) ctx.markName(j, LEVEL_HIGH, 'person.greeting');
  else markAfter(ctx, j, 'greeting', 'person.greeting');
}


/**
 * "Regards, Maureen", "thanks jade", "... RING 07871 550 213. DAVE": the writer's name at the
 * very end, or just before the number or date the writer leaves ("... in hospital. jo bloggs
 * 07700 900123", "scary. j smith 1.2.50").
 */
function signOffCue(ctx: PersonContext): void {
  if (ctx.n === 0 || /[\p{L}\p{N}]/u.test(ctx.analysis.text.slice(ctx.token(ctx.n - 1)!.end))) return;
  let last = ctx.n - 1;
  while (last > 0 && TRAILERS.has(ctx.token(last)!.key)) last--;
  // A phone number or a date of birth left after the name on its line (another detector's, so excluded here).
  const numberEnd = last;
  while (last > 0 && ctx.excluded[last] && /^\d/.test(ctx.token(last)!.text)) last--;
  if (last < numberEnd && ctx.gap(last + 1).includes('\n')) return;
  // "NOREEN CALLOW": in capitals, a family name that is also a word after a name on its own line.
  const wordSurname = last > 0 && ctx.inCaps(last) && ctx.token(last)!.shape === 'upper' && ctx.classOf(last) === 'word' && !(ctx.flagsAt(last) & NEVER_NAME_FLAGS) && isSpace(ctx.gap(last)) && ctx.isNameish(last - 1) && ctx.inCaps(last - 1) && /[.!?\n]/.test(ctx.gap(last - 1));
  // "Thanks, Preeti K": an initial closing the name.
  // ("margaret h" from a writer who never capitalises.)
  const initialShape = ctx.analysis.lowercaseStyle ? /^(?![ai]$)\p{L}$/u : /^\p{Lu}$/u;
  const closingInitial = last > 0 && initialShape.test(ctx.token(last)!.text) && isSpace(ctx.gap(last)) && ctx.isNameish(last - 1);
  const nameEnd = wordSurname || closingInitial ? last - 1 : last;
  // The name: one to three name-like words at the end, all written alike.
  if (!ctx.isNameish(nameEnd)) return;
  let s = nameEnd;
  while (s > 0 && nameEnd - s < 2 && /^ $|^-$/.test(ctx.gap(s)) && ctx.isNameish(s - 1) && ctx.token(s - 1)!.shape === ctx.token(nameEnd)!.shape) s--;
  for (; s <= nameEnd; s++) {
    if (trySignOff(ctx, s, nameEnd)) {
      if (wordSurname) ctx.markName(last, LEVEL_HIGH, 'person.sign-off');
      if (closingInitial) {
        ctx.level[last] = LEVEL_HIGH;
        ctx.rules[last] = 'person.sign-off';
      }
      return;
    }
  }
}

function isSignOffWord(ctx: PersonContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t) return false;
  if (SIGN_OFFS.has(t.key)) return true;
  return t.key === 'you' && (ctx.token(k - 1)?.key === 'thank' || ctx.token(k - 1)?.key === 'thanks');
}

function trySignOff(ctx: PersonContext, s: number, nameEnd: number): boolean {
  const t = ctx.token(s)!;
  if (ctx.level[s] || t.key.length < 3 || !ctx.isNameish(s)) return false;
  const gap = ctx.gap(s);
  const afterSignOffWord = isSignOffWord(ctx, s - 1) && /^[\s,:-]{1,4}$/.test(gap);
  // "scary. j smith": an initial opens the name on its own line.
  const initial = s > 0 && /^\p{L}$/u.test(ctx.token(s - 1)!.text) && !['a', 'i', 'A', 'I'].includes(ctx.token(s - 1)!.text) && /^\.? $/.test(gap) && s > 1 && /[.!?\n]/.test(ctx.gap(s - 1));
  const ownLine = (s > 0 && /[.!?\n]/.test(gap)) || initial;
  const sentence = ctx.analysis.sentenceStarts[s] ?? 0;
  const signOffSentence = /,/.test(gap) && isSignOffWord(ctx, sentence) && sentence < s;
  if (!afterSignOffWord && !ownLine && !signOffSentence) return false;
  const c = ctx.classOf(s);
  const flags = ctx.flagsAt(s);
  if (DISCOURSE_WORDS.has(t.key) || AUXILIARIES.has(t.key) || flags & (F.PERSON_VERB | F.KIN | F.ROLE | F.TITLE | F.PLACE_PREP | F.DETERMINER)) return false;
  if (c === 'ambiguous' && !(flags & F.AMBIG_FIRST)) return false;
  const lowercase = t.shape === 'lower';
  if (lowercase && !ctx.analysis.lowercaseStyle) return false;
  // "going blind while waiting. givo namos": two unlisted lowercase words alone after the last sentence.
  // "i am homeless. vagi": one word in no list, alone after the last sentence.
  const loneUnlisted = lowercase && ownLine && !initial && s === nameEnd && nameEnd === ctx.n - 1 && c === 'unknown' && t.key.length >= 3 && /[.!?\n]/.test(gap) && !isTypoOfWord(t.key);
  const unlistedPair = loneUnlisted || lowercase && ownLine && ((s + 1 === nameEnd && ctx.classOf(s + 1) === 'unknown' && ctx.token(s + 1)!.key.length >= 3) || (initial && s === nameEnd && nameEnd < ctx.n - 1)) && t.key.length >= 3;
  if (c === 'unknown' && !unlistedPair && (lowercase || (!afterSignOffWord && !ownLine))) return false;
  if (c === 'ambiguous' && !afterSignOffWord && !(ownLine && (t.shape === 'title' || ctx.inCaps(s)))) return false;
  ctx.markName(s, LEVEL_HIGH, 'person.sign-off');
  if (initial) {
    ctx.level[s - 1] = LEVEL_HIGH;
    ctx.rules[s - 1] = 'person.sign-off';
  }
  return true;
}


const NOT_SURNAME_FLAGS = F.TITLE | F.KIN | F.ROLE | F.FACILITY | F.STREET | F.RESIDENCE | F.PLACE_PREP | F.DETERMINER | F.PERSON_VERB | F.MONTH | F.WEEKDAY | F.INTERACTION | F.INTRODUCER | F.WORKPLACE;

/** "Mrs Sunday Eze", "my uncle Monday Okonkwo": a weekday or month given as a first name before a surname. */
function calendarFirstName(ctx: PersonContext, j: number, rule: string): void {
  const t = ctx.token(j);
  const surname = ctx.token(j + 1);
  if (!t || !surname || ctx.level[j] || t.shape !== 'title' || ctx.classOf(j) !== 'calendar' || !isSpace(ctx.gap(j + 1))) return;
  if (surname.shape !== 'title' || ctx.followedByFacility(j + 1)) return;
  const c = ctx.classOf(j + 1);
  if (c !== 'strong' && c !== 'unknown' && !(c === 'ambiguous' && ctx.flagsAt(j + 1) & F.AMBIG_LAST)) return;
  ctx.markName(j, LEVEL_HIGH, rule);
}

/** "the physio paris had", "nurse will was lovely": a lowercase first name right before a verb that takes a person. */
function lowercaseNameBeforeVerb(ctx: PersonContext, j: number): boolean {
  const t = ctx.token(j)!;
  const verb = ctx.token(j + 1);
  if (!verb || !isSpace(ctx.gap(j + 1)) || !(ctx.flagsAt(j + 1) & F.PERSON_VERB) || verb.shape !== 'lower' || t.key.length < 3) return false;
  if (DISCOURSE_WORDS.has(t.key) || ctx.flagsAt(j) & (F.PERSON_VERB | F.ROLE | F.KIN | F.TITLE)) return false;
  return ctx.classOf(j) === 'strong' || ctx.lowercaseFirstName(j, true);
}

/** Words that can follow a list of names closed by a comma: "The paramedics, Dean and Paris, were gentle". */
const AFTER_SET_OFF = new Set([
  'was', 'were', 'is', 'are', 'has', 'had', 'have', 'who', 'they', 'she', 'he', 'both', 'stayed', 'said', 'came', 'made', 'did',
  'could', 'would', 'will', 'took', 'gave', 'kept', 'never', 'always', 'also', 'just', 'really', 'all',
]);

/** A word that can be a name set off by commas after a role: any listed name, a place or month that is a first name, a capitalised word. */
function setOffName(ctx: PersonContext, k: number): boolean {
  const t = ctx.token(k);
  if (!t || t.key.length < 2) return false;
  if (ctx.level[k]) return true;
  const flags = ctx.flagsAt(k);
  if (flags & (F.TITLE | F.KIN | F.PLACE_PREP | F.DETERMINER | F.PERSON_VERB | F.STREET | F.FACILITY | F.WORKPLACE | F.INTERACTION)) return false;
  if (flags & F.ROLE && !(flags & F.AMBIG_FIRST)) return false;
  const c = ctx.classOf(k);
  if (c === 'none') return false;
  if (t.shape === 'lower') return ctx.analysis.lowercaseStyle && (c === 'strong' || ctx.lowercaseFirstName(k, true));
  if (t.shape === 'upper') {
    if (!ctx.inCaps(k)) return false;
    return c === 'strong' || c === 'unknown' || (flags & F.AMBIG_FIRST) !== 0;
  }
  if (t.shape !== 'title' || DISCOURSE_WORDS.has(t.key) && !(flags & F.AMBIG_FIRST)) return false;
  if (c === 'strong' || c === 'unknown' || c === 'ambiguous') return true;
  if (c === 'place' || c === 'calendar') return (flags & (F.AMBIG_FIRST | F.AMBIG_LAST)) !== 0;
  return ctx.isWordName(k);
}

/** The index after a name starting at k (a first name and up to two more name words). */
function nameEnd(ctx: PersonContext, k: number): number {
  let last = k;
  while (last - k < 2 && isSpace(ctx.gap(last + 1)) && ctx.token(last + 1) && ctx.token(last + 1)!.shape === ctx.token(k)!.shape && ctx.token(last + 1)!.key !== 'and' && ctx.isNameish(last + 1) && !(ctx.flagsAt(last + 1) & F.PERSON_VERB)) last++;
  return last;
}

/**
 * "The paramedics, Dean and Paris, were gentle", "Two ladies come, Lucky and Happy, they are
 * sisters", "the nurse who did the discharge, Georgia, was kind", "One of them, Guy, stayed":
 * names set off by commas in a clause about a role or a group of people.
 */
function setOffListCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (t.sentenceStart || !COMMA_THEN_SPACE.test(ctx.gap(i)) || !setOffName(ctx, i)) return;
  const names: number[] = [i];
  let last = nameEnd(ctx, i);
  for (let guard = 0; guard < 3; guard++) {
    const next = ctx.token(last + 1);
    if (!next) break;
    const gap = ctx.gap(last + 1);
    let k = -1;
    if (next.key === 'and' && /^,?\s{1,2}$/.test(gap) && isSpace(ctx.gap(last + 2))) k = last + 2;
    else if (/^,\s{1,2}$/.test(gap) && ctx.token(last + 2) && ctx.token(last + 2)!.key !== 'and' && setOffName(ctx, last + 1) && /^,\s{1,2}$|^\s$/.test(ctx.gap(last + 2)) && ctx.token(last + 2)!.key === 'and') k = last + 1;
    if (k < 0 || !setOffName(ctx, k) || ctx.token(k)!.shape !== t.shape) break;
    names.push(k);
    last = nameEnd(ctx, k);
  }
  const closing = ctx.gap(last + 1);
  const after = ctx.token(last + 1);
  if (!after || !/^\s{0,2}[,–—-]\s{1,2}$/.test(closing)) return;
  const listed = names.length > 1;
  const verbAfter = AFTER_SET_OFF.has(after.key) || (ctx.flagsAt(last + 1) & F.PERSON_VERB) !== 0;
  if (!verbAfter && !(listed && after.shape === 'lower')) return;
  let cue = false;
  const from = ctx.analysis.sentenceStarts[i] ?? 0;
  for (let k = i - 1; k >= from && i - k <= MAX_CLAUSE_LOOKBACK; k--) {
    const token = ctx.token(k)!;
    const flags = ctx.flagsAt(k);
    if (flags & (F.ROLE | F.KIN) && (token.shape !== 'upper' || ctx.inCaps(k)) && !(ctx.level[k])) cue = true;
    if ((token.key === 'them' || token.key === 'us') && ctx.token(k - 1)?.key === 'of') cue = true; // "One of them, Guy,"
    if (cue) break;
  }
  if (!cue) return;
  for (const k of names) if (!ctx.level[k]) ctx.markName(k, LEVEL_HIGH, 'person.set-off');
}

/** "the midwife who came today Honey was amazing": a capitalised word before "was" in a clause about a role. */
function roleClauseNameCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  if (t.sentenceStart || ctx.level[i] || t.shape !== 'title' || !isSpace(ctx.gap(i)) || ctx.token(i - 1)!.shape !== 'lower') return;
  const verb = ctx.token(i + 1);
  if (!verb || !isSpace(ctx.gap(i + 1)) || !['was', 'is', 'has', 'had', 'were'].includes(verb.key)) return;
  if (ctx.flagsAt(i - 1) & (F.PLACE_PREP | F.DETERMINER) || !(setOffName(ctx, i) || ctx.isWordName(i))) return;
  const from = ctx.analysis.sentenceStarts[i] ?? 0;
  for (let k = i - 2; k >= from && i - k <= 8; k--) {
    if ((ctx.token(k)!.key === 'who' || ctx.token(k)!.key === 'that') && ctx.flagsAt(k - 1) & F.ROLE) {
      ctx.markName(i, LEVEL_HIGH, 'person.role-clause');
      return;
    }
  }
}

/** "Contact: Ray on 0744...", "Contact through Ploy:", "according to Ploy, by phone". */
function contactCue(ctx: PersonContext, i: number): void {
  const t = ctx.token(i)!;
  let j = -1;
  if (t.key === 'contact' && /^:?\s{1,2}$/.test(ctx.gap(i + 1))) {
    j = i + 1;
    const via = ctx.token(j)?.key;
    if ((via === 'through' || via === 'via' || via === 'is') && isSpace(ctx.gap(j + 1))) j++;
  } else if (t.key === 'according' && ctx.token(i + 1)?.key === 'to' && isSpace(ctx.gap(i + 1)) && isSpace(ctx.gap(i + 2))) j = i + 2;
  const name = ctx.token(j);
  if (!name || ctx.level[j] || name.shape !== 'title' || ctx.followedByFacility(j)) return;
  const c = ctx.classOf(j);
  const flags = ctx.flagsAt(j);
  if (!(c === 'strong' || c === 'unknown' || (flags & F.AMBIG_FIRST && (c === 'ambiguous' || c === 'place')))) return;
  const last = nameEnd(ctx, j);
  const next = ctx.token(last + 1);
  if (next && !/[,.;:!?(\n]/.test(ctx.gap(last + 1)) && !['on', 'at', 'by', 'or', 'and', 'via'].includes(next.key)) return;
  ctx.markName(j, LEVEL_HIGH, 'person.contact');
}

const CHAT_TIME = /^ ?[([]\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?[)\]] ?:?|^ ?: /i;

/** "Ebuka (09:31): are you serious", "Uche: ok": a speaker's name at the start of a line of a chat. */
function chatLabelCue(ctx: PersonContext): void {
  const text = ctx.analysis.text;
  const labels: number[] = [];
  let timed = false;
  for (let i = 0; i < ctx.n; i++) {
    const t = ctx.token(i)!;
    if (i > 0 && !ctx.gap(i).includes('\n')) continue;
    const after = CHAT_TIME.exec(text.slice(t.end, t.end + 24));
    if (!after || t.shape !== 'title' || t.possessive) continue;
    // "Tel: 020 ...", "Email: x@y": a form field in a signature, not a speaker.
    const rest = text.slice(t.end + after[0].length, t.end + after[0].length + 80).split('\n')[0]!;
    if (/^\s*[+(\d]|@|www\./.test(rest)) continue;
    if (after[0].includes('(') || after[0].includes('[')) timed = true;
    labels.push(i);
  }
  if (labels.length === 0 || (!timed && labels.length < 2)) return;
  for (const i of labels) {
    const c = ctx.classOf(i);
    const flags = ctx.flagsAt(i);
    if (ctx.level[i] || flags & (F.TITLE | F.KIN | F.ROLE | F.PERSON_VERB | F.DETERMINER | F.PLACE_PREP)) continue;
    if (c === 'strong' || c === 'unknown' || (flags & F.AMBIG_FIRST && c !== 'word')) ctx.markName(i, LEVEL_HIGH, 'person.chat');
  }
}

/** "Ah Wei", "Ah Keung": the Cantonese familiar prefix joins the name after it; "(Pops to us)": a family nickname. */
function nicknameCues(ctx: PersonContext): void {
  for (let i = 0; i + 1 < ctx.n; i++) {
    const t = ctx.token(i)!;
    if (t.text === 'Ah' && isSpace(ctx.gap(i + 1)) && !ctx.level[i] && ctx.token(i + 1)!.shape === 'title') {
      const c = ctx.classOf(i + 1);
      if (ctx.level[i + 1] || c === 'strong' || c === 'unknown') ctx.markName(i, LEVEL_HIGH, 'person.nickname');
    }
    if (OPENING_BRACKET_END.test(ctx.gap(i)) && t.shape === 'title' && !ctx.level[i] && ctx.token(i + 1)?.key === 'to') {
      const who = ctx.token(i + 2);
      if (who && (who.key === 'us' || who.key === 'me' || who.key === 'everyone') && /^\)/.test(ctx.gap(i + 3) || ')') && ctx.classOf(i) !== 'none') ctx.markName(i, LEVEL_HIGH, 'person.nickname');
    }
  }
}

export function applyCues(ctx: PersonContext): void {
  chatLabelCue(ctx);
  for (let i = 0; i < ctx.n; i++) {
    titleCue(ctx, i);
    kinshipCue(ctx, i);
    introductionCue(ctx, i);
    calledCue(ctx, i);
    roleCue(ctx, i);
  }
  // Rules that look at a capitalised word itself run after the cue words have claimed theirs.
  for (let i = 0; i < ctx.n; i++) {
    setOffListCue(ctx, i);
    roleClauseNameCue(ctx, i);
    contactCue(ctx, i);
    appositiveCue(ctx, i);
    nameThenRoleCue(ctx, i);
    workplaceCue(ctx, i);
    interactionCue(ctx, i);
    if (ctx.token(i)!.sentenceStart) {
      vocativeCue(ctx, i);
      greetingCue(ctx, i);
    }
  }
  signOffCue(ctx);
  nicknameCues(ctx);
}
