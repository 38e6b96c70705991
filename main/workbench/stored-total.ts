/**
 * How many stories one filter alone matches, from the counts the triggers of
 * migration 0008 keep, instead of reading every story (a language filter over a
 * million stories: 1.6 s). Only for a single filter and a viewer who sees every
 * story; anything else is counted by the caller.
 */
import type { StoryFilters } from '../../shared/workbench/schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

/** Filters on a story's own column: its values are disjoint, so their counts add up. */
const COLUMN_FACETS = { statuses: 'status', channels: 'channel', sentiments: 'sentiment', languages: 'language', eventIds: 'event', recorderIds: 'recorder' } as const;
/** Filters a story can match through several values at once: exact for one value only. */
const SINGLE_VALUE_FACETS = { serviceIds: 'service', serviceTypes: 'service_type', codeIds: 'theme' } as const;
const FLAG_FACETS = { safeguarding: 'safeguarding', consentShare: 'consent_share' } as const;

const isSet = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : value !== undefined);

/** The kept count of stories with any of these values of one facet (summed: exact only where values are disjoint). */
export const keptCount = (db: Db, facet: string, values: readonly string[]): number =>
  values.reduce((sum, value) => sum + ((prepared(db, 'SELECT count FROM story_facet_counts WHERE facet = ? AND value = ?').pluck().get(facet, value) as number | undefined) ?? 0), 0);

export function storedTotal(db: Db, filters: StoryFilters): number | null {
  const set = (Object.keys(filters) as Array<keyof StoryFilters>).filter((key) => isSet(filters[key]));
  if (set.length !== 1) return null;
  const key = set[0]!;

  // Stories with no sentiment yet have no kept count.
  if (key === 'sentiments' && filters.sentiments?.includes('unrated')) return null;
  if (key in COLUMN_FACETS) return keptCount(db, COLUMN_FACETS[key as keyof typeof COLUMN_FACETS], filters[key] as string[]);
  if (key in SINGLE_VALUE_FACETS) {
    const values = filters[key] as string[];
    if (values.length !== 1) return null;
    // The theme count covers a theme and its sub-themes, as the filter does, but only for a theme.
    if (key === 'codeIds' && prepared(db, 'SELECT parent_id IS NULL FROM codes WHERE id = ?').pluck().get(values[0]) !== 1) return null;
    return keptCount(db, SINGLE_VALUE_FACETS[key as keyof typeof SINGLE_VALUE_FACETS], values);
  }
  if (key in FLAG_FACETS) {
    const flagged = keptCount(db, FLAG_FACETS[key as keyof typeof FLAG_FACETS], ['1']);
    return filters[key] ? flagged : keptCount(db, 'total', ['']) - flagged;
  }
  return null; // dates heard: no kept count
}
