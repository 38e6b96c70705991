/** Opaque keyset cursors for paged lists: the sort key of the last row shown. */
import { ServiceError } from '../../shared/result';

export const encodeCursor = (...key: string[]): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

export function decodeCursor(cursor: string, parts: number): string[] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === parts && value.every((v) => typeof v === 'string')) return value as string[];
  } catch {
    // fall through to the error below
  }
  throw new ServiceError('INVALID_INPUT', 'The list position is not valid; start again from the top.');
}
