import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';

interface ErrorAlertProps {
  error: ApiError;
  id?: string;
  /** A line shown before the explanation, such as what could not be done. */
  lead?: string;
  /** Seconds still to wait (TOO_MANY_ATTEMPTS), counting down. */
  secondsLeft?: number;
  children?: ReactNode;
}

/** A failed request, in plain English, announced as soon as it appears. */
export function ErrorAlert({ error, id, lead, secondsLeft, children }: ErrorAlertProps) {
  const { t } = useTranslation('errors');
  const waiting = error.code === 'TOO_MANY_ATTEMPTS' && (secondsLeft !== undefined || error.retryAfterMs !== undefined);
  const seconds = secondsLeft ?? Math.ceil((error.retryAfterMs ?? 0) / 1000);
  return (
    <div className="alert alert-error" role="alert" id={id} data-code={error.code}>
      {lead ? <p className="alert-lead">{lead}</p> : null}
      <p className="alert-message">{error.message}</p>
      {waiting ? (
        seconds > 0 ? (
          <p className="alert-timer" role="timer" data-testid="retry-countdown">
            {t('waitSeconds', { count: seconds })}
          </p>
        ) : (
          <p className="alert-timer" role="status">
            {t('waitOver')}
          </p>
        )
      ) : null}
      {children}
      {error.detail && error.detail !== error.message ? (
        <details className="alert-detail">
          <summary>{t('detailSummary')}</summary>
          <p>{error.detail}</p>
        </details>
      ) : null}
    </div>
  );
}
