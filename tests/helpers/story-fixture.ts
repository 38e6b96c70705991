/** A well-formed story for tests and benchmarks; override what matters. No vitest imports. */
import type { NewStory } from '../../shared/capture/story';

export function story(overrides: Partial<NewStory> = {}): NewStory {
  return {
    text: 'The receptionist was kind but I waited three weeks.',
    wordsKind: 'own-words',
    language: 'English',
    interpreter: false,
    translation: null,
    channel: 'community-event',
    eventId: null,
    heardOn: '2026-11-20',
    serviceIds: [],
    consent: { keep: true, share: true, quote: false, contact: false },
    contact: null,
    equality: {},
    safeguarding: { flagged: false, action: null, actionBy: null },
    status: 'submitted',
    draftId: null,
    ...overrides,
  };
}
