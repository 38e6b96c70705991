/** Reading a bundle file from disk, refusing sizes no bundle can have before reading them. */
import { readFileSync, statSync } from 'node:fs';
import { ServiceError } from '../../shared/result';
import { toServiceError } from '../files/fs-errors';
import { DEFAULT_ZIP_LIMITS } from './zip/zip-reader';

/** Room for zip headers and incompressible content beyond the unpacked limit. */
const MAX_FILE_BYTES = DEFAULT_ZIP_LIMITS.maxTotalBytes + 64 * 1024 * 1024;

export function readBundleFile(path: string): Buffer {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ServiceError('BUNDLE_NOT_A_BUNDLE', `${path} is not a file.`);
    if (stat.size > MAX_FILE_BYTES) throw new ServiceError('BUNDLE_TOO_LARGE', `${path} is ${stat.size} bytes, larger than any bundle Verbatim opens.`);
    return readFileSync(path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new ServiceError('NOT_FOUND', `There is no file at ${path}.`);
    throw toServiceError(error, path);
  }
}
