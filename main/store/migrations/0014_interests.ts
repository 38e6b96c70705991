import type { Migration } from './migration';

const KINDS = `'employment', 'financial', 'family', 'voluntary-role', 'political-role'`;
const CAPACITIES = `'staff', 'volunteer', 'board-member', 'authorised-representative', 'other'`;
const ACTIONS = `'code', 'review', 'check-masks', 'recommend'`;
const SUBJECTS = `'story', 'report', 'recommendation', 'sample'`;

/**
 * The register of interests (issue 13): the people on it (everyone with an account,
 * by their user id, and board members and others without one), their declared
 * interests with how each is managed, their dated declarations (the 12-month clock;
 * "nothing to declare" too), and the management of conflicts: refusals waiting for
 * an administrator, work given to someone else, and work allowed with a reason.
 * Nothing is deleted, except the conflict records of a story that is itself deleted
 * (a person withdrew consent).
 */
export const interestsMigration: Migration = {
  version: 14,
  name: 'interests',
  up(db) {
    db.exec(`
      CREATE TABLE interest_people (
        id         TEXT PRIMARY KEY,
        user_id    TEXT UNIQUE REFERENCES users (id),
        name       TEXT,
        capacity   TEXT CHECK (capacity IN (${CAPACITIES})),
        added_by   TEXT REFERENCES users (id),
        added_at   TEXT NOT NULL,
        left_at    TEXT,
        -- An account holder's row has their user id as its id, and takes name and capacity from the account.
        CHECK ((user_id IS NULL AND name IS NOT NULL AND capacity IS NOT NULL) OR (user_id = id AND name IS NULL AND capacity IS NULL))
      ) STRICT;

      CREATE TABLE interests (
        id             TEXT PRIMARY KEY,
        person_id      TEXT NOT NULL REFERENCES interest_people (id),
        kind           TEXT NOT NULL CHECK (kind IN (${KINDS})),
        service_id     TEXT REFERENCES services (id),
        stakeholder_id TEXT REFERENCES stakeholders (id),
        organisation   TEXT,
        description    TEXT NOT NULL,
        from_on        TEXT NOT NULL,
        to_on          TEXT,
        management     TEXT NOT NULL,
        refuses        TEXT NOT NULL DEFAULT '[]',
        declared_by    TEXT REFERENCES users (id),
        declared_at    TEXT NOT NULL,
        updated_by     TEXT REFERENCES users (id),
        updated_at     TEXT,
        CHECK ((service_id IS NOT NULL) + (stakeholder_id IS NOT NULL) + (organisation IS NOT NULL) = 1),
        CHECK (to_on IS NULL OR to_on >= from_on)
      ) STRICT;
      CREATE INDEX interests_person ON interests (person_id);
      CREATE INDEX interests_service ON interests (service_id) WHERE service_id IS NOT NULL;
      CREATE INDEX interests_stakeholder ON interests (stakeholder_id) WHERE stakeholder_id IS NOT NULL;

      CREATE TABLE interest_declarations (
        id                 TEXT PRIMARY KEY,
        person_id          TEXT NOT NULL REFERENCES interest_people (id),
        declared_on        TEXT NOT NULL,
        nothing_to_declare INTEGER NOT NULL CHECK (nothing_to_declare IN (0, 1)),
        interest_ids       TEXT NOT NULL DEFAULT '[]',
        recorded_by        TEXT REFERENCES users (id),
        recorded_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX interest_declarations_person ON interest_declarations (person_id, declared_on);

      CREATE TABLE conflict_refusals (
        id           TEXT PRIMARY KEY,
        user_id      TEXT NOT NULL REFERENCES users (id),
        action       TEXT NOT NULL CHECK (action IN (${ACTIONS})),
        subject_type TEXT NOT NULL CHECK (subject_type IN (${SUBJECTS})),
        subject_id   TEXT NOT NULL,
        interest_ids TEXT NOT NULL,
        refused_at   TEXT NOT NULL,
        resolved_at  TEXT
      ) STRICT;
      CREATE INDEX conflict_refusals_open ON conflict_refusals (refused_at) WHERE resolved_at IS NULL;
      CREATE INDEX conflict_refusals_subject ON conflict_refusals (subject_type, subject_id);

      CREATE TABLE conflict_reassignments (
        id           TEXT PRIMARY KEY,
        action       TEXT NOT NULL CHECK (action IN (${ACTIONS})),
        subject_type TEXT NOT NULL CHECK (subject_type IN (${SUBJECTS})),
        subject_id   TEXT NOT NULL,
        from_user    TEXT NOT NULL REFERENCES users (id),
        to_user      TEXT NOT NULL REFERENCES users (id),
        reason       TEXT NOT NULL,
        assigned_by  TEXT NOT NULL REFERENCES users (id),
        assigned_at  TEXT NOT NULL,
        started_at   TEXT,
        CHECK (from_user != to_user)
      ) STRICT;
      CREATE INDEX conflict_reassignments_to ON conflict_reassignments (to_user, assigned_at) WHERE started_at IS NULL;
      CREATE INDEX conflict_reassignments_subject ON conflict_reassignments (subject_type, subject_id);

      CREATE TABLE conflict_overrides (
        id           TEXT PRIMARY KEY,
        user_id      TEXT NOT NULL REFERENCES users (id),
        action       TEXT NOT NULL CHECK (action IN (${ACTIONS})),
        subject_type TEXT NOT NULL CHECK (subject_type IN (${SUBJECTS})),
        subject_id   TEXT NOT NULL,
        reason       TEXT NOT NULL CHECK (trim(reason) != ''),
        granted_by   TEXT NOT NULL REFERENCES users (id),
        granted_at   TEXT NOT NULL,
        CHECK (user_id != granted_by)
      ) STRICT;
      CREATE INDEX conflict_overrides_subject ON conflict_overrides (subject_type, subject_id);

      CREATE TRIGGER stories_conflicts_gone AFTER DELETE ON stories BEGIN
        DELETE FROM conflict_refusals WHERE subject_type = 'story' AND subject_id = OLD.id;
        DELETE FROM conflict_reassignments WHERE subject_type = 'story' AND subject_id = OLD.id;
        DELETE FROM conflict_overrides WHERE subject_type = 'story' AND subject_id = OLD.id;
      END;
    `);
  },
};
