import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';

type NativeProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'children' | 'className'>;

export interface TextAreaFieldProps extends NativeProps {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  hint?: ReactNode;
  error?: string | null;
  describedBy?: string;
  ref?: Ref<HTMLTextAreaElement>;
  className?: string;
  /** Content under the text area, such as a character count. */
  below?: ReactNode;
}

/**
 * A labelled multi-line field. Like TextField, the value goes on exactly as typed
 * (the browser's own string, never trimmed or normalised) with spelling correction,
 * autocorrection and automatic capitals off; `dir="auto"` lets right-to-left and
 * mixed scripts show the right way round.
 */
export function TextAreaField({ id, label, value, onValueChange, hint, error, describedBy, ref, className, below, ...rest }: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <textarea
        {...rest}
        ref={ref}
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        spellCheck={false}
        autoCorrect="off"
        autoCapitalize="off"
        autoComplete="off"
        dir="auto"
        className="input textarea"
      />
      {below}
    </div>
  );
}
