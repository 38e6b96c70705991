import { useCallback, useEffect, useState } from 'react';
import type { Role } from '../../../shared/users/schemas';
import { bringInSectionsFor, shareSectionsFor } from '../exchange/exchange-routes';
import { canCapture, canReadStories, canSeeInsight } from '../users/roles';

/** The areas of the app, in the order of the main navigation. */
export const AREAS = ['capture', 'stories', 'review', 'insight', 'share', 'bring-in', 'action-plan', 'settings'] as const;
export type Area = (typeof AREAS)[number];
export const DEFAULT_AREA: Area = 'capture';

/** The key of each area's strings in the shell resources. */
export const AREA_KEYS = {
  capture: 'capture',
  stories: 'stories',
  review: 'review',
  insight: 'insight',
  share: 'share',
  'bring-in': 'bringIn',
  'action-plan': 'actionPlan',
  settings: 'settings',
} as const satisfies Record<Area, string>;

/**
 * The areas a role is offered: volunteers neither capture nor read stories as told, and share or bring in nothing but review packs (in Review).
 * Insight is for staff and administrators: it counts every story in the store and builds what the organisation publishes.
 */
export function areasFor(role: Role | null): Area[] {
  return AREAS.filter((area) => {
    if (role === null) return area === 'settings';
    if (area === 'capture') return canCapture(role);
    if (area === 'stories') return canReadStories(role);
    if (area === 'insight') return canSeeInsight(role);
    if (area === 'share') return shareSectionsFor(role).length > 0;
    if (area === 'bring-in') return bringInSectionsFor(role).length > 0;
    return true;
  });
}

/** A screen: an area and, inside it, an optional part (a story's id, a settings section). */
export interface Route {
  area: Area;
  sub: string | null;
}

export const hrefOf = (area: Area, sub?: string | null): string => `#/${area}${sub ? `/${sub}` : ''}`;

export function routeFromHash(hash: string, allowed: readonly Area[] = AREAS): Route {
  const [name = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  const fallback = allowed[0] ?? DEFAULT_AREA;
  if (!(allowed as readonly string[]).includes(name)) return { area: allowed.includes(DEFAULT_AREA) ? DEFAULT_AREA : fallback, sub: null };
  const sub = rest.join('/');
  return { area: name as Area, sub: sub === '' ? null : decodeURIComponent(sub) };
}

export const areaFromHash = (hash: string): Area => routeFromHash(hash).area;

/** The current screen, kept in the address's hash so that a reload stays on it. */
export function useRoute(allowed: readonly Area[]): [Route, (area: Area, sub?: string | null) => void] {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHashChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const go = useCallback((area: Area, sub?: string | null) => {
    const next = hrefOf(area, sub ? encodeURIComponent(sub) : null);
    setHash(next);
    if (window.location.hash !== next) window.location.hash = next;
  }, []);
  return [routeFromHash(hash, allowed), go];
}
