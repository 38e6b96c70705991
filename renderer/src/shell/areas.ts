import { useCallback, useEffect, useState } from 'react';

/** The areas of the app, in the order of the main navigation. Later issues fill them. */
export const AREAS = ['capture', 'stories', 'review', 'export', 'action-plan', 'settings'] as const;
export type Area = (typeof AREAS)[number];
export const DEFAULT_AREA: Area = 'capture';

/** The key of each area's strings in the shell resources. */
export const AREA_KEYS = {
  capture: 'capture',
  stories: 'stories',
  review: 'review',
  export: 'export',
  'action-plan': 'actionPlan',
  settings: 'settings',
} as const satisfies Record<Area, string>;

export const hrefOf = (area: Area): string => `#/${area}`;

export function areaFromHash(hash: string): Area {
  const name = hash.replace(/^#\/?/, '');
  return (AREAS as readonly string[]).includes(name) ? (name as Area) : DEFAULT_AREA;
}

/** The current area, kept in the address's hash so that a reload stays on the same screen. */
export function useArea(): [Area, (area: Area) => void] {
  const [area, setArea] = useState<Area>(() => areaFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setArea(areaFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const go = useCallback((next: Area) => {
    setArea(next);
    if (window.location.hash !== hrefOf(next)) window.location.hash = hrefOf(next);
  }, []);
  return [area, go];
}
