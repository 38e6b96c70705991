import { render } from '@testing-library/react';
import { MATCH_END, MATCH_START } from '../../../shared/workbench/schemas';
import { hasMatch, snippetParts } from '../../../renderer/src/workbench/search/snippet';
import { Snippet } from '../../../renderer/src/workbench/ui/Snippet';

const S = MATCH_START;
const E = MATCH_END;

describe('search snippets', () => {
  it('splits the words at the match markers', () => {
    expect(snippetParts(`…the ${S}waiting${E} room was ${S}cold${E}`)).toEqual([
      { text: '…the ', match: false },
      { text: 'waiting', match: true },
      { text: ' room was ', match: false },
      { text: 'cold', match: true },
    ]);
    expect(snippetParts('no marks at all')).toEqual([{ text: 'no marks at all', match: false }]);
    expect(snippetParts('')).toEqual([]);
    expect(hasMatch(`a ${S}b${E}`)).toBe(true);
    expect(hasMatch('a b')).toBe(false);
  });

  it('renders the matched words as <mark>, and script-like words as text', () => {
    const words = `Said <script>alert(1)</script> and ${S}<img src=x onerror=alert(2)>${E} then ${S}waited${E} 😠\r\nall day`;
    const { container } = render(<Snippet text={words} className="story-excerpt" />);
    const paragraph = container.querySelector('p.story-excerpt');
    expect(paragraph?.getAttribute('dir')).toBe('auto');
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['<img src=x onerror=alert(2)>', 'waited']);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    // Exactly the words, without the markers.
    expect(paragraph?.textContent).toBe(words.replaceAll(S, '').replaceAll(E, ''));
  });
});
