import { describe, expect, it } from 'vitest';
import { detect } from '../../../shared/anonymise/index';

// Guards against regular expressions that backtrack: each text is 100,000 characters built
// to make a careless pattern try again from every position. Generous limits: a linear
// engine takes a few tens of milliseconds here.
const LENGTH = 100_000;
const adversarial: Record<string, string> = {
  'letters without an @': 'a.'.repeat(LENGTH / 2),
  'an @ after a long local part': `${'a'.repeat(LENGTH - 10)}@example`,
  'digits and separators': '0 '.repeat(LENGTH / 2),
  'dots and digits': '1.'.repeat(LENGTH / 2),
  'capitalised unknown words': 'Zorvan '.repeat(LENGTH / 7),
  'ordinals without months': '1st 2nd '.repeat(LENGTH / 8),
  'flat numbers without streets': 'Flat 1, '.repeat(LENGTH / 8),
  'postcode-like letters': 'W9 3E'.repeat(LENGTH / 5),
  'one endless word': 'x'.repeat(LENGTH),
  'hyphens and apostrophes': "O'-".repeat(LENGTH / 3),
  'control characters': '\u0000\u0001\u001f\u007f'.repeat(LENGTH / 4),
  'emoji and surrogates': '😀 Dr '.repeat(LENGTH / 6),
};

describe('long and hostile texts', () => {
  for (const [name, text] of Object.entries(adversarial)) {
    it(`handles ${name} quickly`, () => {
      const started = performance.now();
      detect(text);
      expect(performance.now() - started).toBeLessThan(3000);
    });
  }

  it('handles a 100,000-character story with identifiers throughout', () => {
    const story = 'My son Tanvir rang 07723 418 906 about NHS number 943 476 5919 on 3rd of March. ';
    const text = story.repeat(Math.ceil(LENGTH / story.length)).slice(0, LENGTH);
    const started = performance.now();
    const found = detect(text);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(found.length).toBeGreaterThan(4000);
  });
});
