/**
 * What the recommendations tables (migration 11) mean, for the archive's schema.md and
 * JSON Schemas; archive-tables.ts takes them in with the rest.
 */
const ISO_TIME = 'as an ISO 8601 UTC timestamp';
const DAY = 'YYYY-MM-DD';
const USER = (what: string) => `${what}: the id of a row in users`;
const STATUSES = ['draft', 'awaiting-response', 'responded', 'not-started', 'in-progress', 'done', 'not-done'];
const IMPLEMENTATION = ['not-started', 'in-progress', 'done', 'not-done'];
const RECOMMENDATION = 'the recommendation: recommendations.id';
const STORY = 'the story: stories.id';

interface Doc {
  meaning: string;
  columns: Record<string, string | { meaning: string; values?: readonly string[] }>;
}

export const RECOMMENDATION_TABLE_DOCS: Record<string, Doc> = {
  stakeholders: {
    meaning: 'The stakeholder register: organisations recommendations are addressed to, with their contacts.',
    columns: {
      id: 'the organisation id (UUID)',
      name: 'its name',
      kind: { meaning: 'what kind of organisation', values: ['nhs-trust', 'icb', 'council', 'provider', 'cqc', 'healthwatch-england', 'other'] },
      contacts: 'its contacts as JSON text: a list of {name, role, email, phone}',
      created_by: USER('who added it'),
      created_at: `when, ${ISO_TIME}`,
      retired_at: `when it was retired from the register, ${ISO_TIME}`,
    },
  },
  visits: {
    meaning: 'Enter and View visits, planned for a service on a day.',
    columns: { id: 'the visit id (UUID)', service_id: 'the service visited: services.id', visit_on: `the day of the visit, ${DAY}`, purpose: 'what the visit looks at', created_by: USER('who planned it'), created_at: `when, ${ISO_TIME}` },
  },
  visit_representatives: { meaning: 'The authorised representatives of each visit.', columns: { visit_id: 'visits.id', user_id: USER('the representative') } },
  visit_stories: { meaning: 'Observations recorded on a visit (stories with the channel enter-and-view).', columns: { visit_id: 'visits.id', story_id: STORY } },
  reports: {
    meaning: 'Reports that recommendations are written in.',
    columns: { id: 'the report id (UUID)', title: 'its title', published_on: `the day it was published, ${DAY}; empty until then`, visit_id: 'the Enter and View visit it reports on: visits.id, if any', created_by: USER('who created it'), created_at: `when, ${ISO_TIME}` },
  },
  report_services: { meaning: 'The services each report covers.', columns: { report_id: 'reports.id', service_id: 'services.id' } },
  recommendations: {
    meaning: 'Recommendations, each addressed to one organisation; the response is due on the 20th working day after sending.',
    columns: {
      id: 'the recommendation id (UUID)',
      report_id: 'the report it is in: reports.id',
      stakeholder_id: 'the organisation it is addressed to: stakeholders.id',
      title: 'its title',
      body: 'what is recommended, as written',
      status: { meaning: 'where it stands (the latest update sets the last four)', values: STATUSES },
      sent_on: `the day it was sent, ${DAY}`,
      due_on: `the day the response is due (20 working days after sent_on, England and Wales bank holidays excluded), ${DAY}`,
      sent_by: USER('who sent it'),
      next_review_on: `the next review of progress, ${DAY}`,
      created_by: USER('who wrote it'),
      created_at: `when, ${ISO_TIME}`,
    },
  },
  recommendation_services: { meaning: 'The services each recommendation concerns.', columns: { recommendation_id: RECOMMENDATION, service_id: 'services.id' } },
  recommendation_stories: {
    meaning: 'Stories behind each recommendation (the evidence).',
    columns: { recommendation_id: RECOMMENDATION, story_id: STORY, linked_by: USER('who linked it'), linked_at: `when, ${ISO_TIME}` },
  },
  recommendation_searches: {
    meaning: 'Saved searches behind a recommendation, as they stood when it was written.',
    columns: {
      id: 'the snapshot id (UUID)',
      recommendation_id: RECOMMENDATION,
      saved_search_id: 'the saved search it was taken from: saved_searches.id (which may since have changed or gone)',
      name: 'the saved search name then',
      query: 'its words then',
      filters: 'its filters then, as JSON text',
      story_count: 'how many stories it found then',
      taken_by: USER('who took it'),
      taken_at: `when, ${ISO_TIME}`,
    },
  },
  recommendation_themes: {
    meaning: 'Theme counts behind a recommendation, as they stood when it was written (stories tagged with the theme or its sub-themes, about its services).',
    columns: {
      recommendation_id: RECOMMENDATION,
      code_id: 'the theme: codes.id',
      theme: 'its name then',
      parent: 'the theme above it then, if a sub-theme',
      story_count: 'how many stories then',
      taken_by: USER('who took it'),
      taken_at: `when, ${ISO_TIME}`,
    },
  },
  recommendation_responses: {
    meaning: "The organisation's response to a recommendation, in its own words.",
    columns: {
      recommendation_id: RECOMMENDATION,
      decision: { meaning: 'what they answered', values: ['accepted', 'partly-accepted', 'not-accepted'] },
      words: 'their words, exactly as received',
      received_on: `the day it was received, ${DAY}`,
      recorded_by: USER('who recorded it'),
      recorded_at: `when, ${ISO_TIME}`,
    },
  },
  agreed_issues: {
    meaning: 'Issues agreed with an organisation, on the action plan.',
    columns: {
      id: 'the issue id (UUID)',
      stakeholder_id: 'the organisation: stakeholders.id',
      service_id: 'the service it is about: services.id, if one',
      title: 'its title',
      description: 'what was agreed',
      agreed_on: `the day it was agreed, ${DAY}`,
      status: { meaning: 'where it stands', values: IMPLEMENTATION },
      next_review_on: `the next review, ${DAY}`,
      created_by: USER('who added it'),
      created_at: `when, ${ISO_TIME}`,
    },
  },
  cqc_findings: {
    meaning: 'CQC inspection findings for services, on the action plan.',
    columns: {
      id: 'the finding id (UUID)',
      service_id: 'the service inspected: services.id',
      stakeholder_id: 'the provider that runs it: stakeholders.id',
      published_on: `the day CQC published the report, ${DAY}`,
      ratings: 'the ratings as JSON text: overall, safe, effective, caring, responsive and well-led, each outstanding, good, requires-improvement, inadequate or not-rated',
      summary: "the summary in the inspector's words, exactly",
      link: 'the address of the CQC report',
      status: { meaning: 'where the work on it stands', values: IMPLEMENTATION },
      next_review_on: `the next review, ${DAY}`,
      created_by: USER('who recorded it'),
      created_at: `when, ${ISO_TIME}`,
    },
  },
  cqc_finding_stories: { meaning: 'Stories linked to a CQC finding.', columns: { finding_id: 'cqc_findings.id', story_id: STORY } },
  cqc_finding_links: {
    meaning: 'The recommendations and agreed issues a CQC finding is linked to (one of the two in each row).',
    columns: { finding_id: 'cqc_findings.id', recommendation_id: RECOMMENDATION, issue_id: 'agreed_issues.id' },
  },
  plan_updates: {
    meaning: 'Progress on action-plan items over the months; the newest sets the item\'s status and next review. One of recommendation_id, issue_id and finding_id is set.',
    columns: {
      id: 'the update id (UUID)',
      recommendation_id: RECOMMENDATION,
      issue_id: 'agreed_issues.id',
      finding_id: 'cqc_findings.id',
      status: { meaning: 'where the work stands', values: IMPLEMENTATION },
      note: 'what was said, as written',
      updated_on: `the day of the update (a meeting, a letter), ${DAY}`,
      next_review_on: `the next review, ${DAY}`,
      recorded_by: USER('who recorded it'),
      recorded_at: `when, ${ISO_TIME}`,
    },
  },
  bank_holiday_tables: {
    meaning: 'England and Wales bank-holiday tables an administrator imported; the newest is the one due dates are worked out with (the shipped table when there is none).',
    columns: {
      id: 'the import id (UUID)',
      events: "the table as JSON text, in GOV.UK's format ({division, events: [{title, date, notes, bunting}]})",
      runs_from: `the first day it covers, ${DAY}`,
      runs_to: `the last day it covers, ${DAY}`,
      file_sha256: 'SHA-256 of the file imported',
      imported_by: USER('who imported it'),
      imported_at: `when, ${ISO_TIME}`,
    },
  },
};
