/** Searches kept by name: save the current words and filters, apply one, delete one. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { savedSearchSchema } from '../../../../shared/workbench/schemas';
import { api, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { activeFilterCount } from './filters';
import { useSearch } from './search-store';

type SavedSearch = z.infer<typeof savedSearchSchema>;

export function SavedSearches() {
  const { t } = useTranslation('workbench');
  const query = useSearch((state) => state.query);
  const filters = useSearch((state) => state.filters);
  const problem = useSearch((state) => state.problem);
  const apply = useSearch((state) => state.apply);
  const [saved, setSaved] = useState<SavedSearch[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void api.listSavedSearches({}).then((answer) => {
      if (!live) return;
      if (answer.ok) setSaved(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') {
      setNameProblem(t('saved.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    if (problem) {
      setNameProblem(t('saved.fixQuery'));
      return;
    }
    setBusy(true);
    const answer = await api.saveSearch({ name, query, filters });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setNaming(false);
    setName('');
    setNameProblem(null);
    setStatus(t('saved.savedAs', { name: answer.value.name }));
    const list = await api.listSavedSearches({});
    if (list.ok) setSaved(list.value);
    saveButton.current?.focus();
  };

  const remove = async (search: SavedSearch) => {
    const answer = await api.deleteSavedSearch({ id: search.id });
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setSaved((current) => (current ?? []).filter((item) => item.id !== search.id));
    setStatus(t('saved.deleted', { name: search.name }));
    headingRef.current?.focus();
  };

  const describe = (search: SavedSearch) => {
    const words = search.query.trim() === '' ? t('saved.noWords') : t('saved.words', { query: search.query });
    const count = activeFilterCount(search.filters);
    return count > 0 ? `${words} · ${t('saved.filters', { count })}` : words;
  };

  return (
    <section className="wb-saved" aria-labelledby="wb-saved-title">
      <h2 className="wb-saved-title" id="wb-saved-title" ref={headingRef} tabIndex={-1}>
        {t('saved.title')}
      </h2>
      {error ? <ErrorAlert error={error} /> : null}
      {saved === null && !error ? <p className="muted">{t('saved.loading')}</p> : null}
      {saved !== null && saved.length === 0 ? <p className="muted wb-saved-empty">{t('saved.none')}</p> : null}
      {saved !== null && saved.length > 0 ? (
        <ul className="wb-saved-list">
          {saved.map((search) => (
            <li key={search.id} className="wb-saved-item">
              <button
                type="button"
                className="button-link wb-saved-apply"
                onClick={() => {
                  apply(search.query, search.filters);
                  setStatus(t('saved.applied', { name: search.name }));
                }}
                aria-describedby={`wb-saved-${search.id}`}
              >
                <span dir="auto">{search.name}</span>
              </button>
              <span className="wb-saved-summary muted" id={`wb-saved-${search.id}`} dir="auto">
                {describe(search)}
              </span>
              <button type="button" className="button button-quiet button-small wb-saved-delete" onClick={() => void remove(search)}>
                {t('saved.delete')}
                {' '}<span className="visually-hidden">{search.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {naming ? (
        <form className="form form-compact wb-saved-form" noValidate onSubmit={(event) => void save(event)}>
          <TextField
            id="wb-saved-name"
            ref={nameRef}
            label={t('saved.name')}
            hint={t('saved.nameHint')}
            value={name}
            onValueChange={(value) => {
              setName(value);
              setNameProblem(null);
            }}
            maxLength={120}
            autoComplete="off"
            autoFocus
            error={nameProblem}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setNaming(false);
                saveButton.current?.focus();
              }
            }}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary button-small" aria-disabled={busy || undefined}>
              {t('saved.save')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setNaming(false)}>
              {t('saved.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" ref={saveButton} className="button button-secondary button-small" onClick={() => setNaming(true)}>
          {t('saved.saveCurrent')}
        </button>
      )}
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}
