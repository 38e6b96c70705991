import type { TextAnalysis } from '../../text/analysis';
import type { PhraseMatcher } from '../../text/phrases';
import { F } from '../../lexicon/lexicon';
import type { Detection } from '../../types';
import { applyBareRules } from './bare';
import { detectionStarts, LEVEL_HIGH, LEVEL_LOW, PersonContext } from './context';
import { applyCues } from './cues';
import { collectNameKeys, propagateNames, type NameKeys } from './propagate';
import { applyLetterCues } from './letters';
import { applyRegisterRules, attachInitials } from './registers';
import { applyInformalRules } from './informal';
import { applyScriptRules } from './scripts';
import { applyWordNameRules } from './word-names';

export type { NameKeys } from './propagate';

export interface PersonOptions {
  allowList: PhraseMatcher;
  /** Staff's known names: always masked, as phrases and as single words. */
  knownNames: PhraseMatcher | null;
  knownKeys: NameKeys;
  /** Names found earlier in the same bundle. */
  bundleKeys?: NameKeys;
}

export interface PersonResult {
  detections: Detection[];
  /** Names found with high confidence that are safe to look for in later texts of the bundle. */
  bundleKeys: NameKeys;
}

/** "Healthwatch Northbank", "NHS Barnet": the capitalised words after these name a local body, not a person. */
const LOCAL_BODY_PREFIXES = new Set(['healthwatch', 'nhs']);
/** Offices whose holders stand "for" a constituency or ward. */
const ELECTED_OFFICES = new Set(['member', 'mp', 'councillor', 'cllr', 'candidate', 'msp', 'mep']);
const TITLE_OR_SAINT = new Set(['dr', 'sir', 'dame', 'st', 'saint', 'lord', 'lady', 'professor', 'prof', 'queen', 'king', 'princess', 'prince']);

/**
 * Words that name a local body ("Healthwatch Northbank") or the namesake of a building
 * ("the one named after Dr Jenner"): no person of the story.
 */
function markNotPersons(analysis: TextAnalysis, excluded: Uint8Array): void {
  const tokens = analysis.tokens;
  const capitalised = (k: number): boolean => tokens[k] !== undefined && (tokens[k]!.shape === 'title' || tokens[k]!.shape === 'upper') && analysis.gaps[k] === ' ';
  const joinedByAmpersand = (k: number): boolean => tokens[k]?.shape === 'title' && analysis.gaps[k] === ' & ';
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    let k = -1;
    if (LOCAL_BODY_PREFIXES.has(key) && tokens[i]!.shape !== 'lower') k = i + 1;
    else if (key === 'after' && tokens[i - 1]?.key === 'named' && analysis.gaps[i] === ' ') k = i + 1 + (TITLE_OR_SAINT.has(tokens[i + 1]?.key ?? '') ? 1 : 0);
    for (let m = k; k > 0 && m < k + 2 && capitalised(m) && !(analysis.flags[m]! & F.FACILITY); m++) {
      excluded[m] = 1;
      if (tokens[m]!.possessive) break;
    }
    // "Member for Gipton & Harehills", "MP for Leeds Central": after an elected office, a constituency or ward.
    if (key === 'for' && ELECTED_OFFICES.has(tokens[i - 1]?.key ?? '') && analysis.gaps[i + 1] === ' ') {
      for (let m = i + 1; m < i + 5 && (capitalised(m) || joinedByAmpersand(m)); m++) excluded[m] = 1;
    }
    // "Dr Rahman & Partners", "Khan and Partners": a practice named after its doctors.
    if (key === 'partners' && tokens[i]!.shape === 'title') {
      const owner = analysis.gaps[i] === ' & ' ? i - 1 : tokens[i - 1]?.key === 'and' && analysis.gaps[i] === ' ' ? i - 2 : -1;
      for (let m = owner; m >= 0 && owner - m < 3 && tokens[m]!.shape === 'title' && !(analysis.flags[m]! & F.TITLE); m--) excluded[m] = 1;
    }
    // "St George's", "st thomas", "Saint Mary": a saint's name is a hospital, a church or a place.
    // "I go to the Dr Gray's": a practice named after its doctor, not a person of the story.
    if (key === 'the' && analysis.flags[i + 1]! & F.TITLE && tokens[i + 2]?.possessive && /^\.? $/.test(analysis.gaps[i + 2] ?? '')) excluded[i + 2] = 1;
    // ("Mrs St Clair", "Mr Ambrose St Clair" are family names.)
    const afterTitle = (i > 0 && (analysis.flags[i - 1]! & F.TITLE) !== 0) || (i > 1 && (analysis.flags[i - 2]! & F.TITLE) !== 0 && tokens[i - 1]!.shape === 'title' && analysis.gaps[i - 1] === ' ');
    const saint = (key === 'st' && /^\.? $/.test(analysis.gaps[i + 1] ?? '')) || (key === 'saint' && analysis.gaps[i + 1] === ' ');
    if (saint && !afterTitle && tokens[i + 1] !== undefined && tokens[i + 1]!.shape !== 'digit') excluded[i + 1] = 1;
  }
}

/** "my nino is YH 39...": the short name of the identifier that follows is a label, not a person. */
function markIdentifierLabels(analysis: TextAnalysis, others: readonly Detection[], excluded: Uint8Array): void {
  const ninoStarts = detectionStarts(others, 'NINO');
  if (ninoStarts.size === 0) return;
  const tokens = analysis.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.key !== 'nino') continue;
    const next = tokens[i + 1]!.key === 'is' || tokens[i + 1]!.key === 'number' ? i + 2 : i + 1;
    if (tokens[next] !== undefined && ninoStarts.has(tokens[next]!.start)) excluded[i] = 1;
  }
}

/**
 * "31 Valley Road, Pudsey, LS28 9JR", "7 Mill Lane, Farsley\n": the one or two capitalised
 * words between a street address and its postcode or the end of its line are a town or a
 * district.
 */
function markAddressLocalities(analysis: TextAnalysis, sorted: readonly Detection[], excluded: Uint8Array): void {
  const tokens = analysis.tokens;
  const postcodeStarts = detectionStarts(sorted, 'POSTCODE');
  let k = 0;
  for (const address of sorted) {
    if (address.type !== 'ADDRESS') continue;
    while (k < tokens.length && tokens[k]!.start < address.end) k++;
    for (let first = k; first < tokens.length && /^,\s?$/.test(analysis.gaps[first]!) && !postcodeStarts.has(tokens[first]!.start); ) {
      let last = first;
      while (last + 1 < tokens.length && last - first < 1 && analysis.gaps[last + 1] === ' ' && tokens[last + 1]!.shape === 'title') last++;
      if (!tokens.slice(first, last + 1).every((t) => t.shape === 'title' || t.shape === 'upper')) break;
      const next = tokens[last + 1];
      const closes = !next || analysis.gaps[last + 1]!.includes('\n') || (/^,?\s$/.test(analysis.gaps[last + 1]!) && postcodeStarts.has(next.start));
      const continues = next !== undefined && /^,\s?$/.test(analysis.gaps[last + 1]!);
      if (!closes && !continues) break;
      for (let m = first; m <= last; m++) excluded[m] = 1;
      if (closes) break;
      first = last + 1;
    }
  }
}

function excludedTokens(analysis: TextAnalysis, others: readonly Detection[], allowList: PhraseMatcher): Uint8Array {
  const excluded = new Uint8Array(analysis.tokens.length);
  allowList.mark(analysis.tokens, excluded);
  markNotPersons(analysis, excluded);
  const sorted = [...others].sort((a, b) => a.start - b.start);
  markIdentifierLabels(analysis, sorted, excluded);
  markAddressLocalities(analysis, sorted, excluded);
  let k = 0;
  for (let i = 0; i < analysis.tokens.length; i++) {
    const t = analysis.tokens[i]!;
    while (k < sorted.length && sorted[k]!.end <= t.start) k++;
    for (let m = k; m < sorted.length && sorted[m]!.start < t.end; m++) {
      if (sorted[m]!.end > t.start) {
        excluded[i] = 1;
        break;
      }
    }
  }
  return excluded;
}

/** Whether the name at `last` runs on into the next word: "Abdul Karim", "Smith-Jones", "A. Khan" (not "Kelly. Kelly"). */
function joinsName(ctx: PersonContext, last: number): boolean {
  const gap = ctx.gap(last + 1);
  if (gap === ' ' || gap === '-') return true;
  if (/^ ["“]$|^["”] $/.test(gap)) return true; // 'Gerard "Gerry" Byrne'
  return gap === '. ' && ctx.token(last)!.coreEnd - ctx.token(last)!.start === 1;
}

function toDetections(ctx: PersonContext): Detection[] {
  const detections: Detection[] = [];
  for (let i = 0; i < ctx.n; i++) {
    if (!ctx.level[i]) continue;
    let last = i;
    let level = ctx.level[i]!;
    while (last + 1 < ctx.n && ctx.level[last + 1] && joinsName(ctx, last) && !ctx.token(last)!.possessive) {
      last++;
      level = Math.max(level, ctx.level[last]!);
    }
    detections.push({
      start: ctx.token(i)!.start,
      end: ctx.token(last)!.coreEnd,
      type: 'PERSON',
      confidence: level >= LEVEL_HIGH ? 'high' : 'low',
      rule: ctx.rules[i] ?? 'person',
    });
    i = last;
  }
  return detections;
}

export function detectPersons(analysis: TextAnalysis, others: readonly Detection[], options: PersonOptions): PersonResult {
  const ctx = new PersonContext(analysis, excludedTokens(analysis, others, options.allowList));
  if (options.knownNames && options.knownNames.count > 0) {
    const known = new Uint8Array(ctx.n);
    options.knownNames.mark(analysis.tokens, known);
    for (let i = 0; i < ctx.n; i++) {
      if (known[i] && ctx.classOf(i) !== 'none') {
        ctx.level[i] = LEVEL_HIGH;
        ctx.rules[i] = 'person.known';
      }
    }
  }
  applyCues(ctx);
  applyWordNameRules(ctx);
  applyLetterCues(ctx, others);
  applyBareRules(ctx);
  const scriptNames = applyScriptRules(ctx);
  applyRegisterRules(ctx);
  applyInformalRules(ctx, others);
  const keys = collectNameKeys(ctx, LEVEL_LOW);
  for (const [key, anyCase] of options.knownKeys) keys.set(key, anyCase || (keys.get(key) ?? false));
  // Names found with a strong cue ("The midwife, Paris,") are people wherever the text is not clearly about a place.
  const personKeys = new Set(collectNameKeys(ctx, LEVEL_HIGH).keys());
  propagateNames(ctx, keys, 'person.propagated', false, personKeys);
  if (options.bundleKeys) propagateNames(ctx, options.bundleKeys, 'person.bundle', true);
  attachInitials(ctx);
  const bundleKeys = new Map([...collectNameKeys(ctx, LEVEL_HIGH)].filter(([, anyCase]) => anyCase));
  return { detections: [...toDetections(ctx), ...scriptNames], bundleKeys };
}
