import type { Area } from '../shell/areas';
import { StoryDetailView } from './StoryDetailView';
import { StoryList } from './StoryList';

/** Stories: the list, or one story in full. */
export function StoriesScreen({ storyId, go }: { storyId: string | null; go(area: Area, sub?: string | null): void }) {
  return storyId ? <StoryDetailView storyId={storyId} onBack={() => go('stories')} /> : <StoryList onOpen={(id) => go('stories', id)} />;
}
