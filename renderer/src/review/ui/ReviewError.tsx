import type { ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';

/**
 * A failed request on a Review screen. The review, check and coding services explain
 * a refused change in plain English (for example why a status move is not allowed),
 * so for those their own words lead; anything else is shown as everywhere else.
 */
export function ReviewError({ error, id, lead }: { error: ApiError; id?: string; lead?: string }) {
  const explained = error.code === 'INVALID_INPUT' && error.detail.trim() !== '';
  const shown = explained ? { ...error, message: error.detail, detail: '' } : error;
  return <ErrorAlert error={shown} id={id} lead={lead} />;
}
