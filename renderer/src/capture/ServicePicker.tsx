import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../shared/capture/story';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { SectionProps } from './section-props';

type Register = { state: 'loading' } | { state: 'loaded'; services: Service[] } | { state: 'failed'; error: ApiError };

/** Case- and accent-blind, so "a&e" finds "A&E" and "cafe" finds "Café". */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/**
 * The services a story is about: a search box over the register and a list of
 * checkboxes (native, so fully keyboard operable), with the chosen ones shown
 * above as buttons that remove them.
 */
export function ServicePicker({ values, update, storyKey }: Pick<SectionProps, 'values' | 'update'> & { storyKey: string }) {
  const { t } = useTranslation(['capture', 'vocabulary']);
  const [register, setRegister] = useState<Register>({ state: 'loading' });
  // The search belongs to one story: a new story starts with an empty search box.
  const [search, setSearch] = useState({ storyKey, text: '' });
  const query = search.storyKey === storyKey ? search.text : '';
  const setQuery = (text: string) => setSearch({ storyKey, text });
  // One tab stop for the whole list; the arrow keys move within it (like a toolbar).
  const [activeId, setActiveId] = useState<string | null>(null);
  const listId = useId();

  useEffect(() => {
    let live = true;
    void api.listServices({ includeRetired: false }).then((answer) => {
      if (live) setRegister(answer.ok ? { state: 'loaded', services: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, []);

  const services = register.state === 'loaded' ? register.services : [];
  const typeLabel = (service: Service) => t(`vocabulary:serviceTypes.${service.type}`);
  const wanted = fold(query.trim());
  const matches = wanted === '' ? services : services.filter((service) => fold(`${service.name} ${typeLabel(service)} ${service.odsCode ?? ''}`).includes(wanted));
  const chosen = new Set(values.serviceIds);
  const nameOf = (id: string) => services.find((service) => service.id === id)?.name ?? t('services.retired');

  const toggle = (id: string) =>
    update((current) => ({
      ...current,
      serviceIds: current.serviceIds.includes(id) ? current.serviceIds.filter((other) => other !== id) : [...current.serviceIds, id],
    }));

  const tabStop = matches.some((service) => service.id === activeId) ? activeId : (matches[0]?.id ?? null);
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, (index: number) => number> = {
      ArrowDown: (i) => i + 1,
      ArrowRight: (i) => i + 1,
      ArrowUp: (i) => i - 1,
      ArrowLeft: (i) => i - 1,
      Home: () => 0,
      End: () => matches.length - 1,
    };
    const move = moves[event.key];
    if (!move || matches.length === 0) return;
    event.preventDefault();
    const index = matches.findIndex((service) => service.id === tabStop);
    const next = matches[Math.max(0, Math.min(matches.length - 1, move(index)))];
    if (!next) return;
    setActiveId(next.id);
    document.getElementById(`capture-service-${next.id}`)?.focus();
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const first = matches[0];
    if (first && !chosen.has(first.id)) toggle(first.id);
    if (first) setQuery('');
  };

  return (
    <section className="capture-section" aria-labelledby="capture-services-title">
      <h2 className="capture-section-title" id="capture-services-title">
        {t('form.servicesTitle')}
      </h2>
      <p className="field-hint" id="capture-services-hint">
        {t('services.hint')}
      </p>
      {register.state === 'failed' ? <ErrorAlert error={register.error} id="capture-services-error" /> : null}
      <div className="chosen-services">
        <p className="chosen-services-label" id="capture-services-chosen">
          {t('services.chosen')}
        </p>
        {values.serviceIds.length === 0 ? (
          <p className="muted chosen-none">{t('services.noneChosen')}</p>
        ) : (
          <ul className="chips" aria-labelledby="capture-services-chosen">
            {values.serviceIds.map((id) => (
              <li key={id}>
                <button type="button" className="chip" onClick={() => toggle(id)} aria-label={t('services.remove', { name: nameOf(id) })}>
                  <span dir="auto">{nameOf(id)}</span>
                  <span className="chip-x" aria-hidden="true">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor="capture-service-search">
          {t('services.search')}
        </label>
        <input
          id="capture-service-search"
          className="input"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
          aria-controls={listId}
          aria-describedby="capture-services-hint capture-services-count"
          autoComplete="off"
          spellCheck={false}
          autoCorrect="off"
          autoCapitalize="off"
        />
      </div>
      <p className="visually-hidden" id="capture-services-count" role="status">
        {register.state === 'loaded' && wanted !== '' ? t('services.matches', { count: matches.length }) : ''}
      </p>
      <p className="visually-hidden" id="capture-services-keys">
        {t('services.keys')}
      </p>
      {register.state === 'loading' ? <p className="muted">{t('services.loading')}</p> : null}
      {register.state === 'loaded' && services.length === 0 ? <p className="muted">{t('services.emptyRegister')}</p> : null}
      {register.state === 'loaded' && services.length > 0 && matches.length === 0 ? <p className="muted">{t('services.noMatch')}</p> : null}
      <ul className="service-options" id={listId} aria-label={t('services.legend')} aria-describedby="capture-services-keys" onKeyDown={onListKey}>
        {matches.map((service) => {
          const id = `capture-service-${service.id}`;
          return (
            <li key={service.id} className="service-option">
              <input
                id={id}
                type="checkbox"
                tabIndex={service.id === tabStop ? 0 : -1}
                checked={chosen.has(service.id)}
                onChange={() => toggle(service.id)}
                onFocus={() => setActiveId(service.id)}
              />
              <label htmlFor={id}>
                <span className="service-name" dir="auto">
                  {service.name}
                </span>
                <span className="service-type">{typeLabel(service)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
