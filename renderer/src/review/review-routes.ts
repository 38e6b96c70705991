/**
 * The Review area's screens and who is offered which. The part of the address
 * after `#/review/` names the section and, inside it, what is open:
 *
 *   staff, admin  workflow[/<status>]  story/<id>  check  check/<id>  suggestions
 *                 coding  coding/new  coding/<sample>  coding/<sample>/report
 *                 coding/<sample>/<story>  lists
 *   outreach      returned  story/<id>
 *   volunteer     stories  story/<id>  my-suggestions  packs (review packs on their own laptop)
 *
 * The services enforce the same rules; this only keeps people from being
 * offered what they cannot do.
 */
import type { StoryStatus } from '../../../shared/capture/vocabulary';
import type { Role } from '../../../shared/users/schemas';
import { REVIEW_STATUSES } from '../../../shared/review/schemas';
import { REVIEW_TRANSITIONS } from '../../../shared/review/review-transitions';

export const REVIEW_SECTIONS = ['workflow', 'check', 'suggestions', 'coding', 'lists', 'returned', 'stories', 'my-suggestions', 'packs'] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const isStaff = (role: Role | null | undefined): boolean => role === 'staff' || role === 'admin';

/** The sections of Review a role is offered, in the order of its navigation. */
export function reviewSectionsFor(role: Role | null | undefined): ReviewSection[] {
  if (isStaff(role)) return ['workflow', 'check', 'suggestions', 'coding', 'lists'];
  if (role === 'outreach') return ['returned'];
  if (role === 'volunteer') return ['stories', 'my-suggestions', 'packs'];
  return [];
}

export type ReviewRoute =
  | { screen: 'section'; section: ReviewSection; status: ReviewStatus }
  | { screen: 'story'; section: ReviewSection; storyId: string }
  | { screen: 'check'; section: 'check'; storyId: string }
  | { screen: 'new-sample'; section: 'coding' }
  | { screen: 'sample'; section: 'coding'; sampleId: string }
  | { screen: 'report'; section: 'coding'; sampleId: string }
  | { screen: 'code-story'; section: 'coding'; sampleId: string; storyId: string };

const isReviewStatus = (value: string | undefined): value is ReviewStatus => (REVIEW_STATUSES as readonly string[]).includes(value ?? '');

/** The screen an address asks for, among those the role is offered (else the role's first section). */
export function reviewRouteOf(sub: string | null, role: Role | null | undefined): ReviewRoute | null {
  const sections = reviewSectionsFor(role);
  const first = sections[0];
  if (!first) return null;
  const [head = '', second, third] = (sub ?? '').split('/');
  if (head === 'story' && second) return { screen: 'story', section: first, storyId: second };
  if (!(sections as string[]).includes(head)) return { screen: 'section', section: first, status: 'submitted' };
  const section = head as ReviewSection;
  if (section === 'check' && second) return { screen: 'check', section, storyId: second };
  if (section === 'coding' && second === 'new') return { screen: 'new-sample', section };
  if (section === 'coding' && second && third === 'report') return { screen: 'report', section, sampleId: second };
  if (section === 'coding' && second && third) return { screen: 'code-story', section, sampleId: second, storyId: third };
  if (section === 'coding' && second) return { screen: 'sample', section, sampleId: second };
  return { screen: 'section', section, status: isReviewStatus(second) ? second : 'submitted' };
}

/** The address (after `#/review/`) of a screen. */
export const reviewSub = {
  section: (section: ReviewSection) => section,
  status: (status: ReviewStatus) => `workflow/${status}`,
  story: (id: string) => `story/${id}`,
  check: (id: string) => `check/${id}`,
  newSample: () => 'coding/new',
  sample: (id: string) => `coding/${id}`,
  report: (id: string) => `coding/${id}/report`,
  codeStory: (sampleId: string, storyId: string) => `coding/${sampleId}/${storyId}`,
};

/** The moves offered on a story's review screen (drafts are submitted from Stories). */
export function movesFor(status: StoryStatus, role: Role | null | undefined): StoryStatus[] {
  if (!role || status === 'draft') return [];
  const order: StoryStatus[] = ['in-review', 'approved', 'returned', 'submitted', 'archived'];
  return order.filter((next) => REVIEW_TRANSITIONS[status][next]?.includes(role));
}
