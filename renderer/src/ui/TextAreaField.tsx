import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { describedByOf, FieldFrame } from './FieldFrame';

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
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        {...rest}
        ref={ref}
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(id, hint, error, describedBy)}
        spellCheck={false}
        autoCorrect="off"
        autoCapitalize="off"
        autoComplete="off"
        dir="auto"
        className="input textarea"
      />
      {below}
    </FieldFrame>
  );
}
