import type { ReactNode, Ref } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps<V extends string> {
  /** Prefix of the ids: each radio is `${id}-${value}`, so errors can link to the first one. */
  id: string;
  legend: ReactNode;
  choices: ReadonlyArray<Choice<V>>;
  value: V | null;
  onChange(value: V): void;
  hint?: ReactNode;
  error?: string | null;
  /** Side by side (yes/no) rather than one under another. */
  inline?: boolean;
  firstRef?: Ref<HTMLInputElement>;
  className?: string;
  /** Shown under the choices (for example, fields that a choice reveals). */
  children?: ReactNode;
}

export const choiceId = (groupId: string, value: string): string => `${groupId}-${value}`;

/**
 * Radio buttons in a fieldset. Nothing is chosen until the person chooses: a
 * question about what someone agreed to must never be pre-answered.
 */
export function ChoiceGroup<V extends string>({ id, legend, choices, value, onChange, hint, error, inline = false, firstRef, className, children }: ChoiceGroupProps<V>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`fieldset choice-group${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={described}
      data-group={id}
    >
      <legend className="choice-legend">{legend}</legend>
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
      <div className={inline ? 'choices choices-inline' : 'choices'}>
        {choices.map((choice, index) => {
          const inputId = choiceId(id, choice.value);
          return (
            <div key={choice.value} className="radio">
              <input
                id={inputId}
                ref={index === 0 ? firstRef : undefined}
                type="radio"
                name={id}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
              />
              <label htmlFor={inputId} className="radio-label">
                {choice.label}
              </label>
              {choice.hint ? (
                <p className="radio-hint" id={`${inputId}-hint`}>
                  {choice.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {children}
    </fieldset>
  );
}
