import { useCallback } from 'react';
import type { Area } from '../shell/areas';
import { CodebookScreen } from '../workbench/codebook/CodebookScreen';
import { FindStoriesScreen } from '../workbench/search/FindStoriesScreen';
import { useSearch } from '../workbench/search/search-store';
import { StoryDetailView } from './StoryDetailView';

/** The part of Stories that shows the codebook rather than a story. */
export const CODEBOOK = 'codebook';

/** Stories: find them, one story in full (with its themes), or the codebook. */
export function StoriesScreen({ storyId, go }: { storyId: string | null; go(area: Area, sub?: string | null): void }) {
  const open = useCallback((id: string) => go('stories', id), [go]);
  const back = useCallback(() => {
    useSearch.getState().returning();
    go('stories');
  }, [go]);
  if (storyId === CODEBOOK) return <CodebookScreen go={go} />;
  // Keyed by story: stepping to the next story starts its panels afresh.
  return storyId ? <StoryDetailView key={storyId} storyId={storyId} onBack={back} onOpen={open} /> : <FindStoriesScreen onOpen={open} go={go} />;
}
