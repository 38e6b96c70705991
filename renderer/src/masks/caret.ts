/**
 * A keyboard caret over read-only words: where the arrow keys, with Ctrl (by word)
 * and Shift (extending a selection), move it. Positions are UTF-16 offsets into the
 * words and always fall between whole characters (grapheme clusters), so a
 * selection made with the keyboard never splits an emoji or an accented letter.
 */
import { characterEnd, characterStart } from './selection-offsets';

export interface CaretState {
  /** Where the selection started; equal to `focus` when nothing is selected. */
  anchor: number;
  /** Where the caret is. */
  focus: number;
}

export type CaretMove = 'char-forward' | 'char-back' | 'word-forward' | 'word-back' | 'line-start' | 'line-end' | 'line-up' | 'line-down' | 'text-start' | 'text-end';

type WordSegmenter = { segment(text: string): Iterable<{ index: number; segment: string; isWordLike?: boolean }> };

let words: WordSegmenter | null | undefined;
function wordSegmenter(): WordSegmenter | null {
  if (words === undefined) {
    const Segmenter = (Intl as unknown as { Segmenter?: new (locale?: string, options?: { granularity: string }) => WordSegmenter }).Segmenter;
    words = Segmenter ? new Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return words;
}

/** Start and end offsets of each word (letters or digits) in the text. */
export function wordBounds(text: string): Array<[number, number]> {
  const segmenter = wordSegmenter();
  const bounds: Array<[number, number]> = [];
  if (segmenter) {
    for (const part of segmenter.segment(text)) if (part.isWordLike) bounds.push([part.index, part.index + part.segment.length]);
    return bounds;
  }
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}'’-]+/gu)) bounds.push([match.index, match.index + match[0].length]);
  return bounds;
}

const isLineBreak = (c: string | undefined) => c === '\n' || c === '\r';

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isLineBreak(text[i - 1])) i -= 1;
  return i;
}

function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isLineBreak(text[i])) i += 1;
  return i;
}

/** The offset after the line break that starts at `at` (CR LF is one break). */
function afterBreak(text: string, at: number): number {
  return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
}

/** The offset of the line break that ends just before `at` (CR LF is one break). */
function beforeBreak(text: string, at: number): number {
  return text[at - 1] === '\n' && text[at - 2] === '\r' ? at - 2 : at - 1;
}

/** Where the caret goes from `at` for a move; `bounds` are the text's words (for word moves). */
export function moveCaret(text: string, at: number, move: CaretMove, bounds: ReadonlyArray<[number, number]> = []): number {
  switch (move) {
    case 'char-forward':
      if (at >= text.length) return text.length;
      return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : characterEnd(text, at + 1);
    case 'char-back':
      if (at <= 0) return 0;
      return text[at - 1] === '\n' && text[at - 2] === '\r' ? at - 2 : characterStart(text, at - 1);
    case 'word-forward': {
      // To the end of the word the caret is in, or of the next word.
      const next = bounds.find(([, end]) => end > at);
      return next ? next[1] : text.length;
    }
    case 'word-back': {
      // To the start of the word the caret is in, or of the word before.
      let found = 0;
      for (const [start] of bounds) {
        if (start >= at) break;
        found = start;
      }
      return found;
    }
    case 'line-start':
      return lineStart(text, at);
    case 'line-end':
      return lineEnd(text, at);
    case 'line-up': {
      const start = lineStart(text, at);
      if (start === 0) return 0;
      const column = at - start;
      const previousEnd = beforeBreak(text, start);
      const previousStart = lineStart(text, previousEnd);
      return characterStart(text, Math.min(previousStart + column, previousEnd));
    }
    case 'line-down': {
      const end = lineEnd(text, at);
      if (end >= text.length) return text.length;
      const column = at - lineStart(text, at);
      const nextStart = afterBreak(text, end);
      return characterStart(text, Math.min(nextStart + column, lineEnd(text, nextStart)));
    }
    case 'text-start':
      return 0;
    case 'text-end':
      return text.length;
  }
}

/** The move a key press asks for, or null for a key the caret does not use. `rtl`: the words run right to left. */
export function moveForKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, rtl = false): CaretMove | null {
  const byWord = event.ctrlKey || event.altKey;
  const toEdge = event.ctrlKey || event.metaKey;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (event.metaKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
    return event.key === forward ? 'line-end' : 'line-start';
  }
  switch (event.key) {
    case forward:
      return byWord ? 'word-forward' : 'char-forward';
    case back:
      return byWord ? 'word-back' : 'char-back';
    case 'ArrowUp':
      return 'line-up';
    case 'ArrowDown':
      return 'line-down';
    case 'Home':
      return toEdge ? 'text-start' : 'line-start';
    case 'End':
      return toEdge ? 'text-end' : 'line-end';
    default:
      return null;
  }
}

/** The caret after a key: moved, and with Shift the selection extended from its anchor. */
export function applyMove(text: string, state: CaretState, move: CaretMove, extend: boolean, bounds: ReadonlyArray<[number, number]>): CaretState {
  const focus = moveCaret(text, state.focus, move, bounds);
  return extend ? { anchor: state.anchor, focus } : { anchor: focus, focus };
}

/** The selected stretch, start before end; null when nothing is selected. */
export function selectedRange(state: CaretState | null): { start: number; end: number } | null {
  if (!state || state.anchor === state.focus) return null;
  return { start: Math.min(state.anchor, state.focus), end: Math.max(state.anchor, state.focus) };
}
