/** Opening the stories behind a count in Stories, with the same filters the count used. */
import { useCallback } from 'react';
import type { StoryFilters } from '../../../shared/workbench/schemas';
import { useCurrentUser } from '../app/session';
import type { Area } from '../shell/areas';
import { useSearch } from '../workbench/search/search-store';

export function useOpenStories(go: (area: Area, sub?: string | null) => void): (filters: StoryFilters) => void {
  const user = useCurrentUser();
  return useCallback(
    (filters: StoryFilters) => {
      if (!user) return;
      useSearch.getState().showFiltered(user.id, filters);
      go('stories');
    },
    [user, go],
  );
}
