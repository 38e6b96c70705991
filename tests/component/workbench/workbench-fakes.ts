/**
 * Workbench answers for the shared fake bridge (tests/component/fake-api.ts): a
 * small codebook, search hits and facet counts. Installs implementations on the
 * fake's vi.fn methods without changing the shared file.
 */
import { ok } from '../../../shared/result';
import type { Code, FacetCounts, SearchHit, SearchPage, Tag } from '../../../shared/workbench/schemas';
import { ADMIN, type FakeApi } from '../fake-api';

const uuid = (prefix: string, n: number) => `${prefix}-1b2c-4d3e-8f4a-${String(n).padStart(12, '0')}`;

export const storyId = (n: number) => uuid('7d8e9f0a', n);

export function hit(n: number, change: Partial<SearchHit> = {}): SearchHit {
  return {
    id: storyId(n),
    snippet: `Story number ${n}`,
    heardOn: '2026-03-14',
    channel: 'community-event',
    status: 'submitted',
    safeguarding: false,
    sentiment: null,
    themes: [],
    recordedByName: ADMIN.name,
    eventName: null,
    returnReason: null,
    ...change,
  };
}

export const page = (items: SearchHit[], nextCursor: string | null = null, rankedAmongRecent: number | null = null): SearchPage => ({ items, nextCursor, rankedAmongRecent });

const code = (n: number, name: string, parentId: string | null, storyCount = 0): Code => ({
  id: uuid('c0de0000', n),
  key: null,
  parentId,
  name,
  description: null,
  retired: false,
  mergedInto: null,
  storyCount,
});

const ACCESS = code(1, 'Access to services', null, 3);
const WAITING = code(2, 'Waiting times', null, 5);
const FACILITIES = code(3, 'Café and facilities', null, 1);
export const CODES: Code[] = [
  ACCESS,
  code(11, 'Referrals', ACCESS.id),
  code(12, 'Eligibility and registration', ACCESS.id),
  WAITING,
  code(21, 'Waiting for an appointment', WAITING.id, 2),
  code(22, 'Waiting lists for treatment', WAITING.id),
  FACILITIES,
  code(31, 'Food and drink', FACILITIES.id),
];
export const codeNamed = (name: string): Code => {
  const found = CODES.find((item) => item.name === name);
  if (!found) throw new Error(`no code ${name}`);
  return found;
};

export function counts(change: Partial<FacetCounts> = {}): FacetCounts {
  return {
    total: 2,
    statuses: [{ value: 'submitted', label: null, count: 2 }],
    channels: [
      { value: 'phone', label: null, count: 1 },
      { value: 'drop-in', label: null, count: 1 },
    ],
    sentiments: [{ value: 'negative', label: null, count: 1 }],
    themes: [{ value: WAITING.id, label: WAITING.name, count: 2 }],
    serviceTypes: [{ value: 'gp', label: null, count: 1 }],
    services: [],
    events: [],
    recorders: [],
    languages: [{ value: 'English', label: null, count: 2 }],
    safeguarding: 1,
    consentShare: 2,
    countedAmongRecent: null,
    ...change,
  };
}

/** A tag as the tag service answers. */
export function tag(id: number, codeName: string, change: Partial<Tag> = {}): Tag {
  const found = codeNamed(codeName);
  const parent = found.parentId ? CODES.find((item) => item.id === found.parentId) : undefined;
  return {
    id,
    storyId: storyId(1),
    codeId: found.id,
    codeName: found.name,
    parentName: parent?.name ?? null,
    sentiment: null,
    passage: null,
    taggedByName: ADMIN.name,
    taggedAt: '2026-03-14T10:00:00.000Z',
    ...change,
  };
}

/** Workbench methods answering from a small, fixed world. */
export function installWorkbench(api: FakeApi, { hits = [hit(1), hit(2)], facetCounts = counts() }: { hits?: SearchHit[]; facetCounts?: FacetCounts } = {}) {
  api.searchStories.mockImplementation(async () => ok(page(hits)));
  api.countStories.mockImplementation(async () => ok(facetCounts));
  api.listSavedSearches.mockImplementation(async () => ok([]));
  api.listCodes.mockImplementation(async ({ includeRetired }) => ok(CODES.filter((item) => includeRetired || !item.retired)));
  api.listTags.mockImplementation(async () => ok([]));
  api.codeHistory.mockImplementation(async () => ok([]));
}
