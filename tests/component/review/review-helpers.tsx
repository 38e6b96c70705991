/** Shared set-up for the Review component tests: people, a story, codes, and the app opened on a Review screen. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Mask, MaskReview } from '../../../shared/masks/schemas';
import type { User } from '../../../shared/users/schemas';
import type { Code, SearchHit } from '../../../shared/workbench/schemas';
import { App } from '../../../renderer/src/app/App';
import { ADMIN, fakeApi, installApi, OUTREACH, VOLUNTEER, type FakeApi } from '../fake-api';

export const STAFF: User & { pin: string } = { id: '3b4c5d6e-7f80-4a91-8b2c-d3e4f5a6b7c8', name: 'Priya Shah', role: 'staff', retired: false, pin: '8642' };
export const STORY_ID = '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a';
export const OTHER_STORY_ID = '7d8e9f0a-1b2c-4d3e-8f4a-000000000002';

/**
 * The app over a fake bridge, signed in as `who`, opened straight at `#/review/<sub>`
 * (the fakes are set up by `setUp` before anything is asked), waiting for `heading`.
 */
export async function renderReview(who: User & { pin: string }, sub: string | null, heading: string, setUp: (api: FakeApi) => void = () => {}) {
  const fake = fakeApi({ state: 'unlocked', users: [ADMIN, STAFF, OUTREACH, VOLUNTEER], signedIn: who.id });
  setUp(fake.api);
  installApi(fake.api);
  window.location.hash = sub ? `#/review/${sub}` : '#/review';
  const user = userEvent.setup();
  const view = render(<App />);
  await screen.findByRole('heading', { level: 1, name: heading });
  return { ...fake, user, view };
}

export const mask = (start: number, end: number, type: Mask['type'], confidence: Mask['confidence'] = 'high', rule = 'test.rule'): Mask => ({
  start,
  end,
  type,
  origin: 'detected',
  confidence,
  rule,
});

export function maskReview(text: string, proposed: Mask[], change: Partial<MaskReview> = {}): MaskReview {
  return {
    storyId: STORY_ID,
    revision: 1,
    text,
    textSha256: '0'.repeat(64),
    proposed,
    accepted: null,
    carried: null,
    state: 'unchecked',
    checkedByName: null,
    checkedAt: null,
    ...change,
  };
}

export const hit = (n: number, change: Partial<SearchHit> = {}): SearchHit => ({
  id: `7d8e9f0a-1b2c-4d3e-8f4a-${String(n).padStart(12, '0')}`,
  snippet: `Story number ${n}`,
  heardOn: '2026-03-14',
  channel: 'drop-in',
  status: 'submitted',
  safeguarding: false,
  sentiment: null,
  themes: [],
  recordedByName: OUTREACH.name,
  eventName: null,
  returnReason: null,
  ...change,
});

export const code = (id: string, name: string, parentId: string | null = null): Code => ({
  id,
  key: null,
  parentId,
  name,
  description: null,
  retired: false,
  mergedInto: null,
  storyCount: 0,
});

export const CODES: Code[] = [
  code('a0000000-0000-4000-8000-000000000001', 'Waiting times'),
  code('a0000000-0000-4000-8000-000000000002', 'Waiting lists for treatment', 'a0000000-0000-4000-8000-000000000001'),
  code('a0000000-0000-4000-8000-000000000003', 'Communication'),
];
