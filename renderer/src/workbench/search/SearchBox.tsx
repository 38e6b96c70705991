/**
 * The search box: what is typed goes to the store (which waits for a pause before
 * searching), and any problem with the query is shown under it at once, in the
 * words the search service would use.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from './search-store';

export function SearchBox() {
  const { t } = useTranslation('workbench');
  const query = useSearch((state) => state.query);
  const problem = useSearch((state) => state.problem);
  const setQuery = useSearch((state) => state.setQuery);
  const searchNow = useSearch((state) => state.searchNow);
  const [helpOpen, setHelpOpen] = useState(false);
  const helpButton = useRef<HTMLButtonElement>(null);
  const helpPanel = useRef<HTMLDivElement>(null);

  // The help closes on a click elsewhere.
  useEffect(() => {
    if (!helpOpen) return undefined;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!helpPanel.current?.contains(target) && !helpButton.current?.contains(target)) setHelpOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [helpOpen]);

  const closeHelp = () => {
    setHelpOpen(false);
    helpButton.current?.focus();
  };

  return (
    <div
      className="wb-search"
      role="search"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && helpOpen) {
          event.preventDefault();
          event.stopPropagation();
          closeHelp();
        }
      }}
    >
      <div className={problem ? 'field field-invalid wb-search-field' : 'field wb-search-field'}>
        <label className="field-label" htmlFor="wb-query">
          {t('search.label')}
        </label>
        <p className="field-hint" id="wb-query-hint">
          {t('search.hint')}
        </p>
        <div className="wb-search-row">
          <input
            id="wb-query"
            className="input wb-search-input"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void searchNow();
              }
            }}
            aria-describedby={problem ? 'wb-query-hint wb-query-problem' : 'wb-query-hint'}
            aria-invalid={problem ? true : undefined}
            autoComplete="off"
            spellCheck={false}
            autoCorrect="off"
            autoCapitalize="off"
            dir="auto"
          />
          <button
            type="button"
            ref={helpButton}
            className="button button-secondary wb-help-button"
            aria-expanded={helpOpen}
            aria-controls="wb-search-help"
            onClick={() => setHelpOpen(!helpOpen)}
          >
            {t('search.help')}
          </button>
        </div>
        <p className="field-error wb-search-problem" id="wb-query-problem" aria-live="polite" data-testid="query-problem">
          {problem ?? ''}
        </p>
      </div>
      <div
        id="wb-search-help"
        ref={helpPanel}
        className="wb-help"
        role="region"
        aria-labelledby="wb-search-help-title"
        hidden={!helpOpen}
      >
        <h2 className="wb-help-title" id="wb-search-help-title">
          {t('search.helpTitle')}
        </h2>
        <dl className="wb-help-list">
          {(['words', 'prefix', 'phrase', 'or', 'not', 'brackets'] as const).map((key) => (
            <div key={key} className="wb-help-item">
              <dt>
                <code>{t(`search.syntax.${key}.example`)}</code>
              </dt>
              <dd>{t(`search.syntax.${key}.meaning`)}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">{t('search.helpNote')}</p>
        <button type="button" className="button button-secondary button-small" onClick={closeHelp}>
          {t('search.helpClose')}
        </button>
      </div>
    </div>
  );
}
