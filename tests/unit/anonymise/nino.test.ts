import { describe, expect, it } from 'vitest';
import { isValidNinoPrefix } from '../../../shared/anonymise/index';
import { masksOf } from './helpers';

describe('National Insurance numbers', () => {
  it('finds spaced, run-together and lowercase numbers with or without the suffix', () => {
    const story = 'I gave them NY 12 34 56 C, then NY123456C, then "jb 54 32 10 a", and the form said AB123456.';
    expect(masksOf('NINO', story)).toEqual(['NY 12 34 56 C', 'NY123456C', 'jb 54 32 10 a', 'AB123456']);
  });

  it.each(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'])('leaves alone the never-issued prefix %s', (prefix) => {
    expect(isValidNinoPrefix(prefix)).toBe(false);
    expect(masksOf('NINO', `My number is ${prefix} 12 34 56 A apparently.`)).toEqual([]);
  });

  it.each(['D', 'F', 'I', 'Q', 'U', 'V'])('leaves alone numbers using the letter %s', (letter) => {
    expect(masksOf('NINO', `Try ${letter}A 12 34 56 B or A${letter} 12 34 56 B.`)).toEqual([]);
  });

  it('never accepts O as the second letter', () => {
    expect(isValidNinoPrefix('AO')).toBe(false);
    expect(isValidNinoPrefix('OA')).toBe(true);
  });

  it('needs a cue before lowercase letters without a suffix', () => {
    expect(masksOf('NINO', 'we met at 12 34 56 on the door')).toEqual([]);
    expect(masksOf('NINO', 'my national insurance is ce 41 77 03')).toEqual(['ce 41 77 03']);
  });
});
