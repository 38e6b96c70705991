import { useState, type InputHTMLAttributes, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { describedByOf, FieldFrame } from './FieldFrame';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children' | 'className'>;

export interface TextFieldProps extends NativeProps {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  hint?: ReactNode;
  error?: string | null;
  /** Ids of other elements that describe the field, such as a live strength hint. */
  describedBy?: string;
  ref?: Ref<HTMLInputElement>;
  className?: string;
  /** Content beside the input, such as a unit. */
  after?: ReactNode;
  /** Content under the input, such as a strength meter. */
  below?: ReactNode;
  /** False when an error summary already announces the problem, so it is not read twice. */
  announceError?: boolean;
}

/**
 * A labelled text or password input. The value is passed on exactly as typed:
 * never trimmed, and with spelling correction, autocorrection and automatic
 * capitals turned off, because what is typed here may be someone's own words.
 */
export function TextField({
  id,
  label,
  value,
  onValueChange,
  hint,
  error,
  describedBy,
  ref,
  className,
  after,
  below,
  announceError = true,
  type = 'text',
  onKeyDown,
  onKeyUp,
  ...rest
}: TextFieldProps) {
  const { t } = useTranslation('common');
  const [capsLock, setCapsLock] = useState(false);
  const capsId = capsLock ? `${id}-caps` : undefined;
  const described = describedByOf(id, hint, error, capsId, describedBy);
  const watchCaps = (event: KeyboardEvent<HTMLInputElement>) => {
    if (type === 'password' && typeof event.getModifierState === 'function') setCapsLock(event.getModifierState('CapsLock'));
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className} announceError={announceError}>
      <div className="field-control">
        <input
          {...rest}
          ref={ref}
          id={id}
          type={type}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          onKeyDown={(event) => {
            watchCaps(event);
            onKeyDown?.(event);
          }}
          onKeyUp={(event) => {
            watchCaps(event);
            onKeyUp?.(event);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          spellCheck={false}
          autoCorrect="off"
          autoCapitalize="off"
          className="input"
        />
        {after}
      </div>
      {below ? <div className="field-below">{below}</div> : null}
      {capsLock ? (
        <p className="field-warning" id={capsId}>
          {t('capsLock')}
        </p>
      ) : null}
    </FieldFrame>
  );
}
