/**
 * What the register of interests' tables (migration 14) mean, for the archive's
 * schema.md and JSON Schemas; archive-tables.ts takes them in with the rest.
 */
const ISO_TIME = 'as an ISO 8601 UTC timestamp';
const DAY = 'YYYY-MM-DD';
const USER = (what: string) => `${what}: the id of a row in users`;
const ACTIONS = ['code', 'review', 'check-masks', 'recommend'];
const SUBJECTS = ['story', 'report', 'sample'];
const SUBJECT = 'what the work is on: stories.id, reports.id or agreement_samples.id, as subject_type says';
const PERSON = 'the person on the register: interest_people.id (for someone with an account, their user id)';

interface Doc {
  meaning: string;
  columns: Record<string, string | { meaning: string; values?: readonly string[] }>;
}

export const INTEREST_TABLE_DOCS: Record<string, Doc> = {
  interest_people: {
    meaning: 'People on the register of interests: everyone with an account (from their first declaration, under their user id) and people without one, such as advisory board members.',
    columns: {
      id: 'the person id (UUID); the same as user_id for someone with an account',
      user_id: USER('their account, if they have one'),
      name: 'the name of someone without an account; empty for account holders (their name is in users)',
      capacity: { meaning: 'in what capacity someone without an account is on the register; empty for account holders', values: ['staff', 'volunteer', 'board-member', 'authorised-representative', 'other'] },
      added_by: USER('who added them'),
      added_at: `when, ${ISO_TIME}`,
      left_at: `when someone without an account left the register (a board member stood down), ${ISO_TIME}; what they declared is kept`,
    },
  },
  interests: {
    meaning: 'Declared interests, each with what it concerns and how it is managed.',
    columns: {
      id: 'the interest id (UUID)',
      person_id: PERSON,
      kind: { meaning: 'what kind of interest', values: ['employment', 'financial', 'family', 'voluntary-role', 'political-role'] },
      service_id: 'the service it concerns: services.id (one of service_id, stakeholder_id, organisation is set)',
      stakeholder_id: 'the organisation it concerns: stakeholders.id',
      organisation: 'the body it concerns, as typed, when neither register has it',
      description: 'the interest in the person\'s own words',
      from_on: `the first day it runs, ${DAY}`,
      to_on: `the last day it runs, ${DAY}; empty while it goes on`,
      management: 'how it is managed, in words',
      refuses: `the work on what it concerns the person must not do, as a JSON list of ${ACTIONS.join(', ')}; any other work about it shows the declaration first`,
      declared_by: USER('who recorded it (the person, or an administrator for them)'),
      declared_at: `when, ${ISO_TIME}`,
      updated_by: USER('who last changed it'),
      updated_at: `when, ${ISO_TIME}`,
    },
  },
  interest_declarations: {
    meaning: 'Dated declarations: a person\'s register entry made or confirmed (adding or changing an interest is one). The next is due 12 months after the last.',
    columns: {
      id: 'the declaration id (UUID)',
      person_id: PERSON,
      declared_on: `the day, ${DAY}`,
      nothing_to_declare: { meaning: '1 when there was nothing to declare (no interest not yet ended), else 0', values: ['0', '1'] },
      interest_ids: 'the interests current when it was made, as a JSON list of interests.id',
      recorded_by: USER('who recorded it'),
      recorded_at: `when, ${ISO_TIME}`,
    },
  },
  conflict_refusals: {
    meaning: 'Work the services refused because of a declaration, until an administrator gave it to someone else or allowed it.',
    columns: {
      id: 'the refusal id (UUID)',
      user_id: USER('who was refused'),
      action: { meaning: 'the work refused', values: ACTIONS },
      subject_type: { meaning: 'what the work is on (a recommendation\'s is its report)', values: SUBJECTS },
      subject_id: SUBJECT,
      interest_ids: 'the declarations that refused it, as a JSON list of interests.id',
      refused_at: `when (the first refusal of this work while it waited), ${ISO_TIME}`,
      resolved_at: `when an administrator settled it, ${ISO_TIME}; empty while it waits`,
    },
  },
  conflict_reassignments: {
    meaning: 'Work an administrator gave to someone else because of a declaration (for a double-coding sample, the coder replaced).',
    columns: {
      id: 'the reassignment id (UUID)',
      action: { meaning: 'the work given', values: ACTIONS },
      subject_type: { meaning: 'what the work is on', values: SUBJECTS },
      subject_id: SUBJECT,
      from_user: USER('whose declaration it was'),
      to_user: USER('who was given the work'),
      reason: 'why, as written (may be empty)',
      assigned_by: USER('the administrator'),
      assigned_at: `when, ${ISO_TIME}`,
      started_at: `when the person given it first did that work, ${ISO_TIME}`,
    },
  },
  conflict_overrides: {
    meaning: 'Work an administrator allowed a person despite a declaration that rules it out, with the reason (never without one, never for themselves).',
    columns: {
      id: 'the override id (UUID)',
      user_id: USER('who was allowed'),
      action: { meaning: 'the work allowed', values: ACTIONS },
      subject_type: { meaning: 'what the work is on', values: SUBJECTS },
      subject_id: SUBJECT,
      reason: 'why, as written',
      granted_by: USER('the administrator'),
      granted_at: `when, ${ISO_TIME}`,
    },
  },
};
