import { CaptureScreen } from '../capture/CaptureScreen';
import { BringInScreen } from '../exchange/BringInScreen';
import { ShareScreen } from '../exchange/ShareScreen';
import { ActionPlanScreen } from '../recommendations/ActionPlanScreen';
import { InsightScreen } from '../insight/InsightScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { StoriesScreen } from '../stories/StoriesScreen';
import type { Area, Route } from './areas';

/** The screen for the current route. */
export function AreaContent({ route, go }: { route: Route; go(area: Area, sub?: string | null): void }) {
  switch (route.area) {
    case 'capture':
      return <CaptureScreen />;
    case 'stories':
      return <StoriesScreen storyId={route.sub} go={go} />;
    case 'review':
      return <ReviewScreen sub={route.sub} go={go} />;
    case 'insight':
      return <InsightScreen sub={route.sub} go={go} />;
    case 'share':
      return <ShareScreen sub={route.sub} go={go} />;
    case 'bring-in':
      return <BringInScreen sub={route.sub} go={go} />;
    case 'action-plan':
      return <ActionPlanScreen sub={route.sub} go={go} />;
    case 'settings':
      return <SettingsScreen section={route.sub} go={go} />;
  }
}
