import type { ReactNode, Ref } from 'react';
import { describedByOf, FieldFrame } from './FieldFrame';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectGroup {
  label: string;
  options: SelectOption[];
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  /** Plain options, or groups of options (shown as optgroups). */
  options: ReadonlyArray<SelectOption | SelectGroup>;
  hint?: ReactNode;
  error?: string | null;
  ref?: Ref<HTMLSelectElement>;
  className?: string;
}

const isGroup = (option: SelectOption | SelectGroup): option is SelectGroup => 'options' in option;

/** A labelled drop-down list, with its hint and error tied to it for screen readers. */
export function SelectField({ id, label, value, onValueChange, options, hint, error, ref, className }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select
        ref={ref}
        id={id}
        className="input select"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(id, hint, error)}
      >
        {options.map((option) =>
          isGroup(option) ? (
            <optgroup key={option.label} label={option.label}>
              {option.options.map((inner) => (
                <option key={inner.value} value={inner.value}>
                  {inner.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ),
        )}
      </select>
    </FieldFrame>
  );
}
