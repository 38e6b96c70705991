import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';

/**
 * A failed request. When the service refused what was asked (INVALID_INPUT), its
 * own plain-English reason is the message (e.g. "A code cannot be merged into
 * itself."), not tucked away as technical detail.
 */
export function RefusalAlert({ error, lead, id }: { error: ApiError; lead?: string; id?: string }) {
  const { t } = useTranslation('workbench');
  if (error.code !== 'INVALID_INPUT' || error.detail.trim() === '') return <ErrorAlert error={error} lead={lead} id={id} />;
  return (
    <div className="alert alert-error" role="alert" id={id} data-code={error.code} data-testid="refusal">
      <p className="alert-lead">{lead ?? t('refused')}</p>
      <p className="alert-message">{error.detail}</p>
    </div>
  );
}
