import type { Migration } from './migration';

/**
 * Pre-election periods (from the notice of election to polling day), during which an
 * export needs a checklist confirmation and a scan for party-political content.
 * Removing one keeps the row (removed_at), so past exports still name their period.
 */
export const exportMigration: Migration = {
  version: 5,
  name: 'export',
  up(db) {
    db.exec(`
      CREATE TABLE election_periods (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        notice_date TEXT NOT NULL,
        polling_day TEXT NOT NULL,
        candidates  TEXT NOT NULL DEFAULT '[]',
        created_by  TEXT REFERENCES users (id),
        created_at  TEXT NOT NULL,
        removed_by  TEXT REFERENCES users (id),
        removed_at  TEXT,
        CHECK (notice_date <= polling_day)
      ) STRICT;
      CREATE INDEX election_periods_dates ON election_periods (notice_date, polling_day) WHERE removed_at IS NULL;
    `);
  },
};
