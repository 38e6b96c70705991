import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from './code-tree';

interface CodeChecklistProps {
  themes: readonly Theme[];
  checked: ReadonlySet<string>;
  onChange(next: Set<string>): void;
  legend: string;
  hint?: string;
}

/**
 * Themes and their sub-themes as checkboxes, with a box to narrow the list by
 * name (what is ticked stays ticked, shown or not).
 */
export function CodeChecklist({ themes, checked, onChange, legend, hint }: CodeChecklistProps) {
  const { t } = useTranslation('review');
  const id = useId();
  const [filter, setFilter] = useState('');
  const wanted = filter.trim().toLocaleLowerCase();
  const matches = (name: string) => wanted === '' || name.toLocaleLowerCase().includes(wanted);
  const toggle = (codeId: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(codeId);
    else next.delete(codeId);
    onChange(next);
  };
  const shown = themes
    .map((theme) => ({ theme, subThemes: theme.subThemes.filter((sub) => matches(sub.name) || matches(theme.code.name)) }))
    .filter(({ theme, subThemes }) => matches(theme.code.name) || subThemes.length > 0);

  return (
    <fieldset className="fieldset review-code-checklist" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="fieldset-legend">{legend}</legend>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="field review-code-filter">
        <label className="field-label" htmlFor={`${id}-filter`}>
          {t('codes.filter')}
        </label>
        <input
          id={`${id}-filter`}
          className="input"
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-count`}
        />
        <p className="field-hint" id={`${id}-count`} role="status">
          {t('codes.chosen', { count: checked.size })}
        </p>
      </div>
      {shown.length === 0 ? <p className="muted">{t('codes.none')}</p> : null}
      <ul className="review-code-themes">
        {shown.map(({ theme, subThemes }) => (
          <li key={theme.code.id} className="review-code-theme">
            <div className="checkbox">
              <input id={`${id}-${theme.code.id}`} type="checkbox" checked={checked.has(theme.code.id)} onChange={(event) => toggle(theme.code.id, event.target.checked)} />
              <label htmlFor={`${id}-${theme.code.id}`} className="checkbox-label">
                {theme.code.name}
              </label>
            </div>
            {subThemes.length > 0 ? (
              <ul className="review-code-subthemes" aria-label={t('codes.subThemesOf', { theme: theme.code.name })}>
                {subThemes.map((sub) => (
                  <li key={sub.id}>
                    <div className="checkbox">
                      <input id={`${id}-${sub.id}`} type="checkbox" checked={checked.has(sub.id)} onChange={(event) => toggle(sub.id, event.target.checked)} />
                      <label htmlFor={`${id}-${sub.id}`} className="checkbox-label checkbox-label-light">
                        {sub.name}
                      </label>
                    </div>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
