/** Where bundles are saved: checking a chosen path, and the default folder and file name. */
import { existsSync, lstatSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { BundleKind } from '../../shared/bundles/manifest';
import { ServiceError } from '../../shared/result';
import { toServiceError } from '../files/fs-errors';

/** The folder, beside the store file, that bundles are offered to be saved in. */
export const EXPORTS_FOLDER_NAME = 'Verbatim exports';
export const MAX_PATH_LENGTH = 4096;

export const exportsFolderFor = (storePath: string): string => join(dirname(storePath), EXPORTS_FOLDER_NAME);

/**
 * Checks a path chosen for a new file before any work is done: absolute, with the
 * expected extension, in a folder that exists, and not already taken. The default
 * exports folder is made on demand here, when something is about to be written to it.
 */
export function checkOutPath(path: string, extension?: string): void {
  if (!isAbsolute(path) || path.length > MAX_PATH_LENGTH) throw new ServiceError('INVALID_INPUT', 'Give the full path of the file to save (starting from the top of the disk).');
  if (extension !== undefined && !path.toLowerCase().endsWith(extension.toLowerCase())) {
    throw new ServiceError('INVALID_INPUT', `The file name must end in ${extension}.`);
  }
  const folder = dirname(path);
  if (!existsSync(folder) && basename(folder) === EXPORTS_FOLDER_NAME && existsSync(dirname(folder))) {
    try {
      mkdirSync(folder);
    } catch (error) {
      throw toServiceError(error, path);
    }
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new ServiceError('FOLDER_MISSING', `The folder ${folder} does not exist.`);
  refuseExistingFile(path);
}

/** Verbatim never overwrites: anything at `path`, even a link to nowhere, is in the way. */
export function refuseExistingFile(path: string): void {
  let taken = true;
  try {
    lstatSync(path);
  } catch {
    taken = false;
  }
  if (taken) throw new ServiceError('FILE_EXISTS', `${path} already exists. Choose another name; Verbatim never overwrites a file.`);
}

/** Lower-case words joined by hyphens, safe as part of a file name on every system. */
function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return words.slice(0, 60).replace(/-+$/u, '');
}

const isoDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * e.g. `healthwatch-westminster-intelligence-2026-11-26.zip`. `date` is a Date (its
 * day as on this laptop) or a YYYY-MM-DD string.
 */
export function defaultBundleName(kind: BundleKind, organisation: string, date: Date | string = new Date()): string {
  const day = typeof date === 'string' ? date : isoDay(date);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(day)) throw new ServiceError('INVALID_INPUT', `"${day}" is not a date in the form YYYY-MM-DD.`);
  return `${slug(organisation) || 'verbatim'}-${kind}-${day}.zip`;
}
