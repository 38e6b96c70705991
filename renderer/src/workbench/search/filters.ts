/** The filters of Find stories, as the `searchStories` and `countStories` requests carry them. */
import type { StoryFilters } from '../../../../shared/workbench/schemas';

/** The filters that hold a list of values. */
export type ListFilter = 'codeIds' | 'sentiments' | 'serviceIds' | 'serviceTypes' | 'eventIds' | 'channels' | 'statuses' | 'recorderIds' | 'languages';
/** The filters that are yes, no or either. */
export type FlagFilter = 'safeguarding' | 'consentShare';

export const LIST_FILTERS: readonly ListFilter[] = ['codeIds', 'sentiments', 'serviceIds', 'serviceTypes', 'eventIds', 'channels', 'statuses', 'recorderIds', 'languages'];

type ValueOf<K extends ListFilter> = NonNullable<StoryFilters[K]>[number];

/** The values chosen for a list filter (none: an empty array). */
export const chosen = <K extends ListFilter>(filters: StoryFilters, key: K): ReadonlyArray<ValueOf<K>> => (filters[key] ?? []) as ReadonlyArray<ValueOf<K>>;

/** Adds or removes one value of a list filter; an empty list is dropped. */
export function toggleValue<K extends ListFilter>(filters: StoryFilters, key: K, value: ValueOf<K>, on: boolean): StoryFilters {
  const current = chosen(filters, key);
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((item) => item !== value);
  const { [key]: _dropped, ...rest } = filters;
  return next.length > 0 ? { ...rest, [key]: next } : rest;
}

/** Sets a yes/no filter, or clears it (null: either). */
export function setFlag(filters: StoryFilters, key: FlagFilter, value: boolean | null): StoryFilters {
  const { [key]: _dropped, ...rest } = filters;
  return value === null ? rest : { ...rest, [key]: value };
}

/** Whether the list without search words is in order of date heard (main/workbench/list-order.ts decides the same). */
export const listedByDateHeard = (filters: StoryFilters): boolean => Boolean(filters.heardFrom || filters.heardTo);

/** Sets one end of the date range, or clears it (''). */
export function setDate(filters: StoryFilters, key: 'heardFrom' | 'heardTo', value: string): StoryFilters {
  const { [key]: _dropped, ...rest } = filters;
  return value === '' ? rest : { ...rest, [key]: value };
}

/** The filters without empty lists or unset values, keys in a stable order: what is sent. */
export function cleanFilters(filters: StoryFilters): StoryFilters {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(filters).sort() as Array<keyof StoryFilters>) {
    const value = filters[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as StoryFilters;
}

/** How many filter values are chosen (a date range counts once per end). */
export function activeFilterCount(filters: StoryFilters): number {
  let count = 0;
  for (const value of Object.values(cleanFilters(filters))) count += Array.isArray(value) ? value.length : 1;
  return count;
}

export const sameFilters = (a: StoryFilters, b: StoryFilters): boolean => JSON.stringify(cleanFilters(a)) === JSON.stringify(cleanFilters(b));
