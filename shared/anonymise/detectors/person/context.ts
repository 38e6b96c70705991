import { F, NAME_FLAGS, ORDINARY_WORD_FLAGS } from '../../lexicon/lexicon';
import { gapBefore, type TextAnalysis } from '../../text/analysis';
import type { Token } from '../../text/tokens';

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
  | 'name-role';

const STRONG_CUES: ReadonlySet<CueKind> = new Set(['title', 'kin', 'kin-comma', 'intro', 'name-is', 'called', 'role']);
const MONTH_NAME_CUES: ReadonlySet<CueKind> = new Set(['kin', 'kin-comma', 'called', 'role', 'appositive', 'name-role']);
const LOWERCASE_CUES: ReadonlySet<CueKind> = new Set(['title', 'kin', 'kin-comma', 'called', 'intro', 'name-is']);
/** Cues after which a lowercase word-name is a name in text written without capitals ("dr miles", "my wife hope"). */
const LOWERCASE_WORD_NAME_CUES: ReadonlySet<CueKind> = new Set(['title', 'kin', 'kin-comma']);
/** Verbs and auxiliaries that follow "the nurse" or "my son" far more often than a name does. */
const AUXILIARIES = new Set(['will', 'may', 'can', 'might', 'must', 'shall', 'should', 'would', 'could', 'do', 'did', 'does', 'am', 'are', 'be', 'been', 'being', 'mark', 'sue', 'bill']);
/** Cues strong enough that a capitalised ordinary word after them is a name ("Mr Sharp", "my son Honey"). */
const WORD_NAME_CUES: ReadonlySet<CueKind> = new Set(['title', 'kin', 'name-is', 'role']);
/** Ordinary words that are never part of a name, however capitalised. */
const NEVER_NAME_FLAGS =
  F.TITLE | F.KIN | F.ROLE | F.FACILITY | F.STREET | F.RESIDENCE | F.PLACE_PREP | F.DETERMINER | F.PERSON_VERB | F.MONTH | F.WEEKDAY | F.INTERACTION | F.INTRODUCER;
const MAX_NAME_WORDS = 4;

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

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  flagsAt(i: number): number {
    return this.flags[i] ?? 0;
  }

  gap(i: number): string {
    return gapBefore(this.analysis, i);
  }

  inCaps(i: number): boolean {
    return this.analysis.caps[i] === 1;
  }

  /** Capitalised as a name would be: Title case, or capitals in a sentence written in capitals. */
  isCapitalised(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    return t.shape === 'title' || (t.shape === 'upper' && (this.inCaps(i) || t.coreEnd - t.start > 2));
  }

  /** Capitalisation that counts as evidence without a cue (capitals in normal text are acronyms). */
  isBareCapitalised(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    return t.shape === 'title' || (t.shape === 'upper' && this.inCaps(i));
  }

  classOf(i: number): NameClass {
    const cached = this.classes[i];
    if (cached) return cached;
    const computed = this.computeClass(i);
    this.classes[i] = computed;
    return computed;
  }

  private computeClass(i: number): NameClass {
    const t = this.tokens[i];
    if (!t || t.shape === 'digit' || this.excluded[i] || t.coreEnd - t.start < 2) return 'none';
    const flags = this.flagsAt(i);
    if (this.analysis.placePhrase[i] || flags & (F.PLACE | F.NON_PERSON)) return 'place';
    if (flags & NAME_FLAGS) return 'strong';
    if (flags & (F.MONTH | F.WEEKDAY)) return 'calendar';
    if (flags & (F.AMBIG_FIRST | F.AMBIG_LAST)) return 'ambiguous';
    if (flags & ORDINARY_WORD_FLAGS) return 'word';
    if (flags & (F.PARTICLE | F.INTERACTION | F.INTRODUCER | F.RESIDENCE_CUE | F.SERVICE_VISIT | F.WORKPLACE | F.KIN_ADJ)) return 'word';
    return 'unknown';
  }

  /** A capitalised ordinary word that could be a surname ("Sharp", "Church") after a name or a strong cue. */
  isWordName(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.shape === 'title' && !t.sentenceStart && this.classOf(i) === 'word' && !(this.flagsAt(i) & NEVER_NAME_FLAGS);
  }

  isNameish(i: number): boolean {
    const c = this.classOf(i);
    return c === 'strong' || c === 'ambiguous' || c === 'unknown';
  }

  /** The next word is a street, a building or a service: "Dean Street", "Victoria line", "Lloyds pharmacy". */
  followedByFacility(last: number): boolean {
    const t = this.tokens[last];
    const next = this.tokens[last + 1];
    if (!t || !next || t.possessive) return false;
    const gap = this.gap(last + 1);
    if (gap !== ' ' && gap !== '-') return false;
    return (this.flagsAt(last + 1) & (F.STREET | F.RESIDENCE | F.FACILITY)) !== 0;
  }

  /** "the", "in", "at", "from"...: before these a capitalised word is usually a place or a thing. */
  precededByPlaceWord(i: number): boolean {
    if (i === 0 || this.tokens[i]?.sentenceStart) return false;
    const gap = this.gap(i);
    if (!/^\s+$/.test(gap)) return false;
    const previous = this.tokens[i - 1];
    return previous !== undefined && previous.shape !== 'title' && (this.flagsAt(i - 1) & F.PLACE_PREP) !== 0;
  }

  /** Whether the word at i can start a name introduced by a cue of this kind. */
  accepts(i: number, cue: CueKind): boolean {
    const t = this.tokens[i];
    if (!t || this.level[i]) return false;
    const c = this.classOf(i);
    if (c === 'none') return false;
    if (t.shape === 'lower') {
      if (!LOWERCASE_CUES.has(cue) || t.key.length < 3) return false;
      if (c === 'strong' || c === 'unknown') return true;
      if (c === 'ambiguous' && this.analysis.lowercaseStyle && LOWERCASE_WORD_NAME_CUES.has(cue)) {
        return !AUXILIARIES.has(t.key) && !(this.flagsAt(i) & F.PERSON_VERB);
      }
      // "nurse bola": a rare word after a lowercase title
      return cue === 'title' && c === 'word' && !(this.flagsAt(i) & (F.FREQUENT | ORDINARY_WORD_FLAGS & ~F.WORD));
    }
    if (t.shape === 'upper' && !this.inCaps(i) && c !== 'strong' && c !== 'unknown') return false;
    switch (c) {
      case 'strong':
      case 'unknown':
      case 'ambiguous':
        return true;
      case 'place':
        return STRONG_CUES.has(cue) && (t.shape === 'title' || this.inCaps(i));
      case 'calendar':
        return MONTH_NAME_CUES.has(cue) && (this.flagsAt(i) & F.AMBIG_FIRST) !== 0;
      case 'word':
        return WORD_NAME_CUES.has(cue) && this.isWordName(i);
      default:
        return false;
    }
  }

  /** Marks a name starting at i and any name words after it (and before it when asked). Returns the last index. */
  markName(i: number, level: number, rule: string, extendLeft = false): number {
    let first = i;
    let last = i;
    const lowercaseName = this.tokens[i]?.shape === 'lower';
    while (last + 1 < this.n && last - first < MAX_NAME_WORDS - 1) {
      const next = this.nextNameWord(last, lowercaseName, i);
      if (next < 0) break;
      last = next;
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
    const current = this.tokens[last]!;
    if (current.possessive) return -1;
    const j = last + 1;
    const gap = this.gap(j);
    const t = this.tokens[j];
    if (!t || (gap !== ' ' && gap !== '-' && !(gap === '. ' && current.coreEnd - current.start === 1))) return -1;
    const c = this.classOf(j);
    if (this.flagsAt(j) & F.PARTICLE && t.shape === 'lower' && this.isCapitalised(j + 1) && this.gap(j + 1) === ' ' && this.isNameish(j + 1)) {
      return j + 1; // "Maria da Silva"
    }
    if (t.shape === 'lower') return lowercaseName && c === 'strong' && t.key.length >= 3 ? j : -1;
    if (t.shape === 'upper' && !this.inCaps(j) && this.tokens[start]?.shape !== 'upper') return -1;
    if (/^\p{Lu}$/u.test(t.text) && this.isCapitalised(j + 1)) return j; // an initial: "Abdul K. Miah"
    if ((c === 'strong' || c === 'unknown' || c === 'ambiguous' || this.isWordName(j)) && !this.followedByFacility(j)) return j;
    return -1;
  }

  private canExtendLeft(first: number): boolean {
    const j = first - 1;
    const t = this.tokens[j];
    if (!t || t.possessive || this.level[j]) return false;
    const gap = this.gap(first);
    if (gap !== ' ' && gap !== '-') return false;
    if (!this.isBareCapitalised(j)) return false;
    const c = this.classOf(j);
    if (c === 'strong' || c === 'unknown') return !(c === 'unknown' && t.sentenceStart && this.tokens[first]?.sentenceStart);
    return c === 'ambiguous' && (this.flagsAt(j) & (F.AMBIG_FIRST | F.FIRST)) !== 0;
  }
}
