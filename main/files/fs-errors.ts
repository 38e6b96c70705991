/** Turns file-system and SQLite failures into the typed errors the UI explains. */
import { ServiceError } from '../../shared/result';

export function toServiceError(error: unknown, path: string): ServiceError {
  if (error instanceof ServiceError) return error;
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return new ServiceError('DISK_FULL', 'The disk is full, so nothing was saved. Free some space and try again.');
    case 'ENOENT':
      return new ServiceError('FOLDER_MISSING', `The folder for ${path} does not exist.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
      return new ServiceError('FOLDER_READ_ONLY', `Verbatim cannot write to ${path}: the folder is read-only or not yours.`);
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return new ServiceError('STORE_CORRUPT', 'The store file is damaged or incomplete. It has not been changed.');
    default:
      return new ServiceError('INTERNAL', error instanceof Error ? error.message : String(error));
  }
}
