/** Stores with stories in every state an intelligence export cares about. No vitest imports. */
import type { NewStory } from '../../../shared/capture/story';
import type { Services } from '../../../main/core/services';
import { story } from '../../helpers/story-fixture';

type Consent = NewStory['consent'];
const consent = (overrides: Partial<Consent> = {}): Consent => ({ keep: true, share: true, quote: true, contact: false, ...overrides });

/** Saves a story, approves it and checks the masks the engine proposes, as the signed-in member of staff. */
export function approvedStory(s: Services, overrides: Partial<NewStory> & { consentOverrides?: Partial<Consent> } = {}): string {
  const { consentOverrides, ...rest } = overrides;
  const { id } = s.stories.save(story({ consent: consent(consentOverrides), ...rest }));
  s.review.setStatus(id, 'in-review', null);
  s.review.setStatus(id, 'approved', null);
  const review = s.masks.review(id);
  s.masks.saveCheck(id, review.revision, review.proposed);
  return id;
}

/** One story left out for each reason before k-anonymity, plus `good` stories that go out. */
export function storiesInEveryState(s: Services, good = 6): { included: string[]; noShare: string; notApproved: string; unchecked: string; outOfDate: string } {
  const included = Array.from({ length: good }, (_, i) => approvedStory(s, { text: `Story ${i}: Dr Okafor at the surgery was kind but I waited three weeks.` }));
  const noShare = approvedStory(s, { consentOverrides: { share: false, quote: false } });
  const notApproved = s.stories.save(story({ consent: consent() })).id;
  const { id: unchecked } = s.stories.save(story({ consent: consent() }));
  s.review.setStatus(unchecked, 'in-review', null);
  s.review.setStatus(unchecked, 'approved', null);
  const outOfDate = approvedStory(s);
  s.stories.revise(outOfDate, 'The receptionist was kind but I waited four weeks.', 'typo');
  return { included, noShare, notApproved, unchecked, outOfDate };
}
