/**
 * A selection in the words maps to UTF-16 offsets of the current revision,
 * exactly: emoji (two code units), CRLF line breaks and highlights that split the
 * words into several text nodes.
 */
import { findAll, offsetOf, passageFromRange, segmentText, wholeCharacters } from '../../../renderer/src/workbench/tagging/passage-offsets';

const TEXT = 'Line one 😠 rude\r\nLine two: the nurse 👩🏽‍⚕️ was kind.\r\nEnd';

/** The words as PassageText draws them: text nodes, some inside <mark>. */
function drawn(text: string, cuts: Array<[number, number]>): HTMLElement {
  const root = document.createElement('div');
  let at = 0;
  for (const [start, end] of cuts) {
    root.append(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    root.append(mark);
    at = end;
  }
  root.append(document.createTextNode(text.slice(at)));
  document.body.append(root);
  return root;
}

/** The text node and offset where character `index` of the words is. */
function point(root: Node, index: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.length;
    if (index <= seen + length) return { node, offset: index - seen };
    seen += length;
  }
  throw new Error('past the end');
}

const range = (root: Node, start: number, end: number) => {
  const a = point(root, start);
  const b = point(root, end);
  return { startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset };
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('selection to passage offsets', () => {
  it('counts UTF-16 code units across text nodes, marks, emoji and CRLF', () => {
    const emoji = TEXT.indexOf('😠');
    const nurse = TEXT.indexOf('the nurse');
    const root = drawn(TEXT, [
      [emoji, emoji + 2],
      [nurse, nurse + 9],
    ]);
    expect(root.textContent).toBe(TEXT);
    // From just after the angry face, across the CRLF, to the end of "Line two".
    const start = emoji + 2;
    const end = TEXT.indexOf(': the');
    expect(passageFromRange(root, range(root, start, end), TEXT)).toEqual({ start, end });
    expect(TEXT.slice(start, end)).toBe(' rude\r\nLine two');
    // Inside a mark, to the end of the words.
    expect(passageFromRange(root, range(root, nurse + 4, TEXT.length), TEXT)).toEqual({ start: nurse + 4, end: TEXT.length });
    // The person with a skin tone and a joiner: every code unit counts.
    const person = TEXT.indexOf('👩🏽‍⚕️');
    expect(passageFromRange(root, range(root, person, person + '👩🏽‍⚕️'.length), TEXT)).toEqual({ start: person, end: person + 7 });
  });

  it('handles boundary points on elements (child index) as browsers give them', () => {
    const root = drawn(TEXT, [[5, 8]]);
    // Before the mark (child 1), after the mark (child 2).
    expect(offsetOf(root, { node: root, offset: 1 })).toBe(5);
    expect(offsetOf(root, { node: root, offset: 2 })).toBe(8);
    expect(offsetOf(root, { node: root, offset: 3 })).toBe(TEXT.length);
    expect(offsetOf(root, { node: root.querySelector('mark')!, offset: 1 })).toBe(8);
    expect(offsetOf(document.body, { node: root, offset: 0 })).toBe(0);
  });

  it('never cuts an emoji in half', () => {
    const at = TEXT.indexOf('😠');
    expect(wholeCharacters(TEXT, { start: at + 1, end: at + 1 + 5 })).toEqual({ start: at, end: at + 6 });
    expect(wholeCharacters(TEXT, { start: 0, end: at + 1 })).toEqual({ start: 0, end: at + 2 });
    const root = drawn(TEXT, []);
    expect(passageFromRange(root, range(root, at + 1, at + 2), TEXT)).toEqual({ start: at, end: at + 2 });
  });

  it('clips a selection that runs past the words, and ignores one outside them', () => {
    const before = document.createElement('p');
    before.textContent = 'Heading';
    document.body.append(before);
    const root = drawn(TEXT, []);
    const after = document.createElement('p');
    after.textContent = 'After';
    document.body.append(after);
    const heading = before.firstChild!;
    const tail = after.firstChild!;
    expect(passageFromRange(root, { startContainer: heading, startOffset: 2, endContainer: root.firstChild!, endOffset: 4 }, TEXT)).toEqual({ start: 0, end: 4 });
    expect(passageFromRange(root, { startContainer: root.firstChild!, startOffset: 30, endContainer: tail, endOffset: 2 }, TEXT)).toEqual({ start: 30, end: TEXT.length });
    expect(passageFromRange(root, { startContainer: heading, startOffset: 0, endContainer: heading, endOffset: 3 }, TEXT)).toBeNull();
    expect(passageFromRange(root, range(root, 4, 4), TEXT)).toBeNull();
  });

  it('maps the very end of a 100,000-character story', () => {
    const text = `${'a'.repeat(99_990)}end 🙂 now`;
    expect(text.length).toBe(100_000);
    const root = drawn(text, [[10, 20]]);
    expect(passageFromRange(root, range(root, 99_994, 100_000), text)).toEqual({ start: 99_994, end: 100_000 });
  });
});

describe('highlight segments', () => {
  it('cuts the words at every highlight edge, keeping overlaps and clipping past the end', () => {
    expect(
      segmentText(20, [
        { start: 2, end: 8, key: 'a' },
        { start: 5, end: 12, key: 'b' },
        { start: 18, end: 30, key: 'c' },
        { start: 4, end: 4, key: 'empty' },
      ]),
    ).toEqual([
      { start: 0, end: 2, keys: [] },
      { start: 2, end: 5, keys: ['a'] },
      { start: 5, end: 8, keys: ['a', 'b'] },
      { start: 8, end: 12, keys: ['b'] },
      { start: 12, end: 18, keys: [] },
      { start: 18, end: 20, keys: ['c'] },
    ]);
    expect(segmentText(0, [])).toEqual([]);
  });

  it('finds every place words occur, ignoring case', () => {
    expect(findAll('Wait, wait and WAIT', 'wait')).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 10 },
      { start: 15, end: 19 },
    ]);
    expect(findAll(TEXT, 'rude\r\nLine')).toEqual([{ start: TEXT.indexOf('rude'), end: TEXT.indexOf('rude') + 10 }]);
    expect(findAll('abc', '')).toEqual([]);
  });
});
