/**
 * A windowed list: however many items it holds, only the rows in view (and a few
 * either side) are in the page. Rows have one fixed height, so the position of
 * any row is index × height and nothing has to be measured.
 *
 * Keyboard: the list is one Tab stop (roving tabindex on each row's focus target,
 * the element marked `data-row-focus`); Up and Down move one row, Page Up and Page
 * Down a screenful, Home and End to the first and last row loaded. The focused
 * row is always rendered, even when scrolled out of view, so focus is never lost.
 * Nearing the end of what is loaded asks for more (`onNearEnd`).
 *
 * Positions are set through the CSS object model (element.style), which the strict
 * Content-Security-Policy allows; there are no inline style attributes in markup.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';

/** Used until the list has been measured (and in test environments without layout). */
export const FALLBACK_VIEWPORT = 640;

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  /** The list's accessible name. */
  label: string;
  /** How many items there are in all, when known; -1 when more may follow. */
  setSize: number;
  activeIndex: number;
  onActiveChange(index: number): void;
  getKey(item: T, index: number): string;
  /** A row's content; it should hold one element with `data-row-focus` and tabIndex `active ? 0 : -1`. */
  renderRow(item: T, index: number, active: boolean): ReactNode;
  onNearEnd?(): void;
  /** Rows from the end of what is loaded at which `onNearEnd` is called. */
  nearEnd?: number;
  /** Extra rows rendered above and below the view. */
  overscan?: number;
  /** Put the focus on the active row when the list appears. */
  focusOnMount?: boolean;
  onFocusedOnMount?(): void;
  className?: string;
  id?: string;
  /** Shown after the rows, inside the scrolling area (e.g. "loading more"). */
  footer?: ReactNode;
  /** Id of text that describes the list (e.g. its keys). */
  describedBy?: string;
}

export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan: number): [number, number] {
  if (count === 0) return [0, -1];
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewport) / rowHeight) - 1 + overscan);
  return [first, Math.max(first, last)];
}

export function VirtualList<T>({
  items,
  rowHeight,
  label,
  setSize,
  activeIndex,
  onActiveChange,
  getKey,
  renderRow,
  onNearEnd,
  nearEnd = 10,
  overscan = 4,
  focusOnMount = false,
  onFocusedOnMount,
  className,
  id,
  footer,
  describedBy,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  /** Why the active row should take the focus after this render: on showing, or a key press. */
  const focusPending = useRef<'mount' | 'key' | null>(focusOnMount ? 'mount' : null);
  const frame = useRef<number | null>(null);
  const count = items.length;
  const active = count === 0 ? -1 : Math.min(Math.max(activeIndex, 0), count - 1);

  // The whole list's height, and the row height for the stylesheet.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    list.style.setProperty('height', `${count * rowHeight}px`);
    list.style.setProperty('--vlist-row-height', `${rowHeight}px`);
  }, [count, rowHeight]);

  // Follow the size of the scrolling area.
  useEffect(() => {
    const element = scrollRef.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      const height = element.clientHeight;
      if (height > 0) setViewport(height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const onScroll = () => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      if (scrollRef.current) setScrollTop(scrollRef.current.scrollTop);
    });
  };

  const [first, last] = visibleRange(scrollTop, viewport, rowHeight, count, overscan);
  const indices = useMemo(() => {
    const out: number[] = [];
    if (active >= 0 && active < first) out.push(active);
    for (let i = first; i <= last; i += 1) out.push(i);
    if (active > last) out.push(active);
    return out;
  }, [first, last, active]);

  // Near the end of what is loaded: ask for more.
  const lastShown = Math.max(last, active);
  useEffect(() => {
    if (onNearEnd && count > 0 && lastShown >= count - 1 - nearEnd) onNearEnd();
  }, [lastShown, count, nearEnd, onNearEnd]);

  /** Scrolls just enough for row `index` to be in view. */
  const reveal = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const top = index * rowHeight;
      const current = element.scrollTop;
      const view = element.clientHeight > 0 ? element.clientHeight : viewport;
      let next = current;
      if (top < current) next = top;
      else if (top + rowHeight > current + view) next = top + rowHeight - view;
      if (next !== current) element.scrollTop = next;
      setScrollTop(next);
    },
    [rowHeight, viewport],
  );

  // Focus follows the keyboard (and comes back to the active row when asked). A
  // passive effect, so that it runs after the screen heading has taken the focus.
  useEffect(() => {
    if (!focusPending.current || active < 0) return;
    const target = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"] [data-row-focus]`);
    if (!target) return;
    const why = focusPending.current;
    focusPending.current = null;
    target.focus({ preventScroll: true });
    if (why !== 'mount') return;
    onFocusedOnMount?.();
    // Coming back to the list, the row can lose the focus to the screen's heading in the
    // same frame (seen in Chromium): take it back once, unless the person has moved on.
    requestAnimationFrame(() => {
      const current = document.activeElement;
      if (target.isConnected && (current === document.body || current?.classList.contains('screen-heading'))) target.focus({ preventScroll: true });
    });
  });

  // On first showing, the active row is scrolled into view (coming back from a story).
  const revealed = useRef(false);
  useLayoutEffect(() => {
    if (revealed.current || active < 0) return;
    revealed.current = true;
    if (active > 0) reveal(active);
  }, [active, reveal]);

  const move = (next: number) => {
    const index = Math.min(Math.max(next, 0), count - 1);
    focusPending.current = 'key';
    reveal(index);
    onActiveChange(index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    const steps: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: count - 1,
    };
    const next = steps[event.key];
    if (next === undefined) return;
    event.preventDefault();
    move(next);
  };

  // A row focused by mouse or Tab becomes the active one.
  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = row ? Number(row.dataset.index) : NaN;
    if (Number.isInteger(index) && index !== active) onActiveChange(index);
  };

  const place = (index: number) => (element: HTMLLIElement | null) => {
    element?.style.setProperty('top', `${index * rowHeight}px`);
  };

  return (
    <div className={className ? `vlist ${className}` : 'vlist'} ref={scrollRef} onScroll={onScroll} id={id}>
      <ul className="vlist-rows" ref={listRef} aria-label={label} aria-describedby={describedBy} onKeyDown={onKeyDown} onFocus={onFocus}>
        {indices.map((index) => {
          const item = items[index] as T;
          return (
            <li
              key={getKey(item, index)}
              ref={place(index)}
              className={index === active ? 'vlist-row vlist-row-active' : 'vlist-row'}
              data-index={index}
              aria-setsize={setSize}
              aria-posinset={index + 1}
            >
              {renderRow(item, index, index === active)}
            </li>
          );
        })}
      </ul>
      {footer}
    </div>
  );
}
