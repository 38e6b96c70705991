import { render } from '@testing-library/react';
import { applyMove, moveCaret, wordBounds } from '../../../renderer/src/masks/caret';
import { startingMasks } from '../../../renderer/src/masks/mask-edit';
import { MaskedText } from '../../../renderer/src/masks/MaskedText';
import { characterEnd, characterStart, NOT_WORDS, offsetOfPoint, rangeToOffsets, tidySelection, wordsLength } from '../../../renderer/src/masks/selection-offsets';
import { mask } from '../review/review-helpers';

/** Builds <div> from parts: strings become text nodes, [label] becomes a NOT_WORDS span, {mark: [...]} a <mark>. */
type Part = string | { label: string } | { mark: Part[] };
function build(parts: Part[], parent: HTMLElement = document.createElement('div')): HTMLElement {
  for (const part of parts) {
    if (typeof part === 'string') parent.appendChild(document.createTextNode(part));
    else if ('label' in part) {
      const span = document.createElement('span');
      span.setAttribute(NOT_WORDS, '');
      span.textContent = part.label;
      parent.appendChild(span);
    } else parent.appendChild(build(part.mark, document.createElement('mark')));
  }
  return parent;
}

const textNodesOf = (root: Node): Text[] => {
  const found: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
  return found;
};

const range = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number) => ({ startContainer, startOffset, endContainer, endOffset });

describe('selection to offsets', () => {
  it('counts UTF-16 units of the words only, across emoji, CR LF and combining marks, skipping labels', () => {
    // "Hi 👋\r\nJose\u0301 " + [PERSON] "Mrs Okafor" + " ok"
    const root = build(['Hi 👋\r\nJose\u0301 ', { mark: [{ label: 'PERSON' }, 'Mrs Okafor'] }, ' ok']);
    document.body.appendChild(root);
    const text = 'Hi 👋\r\nJose\u0301 Mrs Okafor ok';
    expect(wordsLength(root)).toBe(text.length);
    const [first, label, name, last] = textNodesOf(root) as [Text, Text, Text, Text];
    expect(label.data).toBe('PERSON');

    // Inside text nodes: the emoji is two units, CR LF two, the combining mark one.
    expect(offsetOfPoint(root, first, 5)).toBe(5); // after the emoji
    expect(text.slice(3, 5)).toBe('👋');
    expect(offsetOfPoint(root, first, 7)).toBe(7); // after CR LF
    expect(offsetOfPoint(root, name, 4)).toBe(text.indexOf('Okafor'));
    expect(offsetOfPoint(root, last, 3)).toBe(text.length);

    // Element boundary points: before the mark, inside it after the label, after it.
    const markElement = root.querySelector('mark')!;
    expect(offsetOfPoint(root, root, 1)).toBe(text.indexOf('Mrs'));
    expect(offsetOfPoint(root, markElement, 1)).toBe(text.indexOf('Mrs'));
    expect(offsetOfPoint(root, markElement, 2)).toBe(text.indexOf(' ok'));
    expect(offsetOfPoint(root, root, root.childNodes.length)).toBe(text.length);
    // A point inside a label is where the label is: the start of the masked words.
    expect(offsetOfPoint(root, label, 3)).toBe(text.indexOf('Mrs'));

    // A whole selection, either way round, and one that reaches outside the words.
    const okafor = rangeToOffsets(root, range(name, 4, last, 0));
    expect(okafor).toEqual({ start: text.indexOf('Okafor'), end: text.indexOf(' ok') });
    expect(text.slice(okafor!.start, okafor!.end)).toBe('Okafor');
    const jose = rangeToOffsets(root, range(first, 13, first, 7));
    expect(text.slice(jose!.start, jose!.end)).toBe('Jose\u0301 ');
    const before = document.createElement('p');
    document.body.insertBefore(before, root);
    expect(rangeToOffsets(root, range(before, 0, first, 2))).toEqual({ start: 0, end: 2 });
    expect(rangeToOffsets(root, range(last, 1, document.body, document.body.childNodes.length))).toEqual({ start: text.length - 2, end: text.length });
    expect(rangeToOffsets(root, range(first, 4, first, 4))).toBeNull();
    root.remove();
    before.remove();
  });

  it('widens a selection to whole characters and drops white space at its ends', () => {
    const text = 'Met 👨‍👩‍👧 and Zoe\u0308  \r\nthen';
    // Half of the family emoji (inside a surrogate pair and between joiners) becomes all of it.
    const family = text.indexOf('👨');
    const familyEnd = family + '👨‍👩‍👧'.length;
    expect(tidySelection(text, family + 1, family + 3)).toEqual({ start: family, end: familyEnd });
    // A selection ending between "e" and its combining diaeresis takes the mark too; spaces and CR LF go.
    const zoe = text.indexOf('Zoe');
    expect(tidySelection(text, zoe - 1, zoe + 3)).toEqual({ start: zoe, end: zoe + 4 });
    expect(tidySelection(text, zoe, text.indexOf('then'))).toEqual({ start: zoe, end: zoe + 4 });
    expect(tidySelection(text, zoe + 4, zoe + 8)).toBeNull();
    expect(characterStart(text, family + 1)).toBe(family);
    expect(characterEnd(text, zoe + 3)).toBe(zoe + 4);
  });

  it('moves a keyboard caret by character (CR LF and emoji whole), by word and by line', () => {
    const text = 'Ask 🙂 Dr\r\nAmaka Obi';
    const bounds = wordBounds(text);
    let at = text.indexOf('🙂');
    at = moveCaret(text, at, 'char-forward');
    expect(at).toBe(text.indexOf('🙂') + 2);
    at = moveCaret(text, text.indexOf('\r'), 'char-forward');
    expect(at).toBe(text.indexOf('Amaka'));
    expect(moveCaret(text, text.indexOf('Amaka'), 'char-back')).toBe(text.indexOf('\r'));
    expect(moveCaret(text, 0, 'word-forward', bounds)).toBe(3);
    expect(moveCaret(text, text.indexOf('Obi'), 'word-back', bounds)).toBe(text.indexOf('Amaka'));
    expect(moveCaret(text, text.indexOf('Obi'), 'line-start')).toBe(text.indexOf('Amaka'));
    expect(moveCaret(text, 2, 'line-down')).toBe(text.indexOf('Amaka') + 2);
    expect(moveCaret(text, text.indexOf('Obi'), 'line-up')).toBe(6); // the same column, one line up
    // Shift + Ctrl + Right from the start of "Amaka" selects exactly "Amaka".
    const selected = applyMove(text, { anchor: text.indexOf('Amaka'), focus: text.indexOf('Amaka') }, 'word-forward', true, bounds);
    expect(text.slice(selected.anchor, selected.focus)).toBe('Amaka');
  });

  it('maps a selection over the rendered check text back to the stored words exactly', () => {
    const text = '👋 Hello\r\nI saw Dr Obi at St Mary\u0301s.\r\n';
    const masks = startingMasks({ state: 'unchecked', accepted: null, proposed: [mask(text.indexOf('Dr Obi'), text.indexOf('Dr Obi') + 6, 'PERSON')] });
    const { container } = render(
      <MaskedText id="words" text={text} masks={masks} caret={null} activeKey={null} onCaret={() => {}} onPickMask={() => {}} onAddRequest={() => {}} label="Words" />,
    );
    const root = container.querySelector('[data-testid="masked-text"]')!;
    expect(wordsLength(root)).toBe(text.length);
    // The label and the screen-reader hint are there, but are not words.
    expect(root.querySelector('.mask-label')?.textContent).toBe('Person');
    const nodes = textNodesOf(root).filter((node) => node.parentElement?.closest(`[${NOT_WORDS}]`) === null);
    expect(nodes.map((node) => node.data).join('')).toBe(text);
    // Select "Mary\u0301s" as a mouse would: from inside one text node to inside the same one.
    const tail = nodes.find((node) => node.data.includes('Mary'))!;
    const from = tail.data.indexOf('Mary');
    const offsets = rangeToOffsets(root, range(tail, from, tail, from + 'Mary\u0301s'.length));
    expect(text.slice(offsets!.start, offsets!.end)).toBe('Mary\u0301s');
    // From inside the mask's words to after the mask.
    const name = nodes.find((node) => node.data === 'Dr Obi')!;
    const across = rangeToOffsets(root, range(name, 3, tail, 3));
    expect(text.slice(across!.start, across!.end)).toBe('Obi at');
  });
});
