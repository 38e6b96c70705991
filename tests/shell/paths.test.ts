import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbPathArgument, resolveDbPath } from '../../main/shell/paths';

describe('where the store lives', () => {
  it('defaults to verbatim.db in the userData folder', () => {
    expect(resolveDbPath(['/opt/Verbatim/verbatim'], '/home/a/.config/Verbatim')).toBe(join('/home/a/.config/Verbatim', 'verbatim.db'));
  });

  it('takes --db PATH from the command line', () => {
    expect(resolveDbPath(['electron', '.', '--db', 'stores/field.db'], '/ud')).toBe(resolve('stores/field.db'));
    expect(resolveDbPath(['verbatim', '--db=/mnt/usb/v.db'], '/ud')).toBe('/mnt/usb/v.db');
  });

  it('ignores a --db with no path after it', () => {
    expect(dbPathArgument(['verbatim', '--db'])).toBeUndefined();
    expect(dbPathArgument(['verbatim', '--db', '--other'])).toBeUndefined();
    expect(dbPathArgument(['verbatim', '--db='])).toBeUndefined();
    expect(resolveDbPath(['verbatim', '--db'], '/ud')).toBe(join('/ud', 'verbatim.db'));
  });
});
