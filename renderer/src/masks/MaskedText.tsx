import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyMove, moveForKey, selectedRange, wordBounds, type CaretState } from './caret';
import type { WorkingMask } from './mask-edit';
import { caretOffset, NOT_WORDS, rangeToOffsets } from './selection-offsets';

interface MaskedTextProps {
  id: string;
  text: string;
  /** In order of where they start; never overlapping. */
  masks: readonly WorkingMask[];
  caret: CaretState | null;
  activeKey: string | null;
  onCaret(state: CaretState): void;
  /** A mask in the words was clicked. */
  onPickMask(key: string): void;
  /** Enter with words selected: go on to choose what to mask them as. */
  onAddRequest(): void;
  describedBy?: string;
  label: string;
}

const notWords = { [NOT_WORDS]: '' };

/**
 * The original words exactly as stored (pre-wrap, dir="auto"), each mask
 * highlighted over them with its type, lower-confidence masks drawn differently
 * and labelled with a question mark. The region takes focus; the arrow keys move a
 * caret through the words (Ctrl: by word; Home, End: the line; Ctrl+Home, Ctrl+End:
 * the whole text) and Shift selects, so words can be selected without a mouse.
 * A mouse selection is read back into offsets of the original words.
 */
export function MaskedText({ id, text, masks, caret, activeKey, onCaret, onPickMask, onAddRequest, describedBy, label }: MaskedTextProps) {
  const { t } = useTranslation('review');
  const ref = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  // True when the last mouse-up ended a selection (so the click that follows is not "choose this mask").
  const selecting = useRef(false);
  const bounds = useMemo(() => wordBounds(text), [text]);
  const selection = selectedRange(caret);

  // Keep the caret, and the mask chosen in the list, in sight.
  useEffect(() => {
    if (focused) ref.current?.querySelector('.review-caret')?.scrollIntoView?.({ block: 'nearest' });
  }, [caret, focused]);
  useEffect(() => {
    if (activeKey) ref.current?.querySelector('.mask-active')?.scrollIntoView?.({ block: 'nearest' });
  }, [activeKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = caret ?? { anchor: 0, focus: 0 };
    const rtl = ref.current ? window.getComputedStyle(ref.current).direction === 'rtl' : false;
    const move = moveForKey(event, rtl);
    if (move) {
      event.preventDefault();
      onCaret(applyMove(text, current, move, event.shiftKey, bounds));
      return;
    }
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onCaret({ anchor: 0, focus: text.length });
      return;
    }
    if (event.key === 'Escape' && selection) {
      event.preventDefault();
      event.stopPropagation();
      onCaret({ anchor: current.focus, focus: current.focus });
      return;
    }
    if (event.key === 'Enter' && selection) {
      event.preventDefault();
      onAddRequest();
    }
  };

  // A mouse selection (or a click, which places the caret) becomes offsets of the words.
  const onMouseUp = () => {
    selecting.current = false;
    const root = ref.current;
    const chosen = window.getSelection();
    if (!root || !chosen || chosen.rangeCount === 0) return;
    const range = chosen.getRangeAt(0);
    selecting.current = !range.collapsed;
    if (range.collapsed) {
      const at = caretOffset(root, { node: range.startContainer, offset: range.startOffset });
      if (at !== null) onCaret({ anchor: at, focus: at });
      return;
    }
    const offsets = rangeToOffsets(root, range);
    if (!offsets) return;
    const backwards = chosen.anchorNode === range.endContainer && chosen.anchorOffset === range.endOffset && !range.collapsed;
    onCaret(backwards ? { anchor: offsets.end, focus: offsets.start } : { anchor: offsets.start, focus: offsets.end });
    // The selection is drawn by this component from now on, so that keyboard and mouse look the same.
    chosen.removeAllRanges();
  };

  const pieces = useMemo(() => renderPieces(text, masks, selection, focused && caret ? caret.focus : null, activeKey, t), [text, masks, selection?.start, selection?.end, focused, caret, activeKey, t]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div
      id={id}
      ref={ref}
      className="verbatim masked-text"
      dir="auto"
      tabIndex={0}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid="masked-text"
      onKeyDown={onKeyDown}
      onMouseUp={onMouseUp}
      onFocus={() => {
        setFocused(true);
        if (!caret) onCaret({ anchor: 0, focus: 0 });
      }}
      onBlur={() => setFocused(false)}
      onClick={(event) => {
        if (selecting.current) return;
        const mark = (event.target as Element).closest?.('[data-mask-key]');
        const key = mark?.getAttribute('data-mask-key');
        if (key) onPickMask(key);
      }}
    >
      {pieces}
    </div>
  );
}

type T = ReturnType<typeof useTranslation<'review'>>['t'];

/** The words cut at every mask edge, selection edge and the caret, grouped into marks. */
function renderPieces(
  text: string,
  masks: readonly WorkingMask[],
  selection: { start: number; end: number } | null,
  caretAt: number | null,
  activeKey: string | null,
  t: T,
): ReactNode[] {
  const cuts = new Set<number>([0, text.length]);
  for (const mask of masks) {
    cuts.add(mask.start);
    cuts.add(mask.end);
  }
  if (selection) {
    cuts.add(selection.start);
    cuts.add(selection.end);
  }
  if (caretAt !== null) cuts.add(caretAt);
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);

  const out: ReactNode[] = [];
  let group: { mask: WorkingMask; children: ReactNode[] } | null = null;
  const caretNode = (key: string) => <span key={key} className="review-caret" aria-hidden="true" {...notWords} />;
  const flush = () => {
    if (!group) return;
    const { mask, children } = group;
    const low = mask.confidence === 'low';
    const type = t(`types.${mask.type}`);
    const short = mask.end - mask.start <= 40 && !/[\r\n]/.test(text.slice(mask.start, mask.end));
    out.push(
      <mark
        key={`mask-${mask.key}`}
        className={['mask', `mask-${mask.type.toLowerCase()}`, low ? 'mask-low' : 'mask-high', short ? 'mask-short' : '', mask.origin === 'added' ? 'mask-added' : '', mask.key === activeKey ? 'mask-active' : '']
          .filter(Boolean)
          .join(' ')}
        data-mask-key={mask.key}
        data-testid="mask-highlight"
      >
        <span className="mask-label" aria-hidden="true" {...notWords}>
          {low ? `${type} ?` : type}
        </span>
        {children}
        <span className="visually-hidden" {...notWords}>
          {' '}
          ({low ? t('check.maskedAsLow', { type }) : t('check.maskedAs', { type })})
        </span>
      </mark>,
    );
    group = null;
  };

  let m = 0;
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    while (m < masks.length && masks[m]!.end <= start) m += 1;
    const mask = masks[m] && masks[m]!.start <= start && start < masks[m]!.end ? masks[m]! : null;
    if (group && group.mask !== mask) flush();
    const selected = selection !== null && start >= selection.start && end <= selection.end;
    const piece = (
      <span key={`t-${start}`} className={selected ? 'review-selected' : undefined}>
        {text.slice(start, end)}
      </span>
    );
    const before = caretAt === start ? caretNode(`caret-${start}`) : null;
    if (mask) {
      if (!group) group = { mask, children: [] };
      if (before) group.children.push(before);
      group.children.push(piece);
    } else {
      if (before) out.push(before);
      out.push(piece);
    }
  }
  flush();
  if (caretAt === text.length) out.push(caretNode('caret-end'));
  return out;
}
