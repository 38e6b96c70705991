import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutPath, defaultBundleName, exportsFolderFor } from '../../../main/bundles/out-path';
import { tempFolder } from '../../helpers/temp-store';
import { expectRefused } from './expect-refusal';

describe('checkOutPath', () => {
  it('accepts a new file in an existing folder', () => {
    expect(() => checkOutPath(join(tempFolder(), 'bundle.zip'), '.zip')).not.toThrow();
    expect(() => checkOutPath(join(tempFolder(), 'Bundle.ZIP'), '.zip')).not.toThrow();
  });

  it('refuses a relative path, a wrong extension, a missing folder and an existing file', () => {
    expectRefused(() => checkOutPath('bundle.zip', '.zip'), 'INVALID_INPUT', /full path/);
    expectRefused(() => checkOutPath(join(tempFolder(), 'bundle.csv'), '.zip'), 'INVALID_INPUT', /must end in \.zip/);
    expectRefused(() => checkOutPath(join(tempFolder(), 'nowhere', 'bundle.zip'), '.zip'), 'FOLDER_MISSING', /nowhere/);
    const folder = tempFolder();
    writeFileSync(join(folder, 'bundle.zip'), 'x');
    expectRefused(() => checkOutPath(join(folder, 'bundle.zip'), '.zip'), 'FILE_EXISTS', /already exists/);
    writeFileSync(join(folder, 'plain-file'), 'x');
    expectRefused(() => checkOutPath(join(folder, 'plain-file', 'bundle.zip')), 'FOLDER_MISSING');
  });

  it('makes the default exports folder on demand, but no other missing folder', () => {
    const storeFolder = tempFolder();
    const exportsFolder = exportsFolderFor(join(storeFolder, 'verbatim.db'));
    expect(existsSync(exportsFolder)).toBe(false);
    checkOutPath(join(exportsFolder, 'bundle.zip'), '.zip');
    expect(existsSync(exportsFolder)).toBe(true);
    expectRefused(() => checkOutPath(join(storeFolder, 'gone', 'Verbatim exports', 'bundle.zip')), 'FOLDER_MISSING');
  });
});

describe('defaultBundleName', () => {
  it('makes a safe, readable name from the organisation, kind and day', () => {
    expect(defaultBundleName('intelligence', 'Healthwatch Westminster', '2026-11-26')).toBe('healthwatch-westminster-intelligence-2026-11-26.zip');
    expect(defaultBundleName('archive', 'Healthwatch Brighton & Hove / Sussex', new Date(2026, 0, 5))).toBe('healthwatch-brighton-hove-sussex-archive-2026-01-05.zip');
    expect(defaultBundleName('volunteer-pack', 'Hälsövakt Côte-d’Or', '2026-11-26')).toBe('halsovakt-cote-d-or-volunteer-pack-2026-11-26.zip');
    expect(defaultBundleName('intelligence', '../../', '2026-11-26')).toBe('verbatim-intelligence-2026-11-26.zip');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expectRefused(() => defaultBundleName('intelligence', 'X', '26/11/2026'), 'INVALID_INPUT');
  });
});
