/**
 * Passages are UTF-16 offsets into the words of one revision (JavaScript string
 * indices, as the tag service counts them). The words are shown as text nodes,
 * some wrapped in <mark> for highlights; a DOM selection's boundary points are
 * mapped back to offsets by counting the text before them, so emoji (two code
 * units), CRLF line breaks and right-to-left text all come out exactly.
 */

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

export interface Span {
  start: number;
  end: number;
}

const TEXT_NODE = 3;

/** Length of all text inside `node`. */
const textLength = (node: Node): number => (node.nodeType === TEXT_NODE ? (node as Text).data.length : (node.textContent ?? '').length);

/**
 * The offset, in the text of `root`, of a boundary point inside it; null when the
 * point is outside `root`.
 */
export function offsetOf(root: Node, { node, offset }: Boundary): number | null {
  if (node !== root && !root.contains(node)) return null;
  // Text before the boundary within its own container.
  let total = 0;
  let current: Node = node;
  if (node.nodeType === TEXT_NODE) {
    total = Math.min(offset, (node as Text).data.length);
  } else {
    const children = node.childNodes;
    for (let i = 0; i < Math.min(offset, children.length); i += 1) total += textLength(children[i]!);
  }
  // Then the text of every earlier sibling, up to root.
  while (current !== root) {
    let sibling = current.previousSibling;
    while (sibling) {
      total += textLength(sibling);
      sibling = sibling.previousSibling;
    }
    const parent = current.parentNode;
    if (!parent) return null;
    current = parent;
  }
  return total;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Widens a span that cuts a surrogate pair (half an emoji) to take the whole character. */
export function wholeCharacters(text: string, { start, end }: Span): Span {
  let s = start;
  let e = end;
  if (s > 0 && s < text.length && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s -= 1;
  if (e > 0 && e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e += 1;
  return { start: s, end: e };
}

/**
 * The passage a selection covers within `root`, whose text is `text`: clipped to
 * the words when the selection runs past them, whole characters, or null when
 * nothing of the words is selected.
 */
export function passageFromRange(root: Node, range: RangeLike, text: string): Span | null {
  const before = (node: Node) => node !== root && !root.contains(node) && Boolean(root.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING);
  let start = offsetOf(root, { node: range.startContainer, offset: range.startOffset });
  let end = offsetOf(root, { node: range.endContainer, offset: range.endOffset });
  if (start === null) start = before(range.startContainer) ? 0 : null;
  if (end === null) end = before(range.endContainer) ? null : text.length;
  if (start === null || end === null) return null;
  const span = wholeCharacters(text, { start: Math.min(start, text.length), end: Math.min(end, text.length) });
  return span.end > span.start ? span : null;
}

export interface Highlight extends Span {
  /** Which highlight this is (a tag's id, or 'pending' for the selection being tagged). */
  key: string;
}

export interface Segment {
  start: number;
  end: number;
  /** The highlights covering this piece of the words (none: plain text). */
  keys: string[];
}

/**
 * Cuts the words into pieces at every highlight's edges, so that each piece is
 * either plain or covered by the same highlights. Highlights past the end of the
 * text are clipped; empty ones are ignored. The words themselves are never copied.
 */
export function segmentText(length: number, highlights: readonly Highlight[]): Segment[] {
  const valid = highlights
    .map((h) => ({ ...h, start: Math.max(0, Math.min(h.start, length)), end: Math.max(0, Math.min(h.end, length)) }))
    .filter((h) => h.end > h.start);
  const cuts = new Set<number>([0, length]);
  for (const h of valid) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const keys = valid.filter((h) => h.start <= start && h.end >= end).map((h) => h.key);
    segments.push({ start, end, keys });
  }
  return segments;
}

/** Every place `needle` occurs in `text` (case-insensitive when lower-casing keeps the length). */
export function findAll(text: string, needle: string): Span[] {
  if (needle === '') return [];
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length && needle.toLowerCase().length === needle.length;
  const haystack = sameLength ? lower : text;
  const target = sameLength ? needle.toLowerCase() : needle;
  const found: Span[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(target, from);
    if (at < 0) break;
    found.push({ start: at, end: at + target.length });
    from = at + Math.max(1, target.length);
  }
  return found;
}
