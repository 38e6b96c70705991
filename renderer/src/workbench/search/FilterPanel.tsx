/**
 * The filters of Find stories. Each combines with the search words and the other
 * filters; counts beside the values are for the current results (they arrive
 * after the list, and are dimmed while new ones are on their way; for a very
 * broad search they are over its most recent stories, and the panel says so).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event, Service } from '../../../../shared/capture/story';
import { CHANNELS, SERVICE_TYPES, STORY_STATUSES } from '../../../../shared/capture/vocabulary';
import type { User } from '../../../../shared/users/schemas';
import { SENTIMENT_FILTERS, type Code, type StoryFilters } from '../../../../shared/workbench/schemas';
import { formatDay, formatNumber } from '../../ui/format';
import { CodePicker } from '../codes/CodePicker';
import { codePath } from '../codes/code-tree';
import { activeFilterCount, chosen, setDate, setFlag, toggleValue, type FlagFilter, type ListFilter } from './filters';
import { CheckList, countMap, FlagChoice, Group, type Option } from './FilterControls';
import { useSearch } from './search-store';

export interface FilterVocabulary {
  codes: Code[];
  services: Service[];
  events: Event[];
  people: User[];
}

export function FilterPanel({ vocabulary }: { vocabulary: FilterVocabulary }) {
  const { t } = useTranslation(['workbench', 'vocabulary']);
  const filters = useSearch((state) => state.filters);
  const setFilters = useSearch((state) => state.setFilters);
  const counts = useSearch((state) => state.counts);
  const countsStatus = useSearch((state) => state.countsStatus);
  const [dateProblem, setDateProblem] = useState<string | null>(null);

  const maps = useMemo(
    () => ({
      statuses: countMap(counts?.statuses),
      channels: countMap(counts?.channels),
      sentiments: countMap(counts?.sentiments),
      themes: countMap(counts?.themes),
      serviceTypes: countMap(counts?.serviceTypes),
      services: countMap(counts?.services),
      events: countMap(counts?.events),
      recorders: countMap(counts?.recorders),
      languages: countMap(counts?.languages),
    }),
    [counts],
  );
  const countOf = (map: Map<string, number>, value: string) => (counts ? (map.get(value) ?? 0) : undefined);

  const toggle =
    <K extends ListFilter>(key: K) =>
    (value: string, on: boolean) =>
      setFilters(toggleValue(filters, key, value as NonNullable<StoryFilters[K]>[number], on));
  const flag = (key: FlagFilter) => (value: boolean | null) => setFilters(setFlag(filters, key, value));

  const codesById = useMemo(() => new Map(vocabulary.codes.map((code) => [code.id, code])), [vocabulary.codes]);
  const chosenCodes = chosen(filters, 'codeIds');
  const excludeCodes = useMemo(() => new Set(chosenCodes), [chosenCodes]);
  // Themes found in these results, and any chosen theme, as checkboxes.
  const themeOptions: Option[] = useMemo(() => {
    const seen = new Set<string>();
    const out: Option[] = [];
    for (const entry of counts?.themes ?? []) {
      seen.add(entry.value);
      out.push({ value: entry.value, label: entry.label ?? codesById.get(entry.value)?.name ?? entry.value, count: entry.count });
    }
    for (const id of chosenCodes) {
      if (seen.has(id)) continue;
      const code = codesById.get(id);
      const parent = code?.parentId ? codesById.get(code.parentId) : null;
      // Counts come per theme; a chosen sub-theme's own count is not known here.
      out.push({ value: id, label: code ? codePath(code, parent) : id, count: counts && code?.parentId === null ? 0 : undefined });
    }
    return out;
  }, [counts, chosenCodes, codesById]);

  const languages: Option[] = useMemo(() => {
    const listed = (counts?.languages ?? []).map((entry) => ({ value: entry.value, label: entry.value, count: entry.count, auto: true }));
    const extra = chosen(filters, 'languages')
      .filter((value) => !listed.some((entry) => entry.value === value))
      .map((value) => ({ value, label: value, count: counts ? 0 : undefined, auto: true }));
    return [...listed, ...extra];
  }, [counts, filters]);

  const changeDate = (key: 'heardFrom' | 'heardTo', value: string) => {
    const next = setDate(filters, key, value);
    if (next.heardFrom && next.heardTo && next.heardFrom > next.heardTo) {
      setDateProblem(t('filters.dateOrder'));
      return;
    }
    setDateProblem(null);
    setFilters(next);
  };

  const total = activeFilterCount(filters);

  return (
    <aside className={countsStatus === 'loading' ? 'wb-filters wb-counts-stale' : 'wb-filters'} aria-labelledby="wb-filters-title" aria-busy={countsStatus === 'loading' || undefined}>
      <div className="wb-filters-head">
        <h2 className="wb-filters-title" id="wb-filters-title">
          {t('filters.title')}
        </h2>
        {total > 0 ? (
          <button type="button" className="button-link" onClick={() => setFilters({})}>
            {t('filters.clearAll')}
          </button>
        ) : null}
      </div>
      {counts?.countedAmongRecent ? (
        <p className="muted wb-counts-note" data-testid="wb-counts-sampled">
          {t('filters.countedAmongRecent', { formatted: formatNumber(counts.countedAmongRecent) })}
        </p>
      ) : null}

      <Group title={t('filters.themes')} count={chosenCodes.length} open>
        <CodePicker
          id="wb-filter-code"
          label={t('filters.themePicker')}
          codes={vocabulary.codes}
          exclude={excludeCodes}
          counts={maps.themes.size > 0 ? maps.themes : undefined}
          onPick={(code) => setFilters(toggleValue(filters, 'codeIds', code.id, true))}
        />
        <CheckList id="wb-filter-theme" legend={t('filters.themes')} options={themeOptions} values={chosenCodes} onToggle={toggle('codeIds')} scroll />
      </Group>

      <Group title={t('filters.sentiment')} count={chosen(filters, 'sentiments').length} open>
        <CheckList
          id="wb-filter-sentiment"
          legend={t('filters.sentiment')}
          // Stories with no sentiment yet are not counted by value: no count is shown beside them.
          options={SENTIMENT_FILTERS.map((value) => ({ value, label: t(`sentiment.${value}`), count: value === 'unrated' ? undefined : countOf(maps.sentiments, value) }))}
          values={chosen(filters, 'sentiments')}
          onToggle={toggle('sentiments')}
        />
      </Group>

      <Group title={t('filters.safeguarding')} count={filters.safeguarding === undefined ? 0 : 1} open>
        <FlagChoice
          id="wb-filter-safeguarding"
          legend={t('filters.safeguarding')}
          value={filters.safeguarding}
          yes={t('filters.safeguardingYes')}
          no={t('filters.safeguardingNo')}
          yesCount={counts?.safeguarding}
          total={counts?.total}
          onChange={flag('safeguarding')}
        />
      </Group>

      <Group title={t('filters.status')} count={chosen(filters, 'statuses').length}>
        <CheckList
          id="wb-filter-status"
          legend={t('filters.status')}
          options={STORY_STATUSES.map((value) => ({ value, label: t(`vocabulary:statuses.${value}`), count: countOf(maps.statuses, value) }))}
          values={chosen(filters, 'statuses')}
          onToggle={toggle('statuses')}
        />
      </Group>

      <Group title={t('filters.dates')} count={(filters.heardFrom ? 1 : 0) + (filters.heardTo ? 1 : 0)}>
        <div className="wb-dates">
          {(['heardFrom', 'heardTo'] as const).map((key) => (
            <div className="field field-date" key={key}>
              <label className="field-label" htmlFor={`wb-filter-${key}`}>
                {t(`filters.${key}`)}
              </label>
              <input
                id={`wb-filter-${key}`}
                className="input"
                type="date"
                value={filters[key] ?? ''}
                onChange={(event) => changeDate(key, event.target.value)}
                aria-describedby={dateProblem ? 'wb-filter-date-problem' : undefined}
              />
            </div>
          ))}
          {dateProblem ? (
            <p className="field-error" id="wb-filter-date-problem" role="alert">
              {dateProblem}
            </p>
          ) : null}
          {filters.heardFrom || filters.heardTo ? (
            <p className="muted wb-dates-shown">
              {filters.heardFrom && filters.heardTo
                ? t('filters.between', { from: formatDay(filters.heardFrom), to: formatDay(filters.heardTo) })
                : filters.heardFrom
                  ? t('filters.since', { from: formatDay(filters.heardFrom) })
                  : t('filters.until', { to: formatDay(filters.heardTo ?? '') })}
            </p>
          ) : null}
        </div>
      </Group>

      <Group title={t('filters.serviceType')} count={chosen(filters, 'serviceTypes').length}>
        <CheckList
          id="wb-filter-service-type"
          legend={t('filters.serviceType')}
          options={SERVICE_TYPES.map((value) => ({ value, label: t(`vocabulary:serviceTypes.${value}`), count: countOf(maps.serviceTypes, value) }))}
          values={chosen(filters, 'serviceTypes')}
          onToggle={toggle('serviceTypes')}
          scroll
        />
      </Group>

      <Group title={t('filters.service')} count={chosen(filters, 'serviceIds').length}>
        <CheckList
          id="wb-filter-service"
          legend={t('filters.service')}
          options={vocabulary.services.map((service) => ({
            value: service.id,
            label: `${service.name} (${t(`vocabulary:serviceTypes.${service.type}`)})`,
            count: countOf(maps.services, service.id),
            auto: true,
          }))}
          values={chosen(filters, 'serviceIds')}
          onToggle={toggle('serviceIds')}
          scroll
        />
      </Group>

      <Group title={t('filters.event')} count={chosen(filters, 'eventIds').length}>
        <CheckList
          id="wb-filter-event"
          legend={t('filters.event')}
          options={vocabulary.events.map((event) => ({ value: event.id, label: `${event.name}, ${formatDay(event.heldOn)}`, count: countOf(maps.events, event.id), auto: true }))}
          values={chosen(filters, 'eventIds')}
          onToggle={toggle('eventIds')}
          scroll
        />
      </Group>

      <Group title={t('filters.channel')} count={chosen(filters, 'channels').length}>
        <CheckList
          id="wb-filter-channel"
          legend={t('filters.channel')}
          options={CHANNELS.map((value) => ({ value, label: t(`vocabulary:channels.${value}`), count: countOf(maps.channels, value) }))}
          values={chosen(filters, 'channels')}
          onToggle={toggle('channels')}
        />
      </Group>

      <Group title={t('filters.consent')} count={filters.consentShare === undefined ? 0 : 1}>
        <FlagChoice
          id="wb-filter-consent"
          legend={t('filters.consent')}
          value={filters.consentShare}
          yes={t('filters.consentYes')}
          no={t('filters.consentNo')}
          yesCount={counts?.consentShare}
          total={counts?.total}
          onChange={flag('consentShare')}
        />
      </Group>

      <Group title={t('filters.recorder')} count={chosen(filters, 'recorderIds').length}>
        <CheckList
          id="wb-filter-recorder"
          legend={t('filters.recorder')}
          options={vocabulary.people.map((person) => ({ value: person.id, label: person.name, count: countOf(maps.recorders, person.id), auto: true }))}
          values={chosen(filters, 'recorderIds')}
          onToggle={toggle('recorderIds')}
          scroll
        />
      </Group>

      <Group title={t('filters.language')} count={chosen(filters, 'languages').length}>
        <CheckList id="wb-filter-language" legend={t('filters.language')} options={languages} values={chosen(filters, 'languages')} onToggle={toggle('languages')} scroll />
      </Group>
    </aside>
  );
}
