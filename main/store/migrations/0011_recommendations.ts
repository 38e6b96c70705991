import type { Migration } from './migration';

const STATUSES = `'draft', 'awaiting-response', 'responded', 'not-started', 'in-progress', 'done', 'not-done'`;
const IMPLEMENTATION = `'not-started', 'in-progress', 'done', 'not-done'`;

/**
 * Recommendations and the action plan (issue 11): the stakeholder register, reports
 * and their recommendations with the evidence behind them (stories, saved-search and
 * theme-count snapshots), responses, implementation updates, agreed issues, CQC
 * findings, Enter and View visits, and imported bank-holiday tables. Links to stories
 * go when a story is deleted (ON DELETE CASCADE); everything else is kept.
 */
export const recommendationsMigration: Migration = {
  version: 11,
  name: 'recommendations',
  up(db) {
    db.exec(`
      CREATE TABLE stakeholders (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        kind       TEXT NOT NULL CHECK (kind IN ('nhs-trust', 'icb', 'council', 'provider', 'cqc', 'healthwatch-england', 'other')),
        contacts   TEXT NOT NULL DEFAULT '[]',
        created_by TEXT REFERENCES users (id),
        created_at TEXT NOT NULL,
        retired_at TEXT
      ) STRICT;

      CREATE TABLE visits (
        id         TEXT PRIMARY KEY,
        service_id TEXT NOT NULL REFERENCES services (id),
        visit_on   TEXT NOT NULL,
        purpose    TEXT NOT NULL,
        created_by TEXT REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE visit_representatives (
        visit_id TEXT NOT NULL REFERENCES visits (id),
        user_id  TEXT NOT NULL REFERENCES users (id),
        PRIMARY KEY (visit_id, user_id)
      ) STRICT;
      CREATE TABLE visit_stories (
        visit_id TEXT NOT NULL REFERENCES visits (id),
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        PRIMARY KEY (visit_id, story_id)
      ) STRICT;
      CREATE INDEX visit_stories_story ON visit_stories (story_id);

      CREATE TABLE reports (
        id           TEXT PRIMARY KEY,
        title        TEXT NOT NULL,
        published_on TEXT,
        visit_id     TEXT UNIQUE REFERENCES visits (id),
        created_by   TEXT REFERENCES users (id),
        created_at   TEXT NOT NULL
      ) STRICT;
      CREATE TABLE report_services (
        report_id  TEXT NOT NULL REFERENCES reports (id),
        service_id TEXT NOT NULL REFERENCES services (id),
        PRIMARY KEY (report_id, service_id)
      ) STRICT;

      CREATE TABLE recommendations (
        id             TEXT PRIMARY KEY,
        report_id      TEXT NOT NULL REFERENCES reports (id),
        stakeholder_id TEXT NOT NULL REFERENCES stakeholders (id),
        title          TEXT NOT NULL,
        body           TEXT NOT NULL,
        status         TEXT NOT NULL CHECK (status IN (${STATUSES})),
        sent_on        TEXT,
        due_on         TEXT,
        sent_by        TEXT REFERENCES users (id),
        next_review_on TEXT,
        created_by     TEXT REFERENCES users (id),
        created_at     TEXT NOT NULL,
        CHECK ((sent_on IS NULL) = (due_on IS NULL) AND (sent_on IS NULL OR sent_on < due_on))
      ) STRICT;
      CREATE INDEX recommendations_report ON recommendations (report_id);
      CREATE INDEX recommendations_stakeholder ON recommendations (stakeholder_id);
      CREATE TABLE recommendation_services (
        recommendation_id TEXT NOT NULL REFERENCES recommendations (id),
        service_id        TEXT NOT NULL REFERENCES services (id),
        PRIMARY KEY (recommendation_id, service_id)
      ) STRICT;
      CREATE INDEX recommendation_services_service ON recommendation_services (service_id);
      CREATE TABLE recommendation_stories (
        recommendation_id TEXT NOT NULL REFERENCES recommendations (id),
        story_id          TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        linked_by         TEXT REFERENCES users (id),
        linked_at         TEXT NOT NULL,
        PRIMARY KEY (recommendation_id, story_id)
      ) STRICT;
      CREATE INDEX recommendation_stories_story ON recommendation_stories (story_id);
      -- A saved search as it stood when the recommendation was written: the search itself may change or go.
      CREATE TABLE recommendation_searches (
        id                TEXT PRIMARY KEY,
        recommendation_id TEXT NOT NULL REFERENCES recommendations (id),
        saved_search_id   TEXT,
        name              TEXT NOT NULL,
        query             TEXT NOT NULL,
        filters           TEXT NOT NULL,
        story_count       INTEGER NOT NULL,
        taken_by          TEXT REFERENCES users (id),
        taken_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX recommendation_searches_of ON recommendation_searches (recommendation_id);
      CREATE TABLE recommendation_themes (
        recommendation_id TEXT NOT NULL REFERENCES recommendations (id),
        code_id           TEXT NOT NULL REFERENCES codes (id),
        theme             TEXT NOT NULL,
        parent            TEXT,
        story_count       INTEGER NOT NULL,
        taken_by          TEXT REFERENCES users (id),
        taken_at          TEXT NOT NULL,
        PRIMARY KEY (recommendation_id, code_id)
      ) STRICT;
      CREATE TABLE recommendation_responses (
        recommendation_id TEXT PRIMARY KEY REFERENCES recommendations (id),
        decision          TEXT NOT NULL CHECK (decision IN ('accepted', 'partly-accepted', 'not-accepted')),
        words             TEXT NOT NULL,
        received_on       TEXT NOT NULL,
        recorded_by       TEXT REFERENCES users (id),
        recorded_at       TEXT NOT NULL
      ) STRICT;

      CREATE TABLE agreed_issues (
        id             TEXT PRIMARY KEY,
        stakeholder_id TEXT NOT NULL REFERENCES stakeholders (id),
        service_id     TEXT REFERENCES services (id),
        title          TEXT NOT NULL,
        description    TEXT NOT NULL,
        agreed_on      TEXT NOT NULL,
        status         TEXT NOT NULL CHECK (status IN (${IMPLEMENTATION})),
        next_review_on TEXT,
        created_by     TEXT REFERENCES users (id),
        created_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agreed_issues_stakeholder ON agreed_issues (stakeholder_id);

      CREATE TABLE cqc_findings (
        id             TEXT PRIMARY KEY,
        service_id     TEXT NOT NULL REFERENCES services (id),
        stakeholder_id TEXT NOT NULL REFERENCES stakeholders (id),
        published_on   TEXT NOT NULL,
        ratings        TEXT NOT NULL,
        summary        TEXT NOT NULL,
        link           TEXT,
        status         TEXT NOT NULL CHECK (status IN (${IMPLEMENTATION})),
        next_review_on TEXT,
        created_by     TEXT REFERENCES users (id),
        created_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cqc_findings_stakeholder ON cqc_findings (stakeholder_id);
      CREATE TABLE cqc_finding_stories (
        finding_id TEXT NOT NULL REFERENCES cqc_findings (id),
        story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        PRIMARY KEY (finding_id, story_id)
      ) STRICT;
      CREATE INDEX cqc_finding_stories_story ON cqc_finding_stories (story_id);
      CREATE TABLE cqc_finding_links (
        finding_id        TEXT NOT NULL REFERENCES cqc_findings (id),
        recommendation_id TEXT REFERENCES recommendations (id),
        issue_id          TEXT REFERENCES agreed_issues (id),
        CHECK ((recommendation_id IS NULL) != (issue_id IS NULL)),
        UNIQUE (finding_id, recommendation_id, issue_id)
      ) STRICT;

      -- Progress on any action-plan item: exactly one of the three is set.
      CREATE TABLE plan_updates (
        id                TEXT PRIMARY KEY,
        recommendation_id TEXT REFERENCES recommendations (id),
        issue_id          TEXT REFERENCES agreed_issues (id),
        finding_id        TEXT REFERENCES cqc_findings (id),
        status            TEXT NOT NULL CHECK (status IN (${IMPLEMENTATION})),
        note              TEXT NOT NULL,
        updated_on        TEXT NOT NULL,
        next_review_on    TEXT,
        recorded_by       TEXT REFERENCES users (id),
        recorded_at       TEXT NOT NULL,
        CHECK ((recommendation_id IS NOT NULL) + (issue_id IS NOT NULL) + (finding_id IS NOT NULL) = 1)
      ) STRICT;
      CREATE INDEX plan_updates_recommendation ON plan_updates (recommendation_id) WHERE recommendation_id IS NOT NULL;
      CREATE INDEX plan_updates_issue ON plan_updates (issue_id) WHERE issue_id IS NOT NULL;
      CREATE INDEX plan_updates_finding ON plan_updates (finding_id) WHERE finding_id IS NOT NULL;

      -- Tables an administrator imported; the newest is in use, the shipped one when there is none.
      CREATE TABLE bank_holiday_tables (
        id          TEXT PRIMARY KEY,
        events      TEXT NOT NULL,
        runs_from   TEXT NOT NULL,
        runs_to     TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        imported_by TEXT REFERENCES users (id),
        imported_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
