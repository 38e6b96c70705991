import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FALLBACK_VIEWPORT, VirtualList, visibleRange } from '../../../renderer/src/workbench/ui/VirtualList';

const ROW = 100;
const ITEMS = Array.from({ length: 100_000 }, (_, i) => i);

function List({ onOpen, onNearEnd }: { onOpen(index: number): void; onNearEnd(): void }) {
  const [active, setActive] = useState(0);
  return (
    <VirtualList
      items={ITEMS}
      rowHeight={ROW}
      label="Stories found"
      setSize={ITEMS.length}
      activeIndex={active}
      onActiveChange={setActive}
      getKey={(item) => String(item)}
      onNearEnd={onNearEnd}
      renderRow={(item, index, isActive) => (
        <a
          href={`#/stories/${item}`}
          data-row-focus=""
          tabIndex={isActive ? 0 : -1}
          onClick={(event) => {
            event.preventDefault();
            onOpen(index);
          }}
        >
          Story {item}
        </a>
      )}
    />
  );
}

/** The focus follows the keyboard in a passive effect: wait for it to reach the row. */
const expectFocusOn = (text: string) => waitFor(() => expect(document.activeElement?.textContent).toBe(text));

describe('the windowed list', () => {
  it('works out the rows in view', () => {
    expect(visibleRange(0, 640, 100, 1000, 2)).toEqual([0, 8]);
    expect(visibleRange(1000, 640, 100, 1000, 2)).toEqual([8, 18]);
    expect(visibleRange(99_000, 640, 100, 1000, 2)).toEqual([988, 998]);
    expect(visibleRange(99_360, 640, 100, 1000, 2)).toEqual([991, 999]);
    expect(visibleRange(0, 640, 100, 0, 2)).toEqual([0, -1]);
  });

  it('renders a bounded number of rows for 100,000 stories, and moves through them from the keyboard', async () => {
    const user = userEvent.setup();
    const opened: number[] = [];
    const nearEnd = vi.fn();
    render(<List onOpen={(index) => opened.push(index)} onNearEnd={nearEnd} />);
    const list = screen.getByRole('list', { name: 'Stories found' });
    const bound = Math.ceil(FALLBACK_VIEWPORT / ROW) + 2 * 4 + 1;
    expect(list.querySelectorAll('li').length).toBeLessThanOrEqual(bound);
    expect(list.querySelectorAll('li').length).toBeGreaterThan(3);
    // The whole list is as tall as every row, so the scroll bar is true to size.
    expect(list.style.height).toBe(`${ITEMS.length * ROW}px`);
    const first = list.querySelector('li')!;
    expect(first.getAttribute('aria-setsize')).toBe('100000');
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(nearEnd).not.toHaveBeenCalled();

    // One Tab stop: only the active row can be tabbed to.
    expect(list.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await user.tab();
    await expectFocusOn('Story 0');
    await user.keyboard('{ArrowDown}');
    await expectFocusOn('Story 1');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    await expectFocusOn('Story 2');
    await user.keyboard('{PageDown}');
    await expectFocusOn(`Story ${2 + Math.floor(FALLBACK_VIEWPORT / ROW) - 1}`);

    // End: the last story, rendered, focused; nearing the end asks for more.
    await user.keyboard('{End}');
    await expectFocusOn('Story 99999');
    expect(list.querySelector('[data-index="99999"]')?.getAttribute('aria-posinset')).toBe('100000');
    expect(list.querySelectorAll('li').length).toBeLessThanOrEqual(bound + 1);
    expect(list.querySelector('[data-index="0"]')).toBeNull();
    await waitFor(() => expect(nearEnd).toHaveBeenCalled());
    expect(list.querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    await user.keyboard('{Home}');
    await expectFocusOn('Story 0');
    await user.keyboard('{ArrowUp}');
    await expectFocusOn('Story 0');

    // Enter opens the focused story.
    await user.keyboard('{ArrowDown}{Enter}');
    expect(opened).toEqual([1]);
  });
});
