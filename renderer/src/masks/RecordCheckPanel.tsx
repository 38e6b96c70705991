import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { ReviewError } from '../review/ui/ReviewError';

interface RecordCheckPanelProps {
  maskCount: number;
  /** Why the check cannot be recorded yet (masks still waiting for a decision), linked to the first of them. */
  problem: string | null;
  problemRef: RefObject<HTMLDivElement | null>;
  onGoToProblem(): void;
  error: ApiError | null;
  busy: boolean;
  onRecord(): void;
  onReload(): void;
}

/** Recording the check: what stops it, what went wrong, and the button (or, when the words changed meanwhile, reloading). */
export function RecordCheckPanel({ maskCount, problem, problemRef, onGoToProblem, error, busy, onRecord, onReload }: RecordCheckPanelProps) {
  const { t } = useTranslation('review');
  const staleRevision = error?.code === 'INVALID_INPUT' && /corrected/i.test(error.detail);
  return (
    <section className="panel" aria-labelledby="record-title">
      <h2 className="panel-title" id="record-title">
        {t('check.recordTitle')}
      </h2>
      <p className="panel-intro">{t('check.recordIntro', { count: maskCount })}</p>
      {problem ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={problemRef} aria-labelledby="check-problem-title">
          <h3 className="error-summary-title" id="check-problem-title">
            {t('check.problemTitle')}
          </h3>
          <p className="review-check-problem">
            <a
              href="#mask-words"
              onClick={(event) => {
                event.preventDefault();
                onGoToProblem();
              }}
            >
              {problem}
            </a>
          </p>
        </div>
      ) : null}
      {error ? <ReviewError error={error} id="check-save-error" lead={t('check.saveFailed')} /> : null}
      <div className="form-actions">
        {staleRevision ? (
          <button type="button" className="button button-primary" onClick={onReload}>
            {t('check.reload')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={onRecord} aria-disabled={busy || undefined} data-testid="record-check">
            {busy ? t('check.recording') : t('check.record')}
          </button>
        )}
      </div>
    </section>
  );
}
