/** Register-of-interests answers for the shared fake bridge: a person's entry, a declaration that bears on work, a refusal. */
import type { ConflictCheck, ConflictMatch, Interest, OpenRefusal, RegisterEntry, RegisterSummary } from '../../../shared/interests/schemas';
import { ADMIN, OUTREACH, SERVICES } from '../fake-api';

export const HOSPITAL = SERVICES[1]!;
export const INTEREST_ID = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const BOARD_MEMBER_ID = '6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c';
const REFUSAL_ID = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
export const STORY_ID = '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e';

export const WORDS = '  I work nights on the A&E reception desk.  ';

export function interest(change: Partial<Interest> = {}): Interest {
  return {
    id: INTEREST_ID,
    personId: ADMIN.id,
    kind: 'employment',
    concerns: { type: 'service', id: HOSPITAL.id, name: HOSPITAL.name },
    description: WORDS,
    fromOn: '2026-01-01',
    toOn: null,
    management: 'does not code stories about this service',
    refuses: [],
    active: true,
    declaredByName: ADMIN.name,
    declaredAt: '2026-01-05T10:00:00.000Z',
    updatedAt: null,
    ...change,
  };
}

export function summary(change: Partial<RegisterSummary> = {}): RegisterSummary {
  return {
    personId: ADMIN.id,
    name: ADMIN.name,
    userId: ADMIN.id,
    role: 'admin',
    capacity: 'staff',
    status: { state: 'current', lastDeclaredOn: '2026-01-05', dueOn: '2027-01-05' },
    currentInterests: 0,
    ...change,
  };
}

export const REGISTER: RegisterSummary[] = [
  summary({ personId: BOARD_MEMBER_ID, name: 'Priya Board', userId: null, role: null, capacity: 'board-member', status: { state: 'never', lastDeclaredOn: null, dueOn: null } }),
  summary({ personId: OUTREACH.id, name: OUTREACH.name, userId: OUTREACH.id, role: 'outreach', status: { state: 'overdue', lastDeclaredOn: '2025-01-10', dueOn: '2026-01-10' } }),
  summary({ currentInterests: 1 }),
];

export function entry(change: Partial<RegisterEntry> = {}): RegisterEntry {
  return { ...summary(), interests: [], declarations: [], history: [], ...change };
}

export function match(change: Partial<ConflictMatch> = {}): ConflictMatch {
  const { id: _id, personId: _person, active: _active, declaredByName: _by, declaredAt: _at, updatedAt: _updated, ...rest } = interest();
  return { interestId: INTEREST_ID, personName: ADMIN.name, outcome: 'warn', ...rest, ...change };
}

export const warning = (action: ConflictCheck['action'] = 'code'): ConflictCheck => ({ action, outcome: 'warn', matches: [match()], override: null });
export const refusing = (action: ConflictCheck['action'] = 'code'): ConflictCheck => ({ action, outcome: 'refuse', matches: [match({ outcome: 'refuse', refuses: [action] })], override: null });

export function refusal(change: Partial<OpenRefusal> = {}): OpenRefusal {
  return {
    id: REFUSAL_ID,
    at: '2026-03-02T11:00:00.000Z',
    person: { id: OUTREACH.id, name: OUTREACH.name },
    action: 'code',
    subject: { type: 'story', id: STORY_ID },
    label: 'I waited five hours and nobody told me why.',
    matches: [match({ personName: OUTREACH.name, outcome: 'refuse', refuses: ['code'] })],
    ...change,
  };
}
