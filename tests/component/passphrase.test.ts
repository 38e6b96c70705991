import { assessPassphrase, validateNewPassphrase } from '../../renderer/src/passphrase/strength';
import { comparable, keyGroups, lastGroup, matchesLastGroup } from '../../renderer/src/setup/recovery-key';
import { RECOVERY_KEY } from './fake-api';

describe('passphrase strength hint', () => {
  it.each([
    ['', 'empty'],
    ['abc', 'tooShort'],
    ['aaaaaaaaaaaa', 'weak'],
    ['harbour12x', 'fair'],
    ['harbour lantern', 'good'],
    ['quiet harbour lantern 42', 'strong'],
    ['Harbour-Lantern9', 'strong'],
  ])('%j is %s', (passphrase, level) => {
    expect(assessPassphrase(passphrase).level).toBe(level);
  });

  it('counts what is missing to the minimum of 10', () => {
    expect(assessPassphrase('abcd').missing).toBe(6);
    expect(assessPassphrase('abcdefghij').missing).toBe(0);
  });
});

describe('new passphrase validation', () => {
  it('wants at least 10 characters and the same twice, compared exactly', () => {
    expect(validateNewPassphrase('', '')).toEqual({ passphrase: 'required', confirm: 'confirmRequired' });
    expect(validateNewPassphrase('short', 'short')).toEqual({ passphrase: 'tooShort' });
    expect(validateNewPassphrase('long enough words', 'long enough word')).toEqual({ confirm: 'mismatch' });
    expect(validateNewPassphrase('long enough words ', 'long enough words')).toEqual({ confirm: 'mismatch' });
    expect(validateNewPassphrase('long enough words', 'long enough words')).toEqual({});
  });
});

describe('recovery key helpers', () => {
  it('splits the key into its groups', () => {
    expect(keyGroups(RECOVERY_KEY)).toHaveLength(8);
    expect(keyGroups('ABCDEFGHIJKL')).toEqual(['ABCDEF', 'GHIJKL']);
    expect(lastGroup(RECOVERY_KEY)).toBe('4Y48NZ');
  });

  it('accepts the last group however it is typed, but not another group', () => {
    expect(matchesLastGroup(RECOVERY_KEY, '4Y48NZ')).toBe(true);
    expect(matchesLastGroup(RECOVERY_KEY, ' 4y48nz ')).toBe(true);
    expect(matchesLastGroup(RECOVERY_KEY, '4Y4-8NZ')).toBe(true);
    expect(matchesLastGroup(RECOVERY_KEY, 'TM7HAV')).toBe(false);
    expect(matchesLastGroup(RECOVERY_KEY, '')).toBe(false);
    expect(comparable('o0Il1')).toBe('00111');
  });
});
