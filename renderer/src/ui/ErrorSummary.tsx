import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldProblem {
  /** The id of the control to go to (the first radio of a group). */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  problems: readonly FieldProblem[];
  /** Changes on every refused attempt, so the summary takes focus each time. */
  attempt: number;
  id?: string;
}

/** Goes to a field named in a summary or message: focus it and bring it into view. */
export function focusField(fieldId: string): void {
  const element = document.getElementById(fieldId);
  if (!element) return;
  element.focus();
  element.scrollIntoView?.({ block: 'center' });
}

/**
 * What stops a form being saved, at its top, each problem a link to its field.
 * It takes focus when it appears, so keyboard and screen-reader users hear it.
 */
export function ErrorSummary({ problems, attempt, id = 'error-summary' }: ErrorSummaryProps) {
  const { t } = useTranslation('errors');
  const ref = useRef<HTMLDivElement>(null);
  const count = problems.length;
  const countRef = useRef(count);
  useEffect(() => {
    countRef.current = count;
  }, [count]);
  // Focus on each refused attempt only: fixing problems one by one must not pull focus away.
  useEffect(() => {
    if (countRef.current > 0) ref.current?.focus();
  }, [attempt]);
  if (count === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} id={id} aria-labelledby={`${id}-title`}>
      <h2 className="error-summary-title" id={`${id}-title`}>
        {t('title')}
      </h2>
      <ul className="error-summary-list">
        {problems.map((problem) => (
          <li key={`${problem.fieldId}:${problem.message}`}>
            <a
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(problem.fieldId);
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
