import { F } from '../lexicon/lexicon';
import { gapBefore, type TextAnalysis } from '../text/analysis';
import type { Token } from '../text/tokens';
import type { Detection } from '../types';

// Home addresses: "14 Elgin Avenue", "Flat 3, 22 Harrow Road", "flat 12b", "Willow Cottage,
// Holly Mount, NW3 6SG", "I live in Trellick Tower". A street named without a number ("the
// surgery on Harrow Road") is not a personal address, and neither is a service's own
// address ("went to 56 Dean Street").

const FLAT_WORDS = new Set(['flat', 'apartment', 'apt', 'maisonette']);
/** Parts of a building before its street: "Unit 4, 15 Bridge Road", "Room 12, 244 High Road", "Level 3, Lister Wing, ...". */
const UNIT_WORDS = new Set(['unit', 'room', 'suite', 'level', 'floor', 'block', 'studio', 'office', 'desk', 'bay']);
/** "4th Floor", "Ground Floor", "Lower Ground Floor". */
const FLOOR_ORDINAL = /^(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|lower|upper|mezzanine)$/i;
const COMPASS = new Set(['north', 'south', 'east', 'west']);
const HOUSE_NUMBER = /^\d{1,4}[a-z]?$|^\d{1,4}-\d{1,4}$/i;
/** HOUSE_NUMBER's test, with its first character checked before the regex runs (most words are no number). */
function isHouseNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57 && HOUSE_NUMBER.test(text);
}
const FLAT_NUMBER = /^\d{1,4}[a-z]?$|^[A-Z]$/i;
const SUFFIX = F.STREET | F.RESIDENCE;
const NOT_ADDRESS_WORD = F.PLACE_PREP | F.DETERMINER | F.PERSON_VERB | F.TITLE | F.KIN;
const MAX_WORDS = 5;
/** "St" and "Rd" end a street only when no name follows ("Dean St." but not "St Mary's"). */
const ABBREVIATED_STREET = new Set(['st', 'rd']);
const MAX_SEGMENTS = 4;

interface Span {
  first: number;
  last: number;
  confident: boolean;
}

const isCapitalised = (t: Token): boolean => t.shape === 'title' || t.shape === 'upper';

function nameFollows(a: TextAnalysis, j: number): boolean {
  const next = a.tokens[j + 1];
  return next !== undefined && /^\.?\s$/.test(gapBefore(a, j + 1)) && isCapitalised(next);
}
const isFlatWord = (t: Token | undefined): boolean => t !== undefined && FLAT_WORDS.has(t.key);
const singleSpace = (gap: string): boolean => gap === ' ';
const commaGap = (gap: string): boolean => /^\s*,?\s*$/.test(gap) && gap.length <= 4;

/** From token i: [house number] Name... Suffix. Returns the index of the suffix, or -1. */
function streetSegmentEnd(a: TextAnalysis, i: number, allowLowercase: boolean): number {
  const tokens = a.tokens;
  let j = i;
  const first = tokens[j];
  if (!first) return -1;
  const numbered = isHouseNumber(first.text);
  if (numbered) j++;
  let lastSuffix = -1;
  let words = 0;
  for (; j < tokens.length && words < MAX_WORDS; j++, words++) {
    const t = tokens[j]!;
    const gap = gapBefore(a, j);
    // "14, Elgin Avenue" keeps its comma after the house number.
    if (j > i && !singleSpace(gap) && !(numbered && j === i + 1 && gap === ', ')) break;
    if (t.shape === 'digit') break;
    if (!isCapitalised(t) && !(allowLowercase && t.shape === 'lower')) break;
    const flags = a.flags[j]!;
    if (flags & NOT_ADDRESS_WORD && !(flags & SUFFIX) && t.key !== 'the') break;
    if (flags & SUFFIX && words > 0) lastSuffix = j;
    else if (words > 0 && ABBREVIATED_STREET.has(t.key) && !nameFollows(a, j)) lastSuffix = j;
    if (t.possessive) break;
  }
  // "1 Pall Mall East", "Bridge Road West": a compass point after the street type.
  const after = tokens[lastSuffix + 1];
  if (lastSuffix >= 0 && after && COMPASS.has(after.key) && isCapitalised(after) && singleSpace(gapBefore(a, lastSuffix + 1))) return lastSuffix + 1;
  return lastSuffix;
}

/** The last token of a flat or a part of a building starting at i ("Flat 12", "Unit 4", "4th Floor", "Lower Ground Floor"), or -1. */
function unitEnd(a: TextAnalysis, i: number): number {
  const tokens = a.tokens;
  const t = tokens[i];
  const number = tokens[i + 1];
  if (!t || !number) return -1;
  if ((isFlatWord(t) || UNIT_WORDS.has(t.key)) && FLAT_NUMBER.test(number.text) && singleSpace(gapBefore(a, i + 1))) return i + 1;
  // A floor needs the word "floor" one or two words on: most words are checked no further.
  if (tokens[i + 1]?.key !== 'floor' && tokens[i + 2]?.key !== 'floor') return -1;
  let k = i;
  while (k < i + 2 && FLOOR_ORDINAL.test(tokens[k]!.text) && tokens[k + 1] && singleSpace(gapBefore(a, k + 1))) {
    if (tokens[k + 1]!.key === 'floor') return k + 1;
    k++;
  }
  return -1;
}

/**
 * "Flat 12, Torridon House, 3 Alfred Road", "4th Floor, 22 Chancery Lane": the flat or the
 * part of a building, then any comma-separated segments. A flat alone is a home ("flat
 * 12b"); a room, unit or floor is an address only when a numbered street follows.
 */
function flatChain(a: TextAnalysis, i: number): Span | null {
  const tokens = a.tokens;
  const unit = unitEnd(a, i);
  if (unit < 0) return null;
  let last = unit;
  let numbered = false;
  // "Unit 4, Burley Mills, 150 Kirkstall Road": one building's name without a street word,
  // kept only when a numbered street follows it.
  let building = -1;
  for (let segments = 0; segments < MAX_SEGMENTS; segments++) {
    const from = building >= 0 ? building : last;
    if (!commaGap(gapBefore(a, from + 1))) break;
    const end = streetSegmentEnd(a, from + 1, a.lowercaseStyle);
    if (end < 0) {
      if (building >= 0) break;
      building = buildingNameEnd(a, from + 1);
      if (building < 0) break;
      continue;
    }
    const streetNumbered = isHouseNumber(tokens[from + 1]!.text);
    if (building >= 0 && !streetNumbered) break;
    if (streetNumbered) numbered = true;
    building = -1;
    last = end;
  }
  if (!isFlatWord(tokens[i]) && !numbered) return null;
  return { first: i, last, confident: true };
}

/** Last word of one to three capitalised words from i that name a building ("Burley Mills"), or -1. */
function buildingNameEnd(a: TextAnalysis, i: number): number {
  let j = i;
  while (j < a.tokens.length && j - i < 3 && isCapitalised(a.tokens[j]!) && !(a.flags[j]! & NOT_ADDRESS_WORD) && (j === i || singleSpace(gapBefore(a, j)))) j++;
  return j > i ? j - 1 : -1;
}

function hasFlagBetween(a: TextAnalysis, from: number, to: number, flag: number): boolean {
  for (let k = Math.max(0, from); k <= to; k++) if (a.flags[k]! & flag) return true;
  return false;
}

/**
 * The first of the `count` tokens before i that share i's segment: a line break or a "|"
 * between fields of a signature ("Carers Leeds | 6-8 Great George Street") ends a segment.
 */
function segmentStart(a: TextAnalysis, i: number, count: number): number {
  let k = i;
  while (k > 0 && i - k < count && !/[|\n]/.test(gapBefore(a, k))) k--;
  return k;
}

function sentenceStartBefore(a: TextAnalysis, i: number): number {
  return a.sentenceStarts[i] ?? 0;
}

const MAX_RESIDENCE_NAME_WORDS = 3;

/**
 * "Rose Cottage, 3 Church Lane": a named home (a name ending in Cottage, House, Lodge,
 * Villa...) just before the house number. Returns the index of its first word, or -1.
 */
function residenceNameBefore(a: TextAnalysis, number: number): number {
  const tokens = a.tokens;
  const suffix = number - 1;
  const t = tokens[suffix];
  const written = (x: Token): boolean => isCapitalised(x) || (a.lowercaseStyle && x.shape === 'lower');
  // On one line after a comma, or on the line above in a letter's address block.
  if (!t || !/^\s{0,2},\s{1,2}$|^[ \t]{0,2},?[ \t]{0,2}\r?\n\s{0,2}$/.test(gapBefore(a, number)) || !(a.flags[suffix]! & F.RESIDENCE) || !written(t) || t.possessive) return -1;
  let first = suffix;
  while (first > 0 && suffix - first < MAX_RESIDENCE_NAME_WORDS && singleSpace(gapBefore(a, first)) && !tokens[first]!.sentenceStart) {
    const previous = tokens[first - 1]!;
    if (!written(previous) || a.flags[first - 1]! & (NOT_ADDRESS_WORD | F.RESIDENCE_CUE | F.SERVICE_VISIT) || previous.possessive) break;
    first--;
  }
  return first === suffix ? -1 : withArticle(a, first);
}

/** "The Old Rectory": a capitalised article before a house's name is part of the name. */
function withArticle(a: TextAnalysis, first: number): number {
  const article = a.tokens[first - 1];
  return article && article.text === 'The' && singleSpace(gapBefore(a, first)) ? first - 1 : first;
}

/** "14 Elgin Avenue": a home unless the words before it say it is a service being visited. */
function numberedStreet(a: TextAnalysis, i: number, followedByPostcode: (last: number) => boolean): Span | null {
  const tokens = a.tokens;
  const gap = gapBefore(a, i + 1);
  if (!isHouseNumber(tokens[i]!.text) || !(singleSpace(gap) || gap === ', ')) return null;
  const residence = residenceNameBefore(a, i);
  if (residence >= 0) {
    // A named home before the number says it is where someone lives ("went to Holly House,
    // 12 Mill Road" is still a home), unless a service or a role is named just before it.
    const last = streetSegmentEnd(a, i, a.lowercaseStyle);
    if (last < 0 || hasFlagBetween(a, residence - 3, residence - 1, F.FACILITY | F.ROLE)) return null;
    return { first: residence, last, confident: true };
  }
  const residenceCueNear = hasFlagBetween(a, Math.max(sentenceStartBefore(a, i), i - 6), i - 1, F.RESIDENCE_CUE);
  const last = streetSegmentEnd(a, i, a.lowercaseStyle || residenceCueNear);
  if (last < 0) return null;
  if (followedByPostcode(last) || residenceCueNear) return { first: i, last, confident: true };
  if (hasFlagBetween(a, segmentStart(a, i, 3), i - 1, F.SERVICE_VISIT | F.ROLE)) return null;
  return { first: i, last, confident: false };
}

/** Segments before a postcode: "Willow Cottage, Holly Mount, NW3 6SG". */
/** Index of the last token ending at or before offset, by binary search. */
function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

function beforePostcode(a: TextAnalysis, postcode: Detection): Span | null {
  const tokens = a.tokens;
  const k = lastTokenBefore(tokens, postcode.start);
  if (k < 0 || !commaGap(a.text.slice(tokens[k]!.end, postcode.start))) return null;
  let first = -1;
  let last = -1;
  // "Flat 31, Lydford House, Crossway, N16 8HU": a word before the postcode that is no known
  // place, kept as the street when a building's name (not a numbered street) comes before it.
  let unnamedStreet = -1;
  let end = k;
  for (let segments = 0; segments < MAX_SEGMENTS && end >= 0; segments++) {
    let start = end;
    while (start > 0 && end - start < MAX_WORDS && singleSpace(gapBefore(a, start)) && !tokens[start]!.sentenceStart) {
      const previous = tokens[start - 1]!;
      const flags = a.flags[start - 1]!;
      const written = isCapitalised(previous) || (a.lowercaseStyle && previous.shape === 'lower');
      const usable = (written || previous.shape === 'digit' || isFlatWord(previous) || UNIT_WORDS.has(previous.key)) && !(flags & NOT_ADDRESS_WORD);
      if (!usable) break;
      if (previous.sentenceStart && flags & F.FREQUENT && !(flags & SUFFIX) && previous.shape !== 'digit' && !isFlatWord(previous)) break;
      start--;
    }
    const head = tokens[start]!;
    const lastFlags = a.flags[end]!;
    const isPlace = (): boolean => {
      for (let i = start; i <= end; i++) if (!(a.flags[i]! & F.PLACE) && !a.placePhrase[i]) return false;
      return true;
    };
    const isFlat = end >= start + 1 && unitEnd(a, start) === end;
    const isNumbered = isHouseNumber(head.text) && end > start;
    const isNamed = end > start && lastFlags & SUFFIX && (isCapitalised(tokens[end]!) || a.lowercaseStyle);
    if (isFlat || isNumbered || isNamed) {
      first = start;
      const building = isFlat || (isNamed && !isNumbered && lastFlags & F.RESIDENCE);
      if (last < 0) last = unnamedStreet >= 0 && building && segments === 1 ? unnamedStreet : end;
    } else if (segments === 0 && end - start < 2 && isCapitalised(head) && !isPlace()) {
      unnamedStreet = end;
    } else if (!(last < 0 && isPlace())) {
      break; // a town just before the postcode ("London W9 3AH") is skipped, anything else ends the address
    }
    if (start === 0 || !/^\s*,\s*$/.test(gapBefore(a, start))) break;
    end = start - 1;
  }
  return first >= 0 && last >= 0 ? { first, last, confident: true } : null;
}

/** "I live in Trellick Tower", "my flat in Rosemary Court". */
function namedResidence(a: TextAnalysis, i: number): Span | null {
  const tokens = a.tokens;
  if (!(a.flags[i]! & F.RESIDENCE) || tokens[i]!.shape !== 'title') return null;
  let first = i;
  while (first > 0 && i - first < 3 && singleSpace(gapBefore(a, first))) {
    const previous = tokens[first - 1]!;
    if (previous.shape !== 'title' || a.flags[first - 1]! & NOT_ADDRESS_WORD || previous.sentenceStart) break;
    first--;
  }
  if (first === i) return null;
  first = withArticle(a, first);
  // A cue in the same sentence, before ("I live in") or after ("... where we live").
  const cueFrom = Math.max(sentenceStartBefore(a, first), first - 8);
  let cueTo = i;
  while (cueTo + 1 < tokens.length && cueTo - i < 8 && !tokens[cueTo + 1]!.sentenceStart) cueTo++;
  // "Lavender Court Care Home": capitalised words after it go on naming the place, so their "home" is no cue.
  let named = i;
  while (named + 1 <= cueTo && singleSpace(gapBefore(a, named + 1)) && isCapitalised(tokens[named + 1]!)) named++;
  if (!hasFlagBetween(a, cueFrom, first - 1, F.RESIDENCE_CUE) && !hasFlagBetween(a, named + 1, cueTo, F.RESIDENCE_CUE)) return null;
  let last = i;
  for (let segments = 0; segments < 2; segments++) {
    if (!/^\s*,\s*$/.test(gapBefore(a, last + 1))) break;
    const end = streetSegmentEnd(a, last + 1, false);
    if (end < 0) break;
    last = end;
  }
  return { first, last, confident: true };
}

/** "No. 7, Brookland Terrace", "number 12 Hill Street": the word for "number" before a house number is part of the address. */
function withNumberWord(a: TextAnalysis, first: number): number {
  const word = a.tokens[first - 1];
  if (!word || !/^\d/.test(a.tokens[first]!.text) || !/^(?:no|number)$/i.test(word.text)) return first;
  return /^\.?\s{1,2}$/.test(a.gaps[first] ?? '') ? first - 1 : first;
}

export function detectAddresses(a: TextAnalysis, postcodes: readonly Detection[]): Detection[] {
  const tokens = a.tokens;
  const spans: Span[] = [];
  const postcodeStarts = new Set(postcodes.map((p) => p.start));
  const followedByPostcode = (last: number): boolean => {
    const end = tokens[last]!.end;
    for (let start = end; start <= end + 12; start++) {
      if (postcodeStarts.has(start) && /^[\s,]*(?:London[\s,]*)?$/i.test(a.text.slice(end, start))) return true;
    }
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const span = flatChain(a, i) ?? numberedStreet(a, i, followedByPostcode) ?? namedResidence(a, i);
    if (span) {
      spans.push(span);
      i = Math.max(i, span.last);
    }
  }
  for (const postcode of postcodes) {
    const span = beforePostcode(a, postcode);
    if (span) spans.push(span);
  }
  spans.sort((x, y) => x.first - y.first || y.last - x.last);
  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && span.first <= previous.last) {
      previous.last = Math.max(previous.last, span.last);
      previous.confident ||= span.confident;
    } else {
      merged.push({ ...span });
    }
  }
  return merged.map((span) => ({
    start: tokens[withNumberWord(a, span.first)]!.start,
    end: tokens[span.last]!.coreEnd,
    type: 'ADDRESS' as const,
    confidence: span.confident ? ('high' as const) : ('low' as const),
    rule: 'address.street',
  }));
}
