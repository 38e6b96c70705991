/**
 * A searchable picker of themes and sub-themes (an ARIA 1.2 combobox with a list
 * box): type to narrow the list (case and accents ignored), Up and Down to move,
 * Enter to choose, Escape to close, then to clear.
 */
import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../../shared/workbench/schemas';
import { formatNumber } from '../../ui/format';
import { matchCodes, type CodeOption } from './code-tree';

export interface CodePickerProps {
  id: string;
  label: string;
  hint?: ReactNode;
  codes: readonly Code[];
  onPick(code: Code): void;
  /** Codes not to offer (already chosen). */
  exclude?: ReadonlySet<string>;
  /** Stories per code, shown beside each option. */
  counts?: ReadonlyMap<string, number>;
  inputRef?: Ref<HTMLInputElement>;
  /** Keys that move the focus here (for aria-keyshortcuts). */
  shortcut?: string;
  disabled?: boolean;
  className?: string;
}

export function CodePicker({ id, label, hint, codes, onPick, exclude, counts, inputRef, shortcut, disabled = false, className }: CodePickerProps) {
  const { t } = useTranslation('workbench');
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(() => matchCodes(codes, text, exclude), [codes, text, exclude]);
  const listId = `${id}-options`;
  const hintId = hint ? `${id}-hint` : undefined;
  const current = open && options.length > 0 ? Math.min(active, options.length - 1) : -1;
  const optionId = (index: number) => `${id}-option-${index}`;

  // Keep the active option in view as Up and Down move through a long list.
  useEffect(() => {
    if (current < 0) return;
    document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  });

  const pick = (option: CodeOption | undefined) => {
    if (!option) return;
    setText('');
    setActive(0);
    setOpen(false);
    onPick(option.code);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (disabled) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else setActive(Math.min(current + 1, options.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) setActive(Math.max(current - 1, 0));
        break;
      case 'Enter':
        if (open && current >= 0) {
          event.preventDefault();
          pick(options[current]);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (text !== '') {
          event.preventDefault();
          event.stopPropagation();
          setText('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
      default:
    }
  };

  return (
    <div className={className ? `field code-picker ${className}` : 'field code-picker'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="code-picker-control">
        <input
          ref={inputRef}
          id={id}
          className="input"
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          aria-describedby={hintId}
          aria-keyshortcuts={shortcut}
          aria-disabled={disabled || undefined}
          readOnly={disabled}
          autoComplete="off"
          spellCheck={false}
          autoCorrect="off"
          autoCapitalize="off"
          placeholder={t('picker.placeholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul className="code-picker-list" id={listId} role="listbox" aria-label={t('picker.listLabel')} hidden={!open}>
          {options.length === 0 ? (
            <li className="code-picker-empty" role="presentation">
              {t('picker.none')}
            </li>
          ) : (
            options.map((option, index) => (
              <li
                key={option.code.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === current}
                className={option.parent ? 'code-option code-option-sub' : 'code-option'}
                // Keep the focus in the input while the mouse picks an option.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(option)}
              >
                <span className="code-option-name">
                  {option.parent ? (
                    <>
                      <span className="code-option-parent">{option.parent.name} › </span>
                      {option.code.name}
                    </>
                  ) : (
                    option.code.name
                  )}
                </span>
                {counts?.has(option.code.id) ? (
                  <span className="wb-count">
                    {formatNumber(counts.get(option.code.id) ?? 0)}
                    {' '}<span className="visually-hidden">{t('count.stories', { count: counts.get(option.code.id) ?? 0 })}</span>
                  </span>
                ) : null}
              </li>
            ))
          )}
        </ul>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {open && text !== '' ? t('picker.matches', { count: options.length }) : ''}
      </p>
    </div>
  );
}
