import type { ApiError } from '../api/client';

/**
 * The import's own refusals name the row, the byte or the file at fault in plain
 * English; those words lead, and the general explanation stays one click away.
 */
export function surveyError(error: ApiError): ApiError {
  const specific = ['CSV_INVALID', 'NOT_FOUND', 'INVALID_INPUT', 'CONSENT_REQUIRED', 'FORBIDDEN'].includes(error.code) && error.detail !== '';
  return specific ? { ...error, message: error.detail, detail: error.message } : error;
}
