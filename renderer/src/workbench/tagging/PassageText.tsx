/**
 * The words exactly as stored, with tagged passages highlighted over them. The
 * highlights wrap pieces of the text in <mark>; the text itself is never changed
 * (its textContent is the stored words, byte for byte).
 *
 * Selecting words with the mouse (or the keyboard, with caret browsing) offers the
 * selection as a passage to tag: its UTF-16 offsets in these words.
 */
import { useEffect, useMemo, useRef } from 'react';
import { passageFromRange, segmentText, type Highlight, type Span } from './passage-offsets';

export const PENDING = 'pending';

interface PassageTextProps {
  text: string;
  highlights: readonly Highlight[];
  /** The highlight to show strongest (the focused tag's passage). */
  emphasis?: string | null;
  onSelect?(span: Span): void;
  className?: string;
  testId?: string;
  /** Text that names the words for assistive technology. */
  labelledBy?: string;
}

export function PassageText({ text, highlights, emphasis = null, onSelect, className = 'verbatim', testId = 'story-text', labelledBy }: PassageTextProps) {
  const ref = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => segmentText(text.length, highlights), [text.length, highlights]);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  });

  // Read the selection when the mouse is let go or a selecting key is released,
  // or shortly after it changes (caret browsing), never in the middle of a drag.
  const selectable = onSelect !== undefined;
  useEffect(() => {
    if (!selectable) return undefined;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let dragging = false;
    const read = () => {
      const root = ref.current;
      const selection = document.getSelection();
      if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      // At least one end of the selection must be in the words.
      if (!root.contains(range.startContainer) && !root.contains(range.endContainer)) return;
      const span = passageFromRange(root, range, text);
      if (!span) return;
      // The highlight that follows shows the passage; the browser's selection would
      // no longer match the re-drawn text.
      selection.removeAllRanges();
      onSelectRef.current?.(span);
    };
    const down = (event: PointerEvent) => {
      if (ref.current?.contains(event.target as Node)) dragging = true;
    };
    const up = () => {
      if (!dragging) return;
      dragging = false;
      read();
    };
    const changed = () => {
      if (dragging) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(read, 400);
    };
    document.addEventListener('pointerdown', down);
    document.addEventListener('pointerup', up);
    document.addEventListener('selectionchange', changed);
    return () => {
      if (timer !== null) clearTimeout(timer);
      document.removeEventListener('pointerdown', down);
      document.removeEventListener('pointerup', up);
      document.removeEventListener('selectionchange', changed);
    };
  }, [selectable, text]);

  // A passage just chosen (e.g. found from the keyboard) is scrolled into view.
  const pending = highlights.find((h) => h.key === PENDING);
  const pendingAt = pending ? `${pending.start}-${pending.end}` : null;
  useEffect(() => {
    if (pendingAt === null) return;
    ref.current?.querySelector('.passage-pending')?.scrollIntoView?.({ block: 'nearest' });
  }, [pendingAt]);

  return (
    // Long words scroll inside their own box (a keyboard stop, so they can be scrolled without a mouse).
    <div
      className={`${className} verbatim-scroll`}
      dir="auto"
      data-testid={testId}
      ref={ref}
      tabIndex={0}
      role="region"
      aria-labelledby={labelledBy}
    >
      {segments.map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        if (segment.keys.length === 0) return piece;
        const pending = segment.keys.includes(PENDING);
        const strong = emphasis !== null && segment.keys.includes(emphasis);
        const classes = ['passage', pending ? 'passage-pending' : '', strong ? 'passage-focused' : '', segment.keys.length > 1 ? 'passage-overlap' : ''].filter(Boolean).join(' ');
        return (
          <mark key={segment.start} className={classes} data-start={segment.start} data-end={segment.end}>
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
