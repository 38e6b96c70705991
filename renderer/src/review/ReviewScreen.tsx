import type { Role } from '../../../shared/users/schemas';
import { useCurrentUser } from '../app/session';
import { ReceivedPacks } from '../packs/ReceivedPacks';
import type { Area } from '../shell/areas';
import { AnonymiserListsPanel } from '../masks/AnonymiserListsPanel';
import { CheckQueue } from '../masks/CheckQueue';
import { MaskCheckScreen } from '../masks/MaskCheckScreen';
import { AgreementReportScreen } from './coding/AgreementReportScreen';
import { CodeStoryScreen } from './coding/CodeStoryScreen';
import { NewSampleScreen } from './coding/NewSampleScreen';
import { SampleScreen } from './coding/SampleScreen';
import { SamplesList } from './coding/SamplesList';
import { reviewRouteOf, reviewSectionsFor, type ReviewRoute } from './review-routes';
import { PendingSuggestions } from './suggestions/PendingSuggestions';
import { ReviewLayout } from './ui/ReviewLayout';
import { AnonymisedStories } from './volunteer/AnonymisedStories';
import { AnonymisedStoryScreen } from './volunteer/AnonymisedStoryScreen';
import { MySuggestions } from './volunteer/MySuggestions';
import { ReturnedToMe } from './workflow/ReturnedToMe';
import { ReviewStoryScreen } from './workflow/ReviewStoryScreen';
import { StatusLists } from './workflow/StatusLists';

type Go = (area: Area, sub?: string | null) => void;

/**
 * Review: what each role does with captured stories. Staff review them through the
 * workflow, check their anonymisation, decide volunteers' suggestions and measure
 * agreement between reviewers; outreach workers see what was returned to them;
 * volunteers read only checked, anonymised words and suggest themes, here or
 * in review packs brought to their own laptop.
 */
export function ReviewScreen({ sub, go }: { sub: string | null; go: Go }) {
  const user = useCurrentUser();
  const role = user?.role ?? null;
  const route = reviewRouteOf(sub, role);
  if (!route || !user) return null;
  return <ReviewContent route={route} role={role} go={go} />;
}

function ReviewContent({ route, role, go }: { route: ReviewRoute; role: Role | null; go: Go }) {
  const sections = reviewSectionsFor(role);
  switch (route.screen) {
    case 'story':
      return role === 'volunteer' ? <AnonymisedStoryScreen key={route.storyId} storyId={route.storyId} go={go} /> : <ReviewStoryScreen key={route.storyId} storyId={route.storyId} go={go} />;
    case 'check':
      return <MaskCheckScreen key={route.storyId} storyId={route.storyId} go={go} />;
    case 'new-sample':
      return <NewSampleScreen go={go} />;
    case 'sample':
      return <SampleScreen key={route.sampleId} sampleId={route.sampleId} go={go} />;
    case 'report':
      return <AgreementReportScreen key={route.sampleId} sampleId={route.sampleId} go={go} />;
    case 'code-story':
      return <CodeStoryScreen key={`${route.sampleId}/${route.storyId}`} sampleId={route.sampleId} storyId={route.storyId} go={go} />;
    case 'section':
      return (
        <ReviewLayout section={route.section} sections={sections} go={go}>
          <SectionContent section={route.section} status={route.status} go={go} />
        </ReviewLayout>
      );
  }
}

function SectionContent({ section, status, go }: { section: ReviewRoute['section']; status: Extract<ReviewRoute, { screen: 'section' }>['status']; go: Go }) {
  switch (section) {
    case 'workflow':
      return <StatusLists status={status} go={go} />;
    case 'check':
      return <CheckQueue go={go} />;
    case 'suggestions':
      return <PendingSuggestions go={go} />;
    case 'coding':
      return <SamplesList go={go} />;
    case 'lists':
      return <AnonymiserListsPanel />;
    case 'returned':
      return <ReturnedToMe go={go} />;
    case 'stories':
      return <AnonymisedStories go={go} />;
    case 'my-suggestions':
      return <MySuggestions go={go} />;
    case 'packs':
      return <ReceivedPacks />;
  }
}
