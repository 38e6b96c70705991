/**
 * From a selection in the page to offsets into a story's words, exactly.
 *
 * The check screen shows the words as text nodes, each holding an exact slice of
 * the original string, with type labels and a keyboard caret between them. Those
 * extras carry NOT_WORDS and are not counted. A DOM boundary point (a node and an
 * offset in it) becomes the number of UTF-16 code units of words before it: the
 * same units as JavaScript string indices and the masks' start and end, so emoji
 * (two units), combining marks (their own units) and CR LF (two units) count as
 * they do in the stored text.
 *
 * Pure DOM reading: no layout, no window; works in jsdom and in Chromium alike.
 */

/** An element whose text is not part of the words (a type label, a hint for screen readers, the caret). */
export const NOT_WORDS = 'data-not-words';

const ELEMENT = 1;
const TEXT = 3;
const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINED_BY = 16;

export interface Boundary {
  node: Node;
  offset: number;
}

export interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export interface Offsets {
  start: number;
  end: number;
}

/** True when `node` sits inside an element marked NOT_WORDS (below `root`). */
function isNotWords(node: Node, root: Node): boolean {
  for (let current: Node | null = node.nodeType === ELEMENT ? node : node.parentNode; current && current !== root; current = current.parentNode) {
    if (current.nodeType === ELEMENT && (current as Element).hasAttribute(NOT_WORDS)) return true;
  }
  return false;
}

/** Every text node under `root`, in document order. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT) found.push(child as Text);
      else visit(child);
    }
  };
  visit(root);
  return found;
}

/** Whether a text node comes at or after a boundary point given as (element, child index). */
function atOrAfterElementPoint(text: Node, element: Node, offset: number): boolean {
  const reference = element.childNodes[offset] ?? null;
  if (reference) {
    if (reference === text) return true;
    const position = reference.compareDocumentPosition(text);
    return (position & (FOLLOWING | CONTAINED_BY)) !== 0;
  }
  // The point is at the end of `element`: only text after the element follows it.
  const position = element.compareDocumentPosition(text);
  return (position & CONTAINED_BY) === 0 && (position & FOLLOWING) !== 0;
}

/** The total length of the words under `root`. */
export function wordsLength(root: Node): number {
  let total = 0;
  for (const text of textNodes(root)) if (!isNotWords(text, root)) total += text.data.length;
  return total;
}

/**
 * UTF-16 offset into the words of a boundary point inside `root` (or `root` itself).
 * A point inside a NOT_WORDS element counts as the place just before that element.
 * A point outside `root` is clamped to its start or end.
 */
export function offsetOfPoint(root: Node, node: Node, offset: number): number {
  if (node !== root && !root.contains(node)) return pointIsBeforeRoot(root, node, offset) ? 0 : wordsLength(root);
  let count = 0;
  for (const text of textNodes(root)) {
    const skipped = isNotWords(text, root);
    if (text === node) return count + (skipped ? 0 : Math.max(0, Math.min(offset, text.data.length)));
    if (node.nodeType !== TEXT && atOrAfterElementPoint(text, node, offset)) return count;
    if (!skipped) count += text.data.length;
  }
  return count;
}

/** For a point outside `root`: does it come before `root` (true) or after it (false)? */
function pointIsBeforeRoot(root: Node, node: Node, offset: number): boolean {
  if (node.contains(root)) {
    const reference = node.childNodes[offset] ?? null;
    if (!reference) return false;
    if (reference === root || reference.contains(root)) return true;
    return (root.compareDocumentPosition(reference) & FOLLOWING) !== 0;
  }
  return (root.compareDocumentPosition(node) & PRECEDING) !== 0;
}

/**
 * The words a range covers, as UTF-16 offsets into the words under `root`; null when
 * the range covers none of them (collapsed, or entirely outside).
 */
export function rangeToOffsets(root: Node, range: RangeLike): Offsets | null {
  const start = offsetOfPoint(root, range.startContainer, range.startOffset);
  const end = offsetOfPoint(root, range.endContainer, range.endOffset);
  const [low, high] = start <= end ? [start, end] : [end, start];
  return high > low ? { start: low, end: high } : null;
}

/** The collapsed caret position of a range (its focus end), or null when it lies outside `root`. */
export function caretOffset(root: Node, point: Boundary): number | null {
  if (point.node !== root && !root.contains(point.node)) return null;
  return offsetOfPoint(root, point.node, point.offset);
}

// ---------------------------------------------------------------- tidying a selection

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const WHITE_SPACE = /\s/u;

type GraphemeSegmenter = { segment(text: string): { containing(index: number): { index: number; segment: string } | undefined } };

let segmenter: GraphemeSegmenter | null | undefined;
function graphemes(): GraphemeSegmenter | null {
  if (segmenter === undefined) {
    const Segmenter = (Intl as unknown as { Segmenter?: new (locale?: string, options?: { granularity: string }) => GraphemeSegmenter }).Segmenter;
    segmenter = Segmenter ? new Segmenter(undefined, { granularity: 'grapheme' }) : null;
  }
  return segmenter;
}

/** The start of the character (grapheme cluster) that contains `index`. */
export function characterStart(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  const found = graphemes()?.segment(text).containing(index);
  if (found) return found.index;
  return isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}

/** The end of the character (grapheme cluster) that ends at or after `index`. */
export function characterEnd(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  const found = graphemes()?.segment(text).containing(index - 1);
  if (found) return found.index + found.segment.length;
  return isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index)) ? index + 1 : index;
}

/**
 * What a new mask over a selection should cover: widened to whole characters (never
 * half an emoji, never a letter without its accent), without white space at either
 * end (a mouse selection often takes the space after a word). Null when nothing is left.
 */
export function tidySelection(text: string, start: number, end: number): Offsets | null {
  let low = characterStart(text, Math.max(0, Math.min(start, end)));
  let high = characterEnd(text, Math.min(text.length, Math.max(start, end)));
  while (low < high && WHITE_SPACE.test(text[low] ?? '')) low += 1;
  while (high > low && WHITE_SPACE.test(text[high - 1] ?? '')) high -= 1;
  return high > low ? { start: low, end: high } : null;
}
