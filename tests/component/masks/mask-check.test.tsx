import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ok } from '../../../shared/result';
import { ADMIN } from '../fake-api';
import { expectFocus } from '../waits';
import { mask, maskReview, OTHER_STORY_ID, renderReview, STAFF, STORY_ID } from '../review/review-helpers';

const TEXT = 'Dr Okafor 👩‍⚕️ saw me.\r\nHope was kind and Amaka Obi called.';
const at = (words: string) => TEXT.indexOf(words);
const PROPOSED = [
  mask(at('Dr Okafor'), at('Dr Okafor') + 'Dr Okafor'.length, 'PERSON', 'high', 'person.title'),
  mask(at('Hope'), at('Hope') + 4, 'PERSON', 'low', 'person.word-name'),
  mask(at('Amaka'), at('Amaka') + 5, 'PERSON', 'low', 'person.list'),
];

const wordsOf = (item: HTMLElement) => item.querySelector('.mask-words')?.textContent;

describe('the anonymisation check', () => {
  it('lists less certain masks first and marks them, keeps, removes and adds masks by keyboard, and saves exact offsets', async () => {
    const { api, user } = await renderReview(STAFF, `check/${STORY_ID}`, 'Check the anonymisation', (fake) => {
      fake.getMaskReview.mockResolvedValue(ok(maskReview(TEXT, PROPOSED, { revision: 3 })));
      fake.saveMaskCheck.mockImplementation(async ({ masks }) =>
        ok(maskReview(TEXT, PROPOSED, { revision: 3, accepted: masks, state: 'checked', checkedByName: STAFF.name, checkedAt: '2026-03-15T10:00:00.000Z' })),
      );
      fake.listStoriesToCheck.mockResolvedValue(ok({ items: [], nextCursor: null }));
    });
    const words = await screen.findByTestId('masked-text');
    // The original words exactly: every text node that is words joins up to the stored text.
    const shown = [...words.querySelectorAll('span:not([data-not-words])')].filter((node) => node.children.length === 0).map((node) => node.textContent).join('');
    expect(shown).toBe(TEXT);
    expect(words.getAttribute('dir')).toBe('auto');
    expect((await screen.findByTestId('check-badge')).textContent).toContain('Not checked');

    // Less certain first, marked in words (badge, "?" label, dashed class), not by colour alone.
    let items = within(screen.getByTestId('mask-list')).getAllByTestId('mask-item');
    expect(items.map(wordsOf)).toEqual(['Hope', 'Amaka', 'Dr Okafor']);
    expect(within(items[0]!).getByText('Less certain')).toBeTruthy();
    expect(items[2]!.textContent).not.toContain('Less certain');
    const highlights = screen.getAllByTestId('mask-highlight');
    expect(highlights.map((mark) => mark.querySelector('.mask-label')?.textContent)).toEqual(['Person', 'Person ?', 'Person ?']);
    expect(highlights[1]!.className).toContain('mask-low');

    // Recording before the less certain masks are looked at is refused.
    await user.click(screen.getByRole('button', { name: 'Record check' }));
    const problem = await screen.findByRole('link', { name: /Keep or remove each less certain mask/ });
    expect(api.saveMaskCheck).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement?.className).toContain('error-summary'));
    // The problem leads to the first mask not looked at.
    await user.click(problem);
    const hope = within(items[0]!).getAllByRole('button')[0]!;
    await expectFocus(hope);
    expect(hope.getAttribute('aria-pressed')).toBe('false');

    // Keyboard: Delete removes "Hope" (focus moves on), arrows move, K keeps "Amaka".
    await user.keyboard('{Delete}');
    items = within(screen.getByTestId('mask-list')).getAllByTestId('mask-item');
    expect(items.map(wordsOf)).toEqual(['Amaka', 'Dr Okafor']);
    expect(screen.getAllByTestId('removed-mask').map((item) => item.querySelector('.mask-words')?.textContent)).toEqual(['Hope']);
    await expectFocus(within(items[0]!).getAllByRole('button')[0]!);
    await user.keyboard('{ArrowDown}');
    await expectFocus(within(items[1]!).getAllByRole('button')[0]!);
    await user.keyboard('{ArrowUp}k');
    expect(within(items[0]!).getAllByRole('button')[0]!.getAttribute('aria-pressed')).toBe('true');

    // Add "Amaka Obi" with the keyboard: to the end of "and", then Shift+Ctrl+Right twice, Enter.
    act(() => words.focus());
    await user.keyboard('{Control>}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{/Control}');
    await user.keyboard('{Shift>}{Control>}{ArrowRight}{ArrowRight}{/Control}{/Shift}');
    const panel = await screen.findByTestId('add-mask');
    expect(within(panel).getByTestId('add-mask-words').textContent).toBe('Amaka Obi');
    expect(within(panel).getByText('This joins the mask it overlaps into one.')).toBeTruthy();
    await user.keyboard('{Enter}');
    const type = screen.getByLabelText('Mask as');
    await expectFocus(type);
    await user.selectOptions(type, 'PERSON');
    await user.click(within(panel).getByRole('button', { name: 'Add mask' }));
    items = within(screen.getByTestId('mask-list')).getAllByTestId('mask-item');
    expect(items.map(wordsOf)).toEqual(['Dr Okafor', 'Amaka Obi']);
    expect(screen.getByTestId('preview-text').textContent).toBe('[PERSON 1] 👩‍⚕️ saw me.\r\nHope was kind and [PERSON 2] called.');

    await user.click(screen.getByRole('button', { name: 'Record check' }));
    expect(api.saveMaskCheck).toHaveBeenCalledWith({
      id: STORY_ID,
      revision: 3,
      masks: [
        { start: 0, end: 9, type: 'PERSON', origin: 'detected', confidence: 'high', rule: 'person.title' },
        { start: at('Amaka'), end: at('Amaka') + 'Amaka Obi'.length, type: 'PERSON', origin: 'added', confidence: 'high', rule: 'checker.added' },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('check-badge').textContent).toContain('Checked'));
    expect(screen.getByTestId('review-flash').textContent).toBe('Your check was recorded. No other story needs a check now.');
    expect(screen.getByTestId('check-meta').textContent).toContain(`Checked by ${STAFF.name}`);
  });

  it('adds a mask over a mouse selection after an emoji and a line break, with its other mentions, then goes to the next story', async () => {
    const text = '👋🏽 Nurse\r\nJoan said Joan would ring. Joanne did not.';
    const { api, user } = await renderReview(ADMIN, `check/${STORY_ID}`, 'Check the anonymisation', (fake) => {
      fake.getMaskReview.mockImplementation(async ({ id }) => ok(id === STORY_ID ? maskReview(text, []) : maskReview('Other words.', [], { storyId: OTHER_STORY_ID })));
      fake.saveMaskCheck.mockImplementation(async ({ masks }) => ok(maskReview(text, [], { accepted: masks, state: 'checked', checkedByName: ADMIN.name, checkedAt: '2026-03-15T10:00:00.000Z' })));
      fake.listStoriesToCheck.mockResolvedValue(ok({ items: [{ id: OTHER_STORY_ID, excerpt: 'Other words.', heardOn: '2026-03-14', state: 'unchecked', consentShare: true, createdAt: '2026-03-14T10:00:00.000Z' }], nextCursor: null }));
    });
    const words = await screen.findByTestId('masked-text');
    expect(screen.getByText('No masks: nothing in these words would be hidden.')).toBeTruthy();
    // The mouse selects "Joan " (with the space after it) in the text node.
    const node = [...words.querySelectorAll('span')].map((span) => span.firstChild).find((child) => child?.nodeType === 3 && (child as Text).data.includes('Joan')) as Text;
    const from = node.data.indexOf('Joan');
    const selection = window.getSelection()!;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, from + 5);
    selection.removeAllRanges();
    selection.addRange(range);
    fireEvent.mouseUp(words);
    const panel = await screen.findByTestId('add-mask');
    expect(within(panel).getByTestId('add-mask-words').textContent).toBe('Joan');
    // "Joanne" is not the same word, so only one other mention is offered.
    const everywhere = within(panel).getByLabelText('Also mask the 1 other place these exact words appear') as HTMLInputElement;
    expect(everywhere.checked).toBe(true);
    await user.click(within(panel).getByRole('button', { name: 'Add mask' }));
    expect(screen.getByTestId('preview-text').textContent).toBe('👋🏽 Nurse\r\n[PERSON 1] said [PERSON 1] would ring. Joanne did not.');

    await user.click(screen.getByRole('button', { name: 'Record check' }));
    const first = text.indexOf('Joan');
    const second = text.indexOf('Joan', first + 1);
    expect(first).toBe(12); // 👋🏽 is four UTF-16 units, CR LF two
    expect(api.saveMaskCheck).toHaveBeenCalledWith({
      id: STORY_ID,
      revision: 1,
      masks: [
        { start: first, end: first + 4, type: 'PERSON', origin: 'added', confidence: 'high', rule: 'checker.added' },
        { start: second, end: second + 4, type: 'PERSON', origin: 'added', confidence: 'high', rule: 'checker.added' },
      ],
    });
    await waitFor(() => expect(api.getMaskReview).toHaveBeenLastCalledWith({ id: OTHER_STORY_ID }));
    expect(window.location.hash).toContain(OTHER_STORY_ID);
    expect(await screen.findByText('Your check was recorded. This is the next story needing a check.')).toBeTruthy();
  });

  it('starts a re-check from the masks a person accepted, all kept', async () => {
    const text = 'Ring Sam on 07700 900123.';
    const accepted = [{ ...mask(5, 8, 'PERSON'), origin: 'added' as const, rule: 'checker.added' }, mask(12, 24, 'PHONE')];
    await renderReview(STAFF, `check/${STORY_ID}`, 'Check the anonymisation', (fake) => {
      fake.getMaskReview.mockResolvedValue(ok(maskReview(text, [mask(12, 24, 'PHONE')], { accepted, state: 'checked', checkedByName: ADMIN.name, checkedAt: '2026-03-01T09:00:00.000Z' })));
    });
    expect((await screen.findByTestId('check-badge')).textContent).toContain('Checked');
    const items = screen.getAllByTestId('mask-item');
    expect(items.map(wordsOf)).toEqual(['Sam', '07700 900123']);
    expect(items.map((item) => within(item).getAllByRole('button')[0]!.getAttribute('aria-pressed'))).toEqual(['true', 'true']);
    expect(within(items[0]!).getByText('Added by you')).toBeTruthy();
    expect(screen.getByTestId('preview-text').textContent).toBe('Ring [PERSON 1] on [PHONE 1].');
  });

  it('shows a check made for earlier words as out of date, starting again from what the engine proposes now', async () => {
    const text = 'Ring Sam on 07700 900123.';
    await renderReview(STAFF, `check/${STORY_ID}`, 'Check the anonymisation', (fake) => {
      fake.getMaskReview.mockResolvedValue(
        ok(maskReview(text, [mask(12, 24, 'PHONE')], { revision: 2, state: 'stale', checkedByName: ADMIN.name, checkedAt: '2026-03-01T09:00:00.000Z' })),
      );
    });
    expect((await screen.findByTestId('check-badge')).textContent).toContain('Out of date');
    expect(screen.getByTestId('check-meta').textContent).toContain('for an earlier version');
    expect(screen.getAllByTestId('mask-item').map(wordsOf)).toEqual(['07700 900123']);
  });
});
