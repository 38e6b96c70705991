import { F, NAME_FLAGS, ORDINARY_WORD_FLAGS } from '../../lexicon/lexicon';
import { gapBefore, type TextAnalysis } from '../../text/analysis';
import type { Token } from '../../text/tokens';
import type { Detection, EntityType } from '../../types';

/** Where the other detectors' findings of these types start: for rules that read a name beside one. */
export function detectionStarts(others: readonly Detection[], ...types: EntityType[]): Set<number> {
  return new Set(others.filter((d) => types.includes(d.type)).map((d) => d.start));
}

/**
 * How a word can be read as a name:
 * - strong: in the name lists and not an ordinary word ("Tanvir", "Okafor");
 * - ambiguous: a name that is also a word ("Grace", "Will", "Brown"): only in context;
 * - unknown: capitalised but in no list at all: a name only with supporting context;
 * - place: a place, language, brand or service ("Harrow", "Polish", "Boots"): only after a strong cue;
 * - calendar: a month or weekday; "June" and "April" only after a cue;
 * - word: an ordinary English word; none: a number, a masked stretch or an allow-listed phrase.
 */
export type NameClass = 'strong' | 'ambiguous' | 'unknown' | 'place' | 'calendar' | 'word' | 'none';

/** What introduced a name; the weaker the cue, the fewer kinds of word it accepts. */
export type CueKind =
  | 'title'
  | 'kin'
  | 'kin-comma'
  | 'intro'
  | 'name-is'
  | 'called'
  | 'role'
  | 'appositive'
  | 'interaction'
  | 'workplace'
  | 'name-role'
  /** "is called Memory", "a nurse named Treasure": a person being named. */
  | 'named'
  /** "hi its jade from", "Hello Grace,". */
  | 'greeting'
  /** "Regards, Maureen" at the end of a text. */
  | 'signoff'
  /** ", Dawn," set off by commas after a role: "THE MANAGER AT THE CARE AGENCY, DAWN, IS". */
  | 'set-off';

const STRONG_CUES: ReadonlySet<CueKind> = new Set(['title', 'kin', 'kin-comma', 'intro', 'name-is', 'called', 'named', 'role']);
const MONTH_NAME_CUES: ReadonlySet<CueKind> = new Set(['kin', 'kin-comma', 'called', 'named', 'role', 'appositive', 'name-role']);
const LOWERCASE_CUES: ReadonlySet<CueKind> = new Set(['title', 'kin', 'kin-comma', 'called', 'named', 'intro', 'name-is', 'greeting', 'signoff', 'set-off', 'role']);
/** Cues after which a lowercase word-name is a name in text written without capitals ("dr miles", "my wife hope"). */
const LOWERCASE_WORD_NAME_CUES: ReadonlySet<CueKind> = new Set(['name-is', 'title', 'kin', 'kin-comma', 'named', 'greeting', 'signoff', 'set-off', 'role']);
/** Verbs and auxiliaries that follow "the nurse" or "my son" far more often than a name does. */
export const AUXILIARIES = new Set(['will', 'may', 'can', 'might', 'must', 'shall', 'should', 'would', 'could', 'do', 'did', 'does', 'am', 'are', 'be', 'been', 'being', 'mark', 'sue', 'bill']);
/** Cues strong enough that a capitalised ordinary word after them is a name ("Mr Sharp", "my son Honey", "is called Memory"). */
const WORD_NAME_CUES: ReadonlySet<CueKind> = new Set(['title', 'kin', 'name-is', 'role', 'named']);
/**
 * In a sentence written in capitals, capitals say nothing: only these cues introduce a name
 * that is not in the name lists ("MY SON WILL NOT GO", "MY DAD HAS BEEN", "PHONE LINE").
 */
const CAPS_CUES: ReadonlySet<CueKind> = new Set(['title', 'kin', 'kin-comma', 'name-is', 'named', 'set-off', 'role', 'greeting', 'signoff']);
/** Word-names that are seasons, weather, endearments or roles far more often than anyone's name. */
export const RARELY_NAMES = new Set([
  'summer', 'autumn', 'winter', 'spring', 'sunny', 'rain', 'storm', 'sky', 'star', 'river', 'chance', 'sunshine', 'night', 'day',
  'morning', 'love', 'honey', 'dear', 'baby', 'mate', 'sir', 'well', 'bless', 'god', 'lord', 'heaven', 'fine', 'lovely',
  'wonderful', 'promise', 'talent', 'trust', 'king', 'queen', 'major', 'general', 'guy', 'man', 'lady', 'sister', 'nurse',
  'doctor', 'ward', 'line', 'help', 'care',
]);
/** Words after "called" that are not a name: "called back", "was called away", "called in sick". */
const NOT_NAMED_WORDS = new Set([
  'back', 'away', 'out', 'off', 'over', 'round', 'around', 'through', 'again', 'later', 'today', 'yesterday', 'tomorrow', 'twice',
  'once', 'sick', 'ahead', 'home', 'both', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone', 'them', 'him', 'her',
  'me', 'us', 'you', 'it', 'this', 'that', 'something', 'anything', 'nothing', 'what', 'names', 'rude', 'stupid', 'lazy', 'liar',
  'liars', 'racist', 'crazy', 'mad', 'difficult', 'aggressive', 'selfish', 'hysterical', 'dramatic', 'darling', 'sweetheart',
  'sweetie', 'babe', 'hun', 'pet', 'duck', 'dear', 'love', 'mate', 'sir', 'madam', 'names', 'late', 'early', 'immediately',
  'anytime', 'asap', 'urgently', 'directly', 'whenever', 'tonight', 'now', 'first', 'instead', 'please', 'privately',
]);
/** Words after "her name is" that describe the name rather than give it: "her name is wrong on the letter". */
const NAME_IS_NOT = new Set(['wrong', 'right', 'correct', 'incorrect', 'missing', 'different', 'unknown', 'blank', 'there', 'here', 'gone', 'long', 'short', 'hard', 'difficult', 'unusual', 'common', 'mine', 'hers', 'his', 'important', 'private', 'confidential', 'same', 'spelt', 'listed', 'down', 'up', 'fine', 'ok', 'okay']);
/** Words after a name given after "called": "called sparkle and she...". */
const AFTER_NAMED = new Set(['and', 'but', 'who', 'she', 'he', 'they', 'was', 'is', 'from', 'at', 'on', 'in', 'because', 'so']);
/** Modal and auxiliary verbs: "MY SON WILL NOT GO", "my son can walk". */
export const MODALS = new Set(['will', 'may', 'can', 'might', 'must', 'shall', 'should', 'would', 'could', 'do', 'did', 'does', 'am', 'are', 'be', 'been', 'being']);
/** Finite verbs that follow a name but never a modal: "will was", "may has". */
const FINITE_AFTER_NAME = new Set(['was', 'is', 'has', 'had', 'were', 'says', 'said']);
/** Names that are also verbs taking an object: "sue the trust", "mark my words", "bill me". */
const VERB_NAMES = new Set(['mark', 'sue', 'bill', 'pat', 'rob', 'chase', 'frank']);
const OBJECT_WORDS = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'their', 'our', 'me', 'him', 'them', 'us', 'it', 'you', 'this', 'that', 'up', 'down', 'out']);
/** Past tenses that follow a name ("my neighbour Will drove") but never a modal ("will drive"). */
export const IRREGULAR_PAST = new Set(['said', 'told', 'came', 'went', 'gave', 'took', 'made', 'drove', 'brought', 'kept', 'saw', 'spoke', 'sat', 'stood', 'found', 'wrote', 'knew', 'got', 'rang', 'sang', 'thought', 'felt', 'left', 'met', 'sent', 'caught', 'taught', 'fought', 'held', 'ran']);
/** Ordinary words that are never part of a name, however capitalised. */
export const NEVER_NAME_FLAGS =
  F.TITLE | F.KIN | F.ROLE | F.FACILITY | F.STREET | F.RESIDENCE | F.PLACE_PREP | F.DETERMINER | F.PERSON_VERB | F.MONTH | F.WEEKDAY | F.INTERACTION | F.INTRODUCER;
const MAX_NAME_WORDS = 4;
/** The longest run of capitals in no list read as an acronym ("NSECH"); longer ones may be family names in notes. */
const MAX_ACRONYM = 5;
const MAX_PARTICLES = 3;
/** A lowercase particle joined to a capitalised name: "al-Farsi", "el-Sayed", "bin-Laden", "abu-Bakr". */
const HYPHENATED_PARTICLE = /^(?:al|el|ul|ud|ad|ar|as|ash|at|az|bin|ibn|bint|abu|ben|da|de|di|du|van|von|ter|ten)-\p{Lu}\p{L}+$/u;
/** Irish and Scottish Gaelic particles written capitalised inside a name: "Ní Bhriain", "Ó Muircheartaigh", "Nic Aodha". */
export const GAELIC_PARTICLE = /^(?:Ní|Nic|Ó|Ua|Uí|Mhic|Nig)$/u;

/** Words between a place's name and its facility noun: "X dental practice", "X Medical Centre", "X GP surgery". */
const SERVICE_MODIFIERS = new Set([
  'dental', 'medical', 'gp', 'eye', 'community', 'family', 'children', "children's", 'maternity', 'mental', 'sexual', 'walk-in',
  'urgent', 'day', 'primary', 'memorial', 'general', 'district', 'cottage', 'royal', 'university', 'teaching', 'specialist',
  'rehabilitation', 'rehab', 'recovery', 'wellbeing', 'physio', 'sports', 'leisure', 'youth', 'dementia', 'respite', 'nursing',
]);

const QUOTE_OPEN = /^ ["“'‘(]$/;
const QUOTE_CLOSE = /^["”'’)] $/;

/** "I'll", "We've", "Can't": contractions are never names. */
const CONTRACTED = /'(?:ll|ve|re|d|m|t|s)$|n't$/;

export const LEVEL_LOW = 1;
export const LEVEL_HIGH = 2;

export class PersonContext {
  readonly tokens: readonly Token[];
  readonly flags: Int32Array;
  readonly n: number;
  /** Person level per token: 0 none, 1 low, 2 high. */
  readonly level: Uint8Array;
  readonly rules: (string | undefined)[];
  private readonly classes: (NameClass | undefined)[];

  constructor(
    readonly analysis: TextAnalysis,
    /** Tokens inside another identifier (an email, an address) or an allow-listed phrase. */
    readonly excluded: Uint8Array,
  ) {
    this.tokens = analysis.tokens;
    this.flags = analysis.flags;
    this.n = analysis.tokens.length;
    this.level = new Uint8Array(this.n);
    this.rules = new Array<string | undefined>(this.n);
    this.classes = new Array<NameClass | undefined>(this.n);
  }

  // Reads outside the array (i - 1 at the start, i + 1 at the end) are common here, and a
  // negative index on an array is a slow property look-up in V8: the bounds are checked first.
  token(i: number): Token | undefined {
    return i >= 0 && i < this.n ? this.tokens[i] : undefined;
  }

  flagsAt(i: number): number {
    return i >= 0 && i < this.n ? this.flags[i]! : 0;
  }

  gap(i: number): string {
    return gapBefore(this.analysis, i);
  }

  inCaps(i: number): boolean {
    return this.analysis.caps[i] === 1;
  }

  /** Capitalised as a name would be: Title case, or capitals in a sentence written in capitals. */
  isCapitalised(i: number): boolean {
    const t = this.token(i);
    if (!t) return false;
    return t.shape === 'title' || (t.shape === 'upper' && (this.inCaps(i) || t.coreEnd - t.start > 2));
  }

  /** Capitalisation that counts as evidence without a cue (capitals in normal text are acronyms). */
  isBareCapitalised(i: number): boolean {
    const t = this.token(i);
    if (!t) return false;
    return t.shape === 'title' || (t.shape === 'upper' && this.inCaps(i));
  }

  classOf(i: number): NameClass {
    if (i < 0 || i >= this.n) return 'none';
    const cached = this.classes[i];
    if (cached) return cached;
    const computed = this.computeClass(i);
    this.classes[i] = computed;
    return computed;
  }

  private computeClass(i: number): NameClass {
    const t = this.token(i);
    if (!t || t.shape === 'digit' || this.excluded[i] || t.coreEnd - t.start < 2) return 'none';
    const flags = this.flagsAt(i);
    if (this.analysis.placePhrase[i] || flags & (F.PLACE | F.NON_PERSON)) return 'place';
    if (flags & NAME_FLAGS) return 'strong';
    if (flags & (F.MONTH | F.WEEKDAY)) return 'calendar';
    if (flags & (F.AMBIG_FIRST | F.AMBIG_LAST)) return 'ambiguous';
    if (flags & ORDINARY_WORD_FLAGS) return 'word';

    if (flags & (F.PARTICLE | F.INTERACTION | F.INTRODUCER | F.RESIDENCE_CUE | F.SERVICE_VISIT | F.WORKPLACE | F.KIN_ADJ)) return 'word';
    // "MSK", "NEAS", "PCSE": a short word in capitals, in no list, in text not written in capitals is an acronym,
    // unless a title or a family word comes before it ("my son MINSU") or a name after it ("PIZO Deburpur").
    if (t.shape === 'upper' && !this.inCaps(i) && t.coreEnd - t.start <= MAX_ACRONYM && !this.besideNameCue(i)) return 'word';
    return 'unknown';
  }

  /** A title or a family word just before the word, or a capitalised name in no list or a listed one just after it ("PIZO Deburpur"). */
  private besideNameCue(i: number): boolean {
    if (this.flagsAt(i - 1) & (F.TITLE | F.KIN) && this.gap(i) === ' ') return true;
    const next = this.token(i + 1);
    // "DOPA, Pibili": in a note's header the family name comes first, then a comma.
    if (!next || next.shape !== 'title' || !(this.gap(i + 1) === ' ' || (this.gap(i + 1) === ', ' && this.token(i)!.sentenceStart))) return false;
    const flags = this.flagsAt(i + 1);
    return (flags & NAME_FLAGS) !== 0 || (flags === 0 && next.coreEnd - next.start >= 3);
  }

  /** A capitalised ordinary word that could be a surname ("Sharp", "Church") after a name or a strong cue. */
  isWordName(i: number): boolean {
    const t = this.token(i);
    // A quotation opened mid-sentence starts no sentence: 'they called her "Sprout"'.
    return t !== undefined && t.shape === 'title' && (!t.sentenceStart || this.afterInitial(i) || QUOTE_OPEN.test(this.gap(i))) && this.classOf(i) === 'word' && !(this.flagsAt(i) & NEVER_NAME_FLAGS) && !CONTRACTED.test(t.key);
  }

  /** "T. Deli": the full stop after an initial does not end a sentence. */
  afterInitial(i: number): boolean {
    const previous = this.token(i - 1);
    return previous !== undefined && /^\p{Lu}$/u.test(previous.text) && this.gap(i) === '. ';
  }

  isNameish(i: number): boolean {
    const c = this.classOf(i);
    return c === 'strong' || c === 'ambiguous' || c === 'unknown';
  }

  /** The next word is a street, a building or a service: "Dean Street", "Victoria line", "Lloyds pharmacy". */
  followedByFacility(last: number): boolean {
    const t = this.token(last);
    const next = this.token(last + 1);
    if (!t || !next || t.possessive) return false;
    const gap = this.gap(last + 1);
    if (gap !== ' ' && gap !== '-') return false;
    if (this.flagsAt(last + 1) & (F.STREET | F.RESIDENCE | F.FACILITY)) return true;
    // "Hatton Garden dental practice", "Jenner GP surgery": a kind of service, then the facility.
    return SERVICE_MODIFIERS.has(next.key) && this.gap(last + 2) === ' ' && (this.flagsAt(last + 2) & F.FACILITY) !== 0;
  }

  /** "the", "in", "at", "from"...: before these a capitalised word is usually a place or a thing. */
  precededByPlaceWord(i: number): boolean {
    if (i === 0 || this.token(i)?.sentenceStart) return false;
    const gap = this.gap(i);
    if (!/^\s+$/.test(gap)) return false;
    const previous = this.token(i - 1);
    return previous !== undefined && previous.shape !== 'title' && (this.flagsAt(i - 1) & F.PLACE_PREP) !== 0;
  }

  /** Whether the word at i can start a name introduced by a cue of this kind. */
  accepts(i: number, cue: CueKind): boolean {
    const t = this.token(i);
    if (!t || this.level[i]) return false;
    const c = this.classOf(i);
    if (c === 'none') return false;
    if (t.shape === 'lower') {
      if (!LOWERCASE_CUES.has(cue) || t.key.length < 3) return false;
      // "the speech therapist jasmine": only from a writer who never capitalises ("the nurse practioner" is a typo).
      if ((cue === 'role' || cue === 'set-off') && !this.analysis.lowercaseStyle) return false;
      if (c === 'strong' || c === 'unknown') return true;
      if (!this.analysis.lowercaseStyle || !LOWERCASE_WORD_NAME_CUES.has(cue)) return false;
      if (c === 'ambiguous') return !this.auxiliaryUse(i) && !(this.flagsAt(i) & F.PERSON_VERB);
      // "dr holloway", "my daughter victoria", "my sister june": a place or a month that is also a name.
      if (c === 'place' || c === 'calendar') return (cue === 'title' || cue === 'kin' || cue === 'named') && this.lowercaseFirstName(i, true);
      if (c === 'word' && cue === 'named') return this.namedWord(i); // "the nurse is called sparkle"
      // "her name is bless and she's lovely": after "name is" too, unless the word says what is wrong with the name.
      if (c === 'word' && cue === 'name-is') return ['is', 'was'].includes(this.token(i - 1)?.key ?? '') && this.statedName(i);
      // "nurse bola": a rare word after a lowercase title
      return cue === 'title' && c === 'word' && !(this.flagsAt(i) & (F.FREQUENT | ORDINARY_WORD_FLAGS & ~F.WORD));
    }
    if (t.shape === 'upper' && !this.inCaps(i) && c !== 'strong' && c !== 'unknown') return false;
    if (t.shape === 'upper' && this.inCaps(i) && c !== 'strong') {
      if (!CAPS_CUES.has(cue)) return false;
      const flags = this.flagsAt(i);
      if (c === 'unknown') return true;
      if (c === 'ambiguous') return this.capsFirstName(i);
      if (c === 'place') return cue === 'title' || cue === 'kin' || cue === 'name-is' || (cue === 'named' && (flags & F.AMBIG_FIRST) !== 0);
      if (c === 'calendar') return cue !== 'title' && (flags & F.AMBIG_FIRST) !== 0;
      return c === 'word' && cue === 'named' && this.namedWord(i);
    }
    switch (c) {
      case 'strong':
      case 'unknown':
      case 'ambiguous':
        return true;
      case 'place':
        // "I am Chinese", "I'm Polish": after an introduction, a nationality is no name ("I'm Jordan" is).
        if ((cue === 'intro' || cue === 'name-is') && !(this.flagsAt(i) & (F.AMBIG_FIRST | F.AMBIG_LAST))) return false;
        // "the interpreter was Amharic": a language or a nationality that is no name needs a title or a kinship word.
        if (cue === 'role' && this.flagsAt(i) & F.NON_PERSON && !(this.flagsAt(i) & (F.AMBIG_FIRST | F.AMBIG_LAST))) return false;
        return STRONG_CUES.has(cue) && (t.shape === 'title' || this.inCaps(i));
      case 'calendar':
        return MONTH_NAME_CUES.has(cue) && (this.flagsAt(i) & F.AMBIG_FIRST) !== 0;
      case 'word':
        return WORD_NAME_CUES.has(cue) && this.isWordName(i);
      default:
        return false;
    }
  }

  /** "WILL" in "MY SON WILL NOT GO", "mark" in "mark my words": the word used as a verb, not a name. */
  auxiliaryUse(i: number): boolean {
    const t = this.token(i);
    const next = this.token(i + 1);
    if (!t) return false;
    if (MODALS.has(t.key)) {
      // "nurse will was lovely": a modal is never followed by a finite "was", "is" or "had".
      if (next !== undefined && this.gap(i + 1) === ' ' && FINITE_AFTER_NAME.has(next.key)) return false;
      // "my neighbour Will drove me": a past tense cannot follow a modal.
      const pastTense = next !== undefined && this.gap(i + 1) === ' ' && this.flagsAt(i + 1) & F.PERSON_VERB && (next.key.endsWith('ed') || IRREGULAR_PAST.has(next.key));
      return !pastTense;
    }
    return VERB_NAMES.has(t.key) && (next === undefined || OBJECT_WORDS.has(next.key));
  }

  /**
   * In text written without capitals, a word that is also a first name and not used as a
   * verb or as one of the words that are names far less often than not ("grace", not "will",
   * "hope", "summer"). With `anyName`, family names and places that are names count too.
   */
  lowercaseFirstName(i: number, anyName = false): boolean {
    const t = this.token(i);
    if (!t || t.shape !== 'lower' || t.key.length < 3) return false;
    const flags = this.flagsAt(i);
    const nameFlags = anyName ? F.AMBIG_FIRST | F.AMBIG_LAST | NAME_FLAGS : F.AMBIG_FIRST;
    if (!(flags & nameFlags) || flags & (NEVER_NAME_FLAGS & ~(F.MONTH | F.WEEKDAY)) || this.auxiliaryUse(i) || RARELY_NAMES.has(t.key)) return false;
    // "the carer may is like family": a modal never comes before "is" or "was".
    const finiteNext = this.gap(i + 1) === ' ' && FINITE_AFTER_NAME.has(this.token(i + 1)?.key ?? '');
    return !(flags & F.WEEKDAY) && !(flags & F.MONTH && MODALS.has(t.key) && !finiteNext);
  }

  /**
   * An ordinary word given as someone's name in lowercase or in capitals ("the nurse is
   * called sparkle and", "HE IS CALLED SPARKLE."): not "was called away", "called back in".
   */
  namedWord(i: number): boolean {
    const t = this.token(i)!;
    if (t.key.length < 3 || this.flagsAt(i) & (NEVER_NAME_FLAGS | F.WORKPLACE) || NOT_NAMED_WORDS.has(t.key) || t.key.endsWith('ly')) return false;
    const next = this.token(i + 1);
    return !next || /[,.;:!?)\n]/.test(this.gap(i + 1)) || AFTER_NAMED.has(next.key) || (this.flagsAt(i + 1) & F.PERSON_VERB) !== 0;
  }

  /** The word given after "her name is" as the name, not a word about the name ("is wrong", "is spelt"). */
  statedName(i: number): boolean {
    const key = this.token(i)!.key;
    return this.namedWord(i) && !NAME_IS_NOT.has(key) && !key.endsWith('ed');
  }

  /** In capitals, a word-name that can only be read as a first name here ("GRACE", not "HAS", "LINE" or "WILL NOT"). */
  capsFirstName(i: number): boolean {
    const flags = this.flagsAt(i);
    return this.classOf(i) === 'ambiguous' && (flags & F.AMBIG_FIRST) !== 0 && !(flags & NEVER_NAME_FLAGS) && !this.auxiliaryUse(i) && !RARELY_NAMES.has(this.token(i)!.key);
  }

  /** Marks a name starting at i and any name words after it (and before it when asked). Returns the last index. */
  markName(i: number, level: number, rule: string, extendLeft = false): number {
    let first = i;
    let last = i;
    const lowercaseName = this.token(i)?.shape === 'lower';
    // Particles ("de la", "van der") do not count towards the length of a name.
    let words = 1;
    while (last + 1 < this.n && words < MAX_NAME_WORDS) {
      const next = this.nextNameWord(last, lowercaseName, i);
      if (next < 0) break;
      last = next;
      words++;
    }
    if (extendLeft) {
      while (first > 0 && last - first < MAX_NAME_WORDS - 1 && this.canExtendLeft(first)) first--;
    }
    for (let k = first; k <= last; k++) {
      if (this.level[k]! < level) {
        this.level[k] = level;
        this.rules[k] = rule;
      }
    }
    return last;
  }

  private nextNameWord(last: number, lowercaseName: boolean, start: number): number {
    const current = this.token(last)!;
    if (current.possessive) return -1;
    const j = last + 1;
    const gap = this.gap(j);
    const t = this.token(j);
    // 'Gerard "Gerry" Byrne': a nickname in quotes inside a full name.
    const quoted = (QUOTE_OPEN.test(gap) && QUOTE_CLOSE.test(this.gap(j + 1)) && this.isCapitalised(j + 1)) || (QUOTE_CLOSE.test(gap) && QUOTE_OPEN.test(this.gap(last)));
    if (!t || (gap !== ' ' && gap !== '-' && !quoted && !(gap === '. ' && current.coreEnd - current.start === 1))) return -1;
    const c = this.classOf(j);
    const capsWord = t.shape === 'upper' && this.inCaps(j);
    if (this.flagsAt(j) & F.PARTICLE && (t.shape === 'lower' || capsWord)) {
      // "Maria da Silva", "Ana de la Cruz", "Pieter van der Merwe": particles, then a name word.
      let k = j;
      while (k + 1 < this.n && k - j < MAX_PARTICLES - 1 && this.gap(k + 1) === ' ' && this.flagsAt(k + 1) & F.PARTICLE && this.token(k + 1)!.shape === t.shape) k++;
      const name = k + 1;
      if (this.gap(name) !== ' ' || this.followedByFacility(name)) return -1;
      if (lowercaseName) {
        const c2 = this.classOf(name);
        return this.token(name)?.shape === 'lower' && (c2 === 'strong' || (c2 === 'unknown' && this.analysis.lowercaseStyle)) ? name : -1;
      }
      return this.isCapitalised(name) && (this.isNameish(name) || this.isWordName(name)) ? name : -1;
    }
    if (t.shape === 'lower' && HYPHENATED_PARTICLE.test(t.text)) return j; // "Omar al-Farsi", "Ahmed el-Sayed"
    if (GAELIC_PARTICLE.test(t.text) && this.gap(j + 1) === ' ' && this.isCapitalised(j + 1) && this.isNameish(j + 1)) return j;
    if (t.shape === 'lower') {
      if (!lowercaseName || t.key.length < 3) return -1;
      if (c === 'strong') return j;
      // "desmond grant", "doreen walsh": a lowercase family name that is also a word, after a listed first name.
      const flags = this.flagsAt(j);
      // "derek hall" signing off: a family name that is also a building word, where no building can follow.
      const buildingWordAtEnd = (flags & NEVER_NAME_FLAGS & ~(F.RESIDENCE | F.FACILITY)) === 0 && flags & F.AMBIG_LAST && this.endsLine(j);
      const surname = (c === 'ambiguous' || c === 'place') && flags & (F.AMBIG_LAST | F.AMBIG_FIRST) && (!(flags & NEVER_NAME_FLAGS) || buildingWordAtEnd) && !this.auxiliaryUse(j) && !RARELY_NAMES.has(t.key);
      // "lucía herrero": a word in no list at all after a listed first name.
      const unlisted = c === 'unknown' && t.key.length >= 4;
      // "my nan lily bishop": after a first name that is also a word, only a listed family name.
      const afterWordName = this.classOf(last) === 'ambiguous' && this.flagsAt(last) & F.AMBIG_FIRST && flags & F.AMBIG_LAST;
      const afterName = this.classOf(last) === 'strong' || (unlisted && this.classOf(last) === 'unknown') || afterWordName;
      return (surname || unlisted) && this.analysis.lowercaseStyle && afterName && !this.followedByFacility(j) ? j : -1;
    }
    if (t.shape === 'upper' && !this.inCaps(j) && this.token(start)?.shape !== 'upper') return -1;
    if (t.shape === 'title' && this.titledFirstName(start, last)) {
      // "Mr Ambrose St Clair": a saint's name as a family name.
      if (t.key === 'st' && /^\.? $/.test(this.gap(j + 1)) && this.isCapitalised(j + 1) && this.isNameish(j + 1) && !this.followedByFacility(j + 1)) return j;
      // "Mr Lancelot Charlton, 91": after a title and a listed first name, a place is the family name.
      if (c === 'place' && !this.followedByFacility(j) && (j + 1 >= this.n || /^[,;)]|\n/.test(this.gap(j + 1)))) return j;
    }
    // In capitals, "JAYDEN WAS", "CHLOE HAS": a verb or an auxiliary ends the name.
    if (capsWord && c !== 'strong' && (MODALS.has(t.key) || this.flagsAt(j) & NEVER_NAME_FLAGS)) return -1;
    if (/^\p{Lu}$/u.test(t.text) && this.isCapitalised(j + 1)) return j; // an initial: "Abdul K. Miah"
    // "Malcolm May", "Iris June": a month that is also a family name, after a first name, not before a day.
    if (c === 'calendar' && this.flagsAt(j) & F.MONTH && this.flagsAt(j) & (F.AMBIG_FIRST | F.AMBIG_LAST) && this.flagsAt(last) & (F.FIRST | F.AMBIG_FIRST) && t.shape === 'title' && !/^\s?\d/.test(this.analysis.text.slice(t.end, t.end + 2))) return j;
    if ((c === 'strong' || c === 'unknown' || c === 'ambiguous' || this.isWordName(j)) && !this.followedByFacility(j)) return j;
    return -1;
  }

  /** A name that is a listed first name just after a title: "Mr Lancelot", "Mrs Ambrose". */
  titledFirstName(start: number, last: number): boolean {
    return last === start && (this.flagsAt(start - 1) & F.TITLE) !== 0 && /^\.? $/.test(this.gap(start)) && (this.flagsAt(start) & F.FIRST) !== 0;
  }

  /** Nothing but punctuation between the token and the end of its line or of the text. */
  endsLine(i: number): boolean {
    const next = this.token(i + 1);
    const rest = next ? this.gap(i + 1) : this.analysis.text.slice(this.token(i)!.end);
    return !next ? !/[\p{L}\p{N}]/u.test(rest) : rest.includes('\n');
  }

  private canExtendLeft(first: number): boolean {
    const j = first - 1;
    const t = this.token(j);
    if (!t || t.possessive || this.level[j]) return false;
    const gap = this.gap(first);
    if (gap !== ' ' && gap !== '-') return false;
    const c = this.classOf(j);
    // "ana paula de souza": listed names written in lowercase by a writer who never capitalises.
    if (t.shape === 'lower' && this.token(first)!.shape === 'lower' && this.analysis.lowercaseStyle) return c === 'strong' && t.key.length >= 3 && !(this.flagsAt(j) & F.WORD);
    if (!this.isBareCapitalised(j)) return false;
    if (c === 'strong' || c === 'unknown') return !(c === 'unknown' && t.sentenceStart && this.token(first)?.sentenceStart);
    return c === 'ambiguous' && (this.flagsAt(j) & (F.AMBIG_FIRST | F.FIRST)) !== 0;
  }
}
