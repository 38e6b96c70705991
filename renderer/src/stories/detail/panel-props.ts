import type { StoryDetail } from '../../../../shared/capture/story';

export interface PanelProps {
  story: StoryDetail;
  /** The story as the services answered after a change. */
  onChanged(story: StoryDetail): void;
}
