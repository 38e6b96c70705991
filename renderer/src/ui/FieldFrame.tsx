import type { ReactNode } from 'react';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  /** False when an error summary already announces the problem, so it is not read twice. */
  announceError?: boolean;
  children: ReactNode;
}

/** The ids that describe a field (its hint, its error, any others), for aria-describedby. */
export function describedByOf(id: string, hint: ReactNode, error: string | null | undefined, ...others: Array<string | undefined>): string | undefined {
  return [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined, ...others].filter(Boolean).join(' ') || undefined;
}

/** The label, hint and error around one form control, in the order screen readers expect. */
export function FieldFrame({ id, label, hint, error, className, announceError = false, children }: FieldFrameProps) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role={announceError ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
