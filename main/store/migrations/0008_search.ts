import type { Migration } from './migration';

/** Each filter's values as the count table names them; the value is the story's own column. */
const STORY_FACETS = `(VALUES ('total', ''), ('status', S.status), ('channel', S.channel), ('sentiment', S.sentiment), ('language', S.language),
  ('event', S.event_id), ('recorder', S.recorded_by), ('safeguarding', CASE S.safeguarding WHEN 1 THEN '1' END),
  ('consent_share', CASE S.consent_share WHEN 1 THEN '1' END))`;
const storyFacets = (row: 'NEW' | 'OLD') => STORY_FACETS.replace(/\bS\./g, `${row}.`);
const add = (row: 'NEW' | 'OLD') => `
  INSERT INTO story_facet_counts (facet, value, count) SELECT column1, column2, 1 FROM ${storyFacets(row)} WHERE column2 IS NOT NULL
    ON CONFLICT DO UPDATE SET count = count + 1;`;
const remove = (row: 'NEW' | 'OLD') => `
  UPDATE story_facet_counts SET count = count - 1 WHERE (facet, value) IN (SELECT column1, column2 FROM ${storyFacets(row)});`;

/** The theme a code counts under: itself, or the theme it sits under (as the search counts them). */
const topOf = (codeId: string) => `(SELECT coalesce(c.parent_id, c.id) FROM codes c WHERE c.id = ${codeId})`;
/** Whether the story has another tag (not this one) under the same theme. */
const otherTagUnder = (row: 'NEW' | 'OLD') =>
  `EXISTS (SELECT 1 FROM story_tags t JOIN codes c ON c.id = t.code_id
            WHERE t.story_id = ${row}.story_id AND t.id != ${row}.id AND coalesce(c.parent_id, c.id) = ${topOf(`${row}.code_id`)})`;
/** Whether the story has another service (not this one) of the same type. */
const otherServiceOfType = (row: 'NEW' | 'OLD') =>
  `EXISTS (SELECT 1 FROM story_services ss JOIN services sv ON sv.id = ss.service_id
            WHERE ss.story_id = ${row}.story_id AND ss.service_id != ${row}.service_id AND sv.type = (SELECT type FROM services WHERE id = ${row}.service_id))`;

/**
 * Counts per filter value over the whole store, kept by triggers, so the Stories
 * screen's first view (no search, no filter) shows exact counts at once instead of
 * reading a million stories. Searches and filters count their own matches.
 * Themes and service types count stories, not tags: a story with two sub-themes of
 * one theme counts once. Moving a code or changing a service's type recounts the
 * values it touches (rare, and read through indexes).
 */
export const searchMigration: Migration = {
  version: 8,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE story_facet_counts (
        facet TEXT NOT NULL,
        value TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (facet, value)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER story_facets_insert AFTER INSERT ON stories BEGIN ${add('NEW')} END;
      CREATE TRIGGER story_facets_delete AFTER DELETE ON stories BEGIN ${remove('OLD')} END;
      CREATE TRIGGER story_facets_update AFTER UPDATE OF status, channel, sentiment, language, event_id, recorded_by, safeguarding, consent_share ON stories
        WHEN OLD.status IS NOT NEW.status OR OLD.channel IS NOT NEW.channel OR OLD.sentiment IS NOT NEW.sentiment OR OLD.language IS NOT NEW.language
          OR OLD.event_id IS NOT NEW.event_id OR OLD.recorded_by IS NOT NEW.recorded_by OR OLD.safeguarding IS NOT NEW.safeguarding
          OR OLD.consent_share IS NOT NEW.consent_share
      BEGIN ${remove('OLD')} ${add('NEW')} END;

      CREATE TRIGGER story_facets_tag_insert AFTER INSERT ON story_tags WHEN NOT ${otherTagUnder('NEW')} BEGIN
        INSERT INTO story_facet_counts (facet, value, count) SELECT 'theme', ${topOf('NEW.code_id')}, 1 WHERE true
          ON CONFLICT DO UPDATE SET count = count + 1;
      END;
      CREATE TRIGGER story_facets_tag_delete AFTER DELETE ON story_tags WHEN NOT ${otherTagUnder('OLD')} BEGIN
        UPDATE story_facet_counts SET count = count - 1 WHERE facet = 'theme' AND value = ${topOf('OLD.code_id')};
      END;
      CREATE TRIGGER story_facets_tag_update AFTER UPDATE OF story_id, code_id ON story_tags BEGIN
        UPDATE story_facet_counts SET count = count - 1 WHERE facet = 'theme' AND value = ${topOf('OLD.code_id')} AND NOT ${otherTagUnder('OLD')};
        INSERT INTO story_facet_counts (facet, value, count) SELECT 'theme', ${topOf('NEW.code_id')}, 1 WHERE NOT ${otherTagUnder('NEW')}
          ON CONFLICT DO UPDATE SET count = count + 1;
      END;
      CREATE TRIGGER story_facets_code_moved AFTER UPDATE OF parent_id ON codes WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
        DELETE FROM story_facet_counts WHERE facet = 'theme' AND value IN (coalesce(OLD.parent_id, OLD.id), coalesce(NEW.parent_id, NEW.id));
        INSERT INTO story_facet_counts (facet, value, count)
          SELECT 'theme', coalesce(c.parent_id, c.id), count(DISTINCT t.story_id) FROM codes c CROSS JOIN story_tags t ON t.code_id = c.id
           WHERE coalesce(c.parent_id, c.id) IN (coalesce(OLD.parent_id, OLD.id), coalesce(NEW.parent_id, NEW.id)) GROUP BY 2;
      END;

      CREATE TRIGGER story_facets_service_insert AFTER INSERT ON story_services BEGIN
        INSERT INTO story_facet_counts (facet, value, count) SELECT 'service', NEW.service_id, 1 WHERE true
          ON CONFLICT DO UPDATE SET count = count + 1;
        INSERT INTO story_facet_counts (facet, value, count) SELECT 'service_type', type, 1 FROM services WHERE id = NEW.service_id AND NOT ${otherServiceOfType('NEW')}
          ON CONFLICT DO UPDATE SET count = count + 1;
      END;
      CREATE TRIGGER story_facets_service_delete AFTER DELETE ON story_services BEGIN
        UPDATE story_facet_counts SET count = count - 1 WHERE facet = 'service' AND value = OLD.service_id;
        UPDATE story_facet_counts SET count = count - 1
         WHERE facet = 'service_type' AND value = (SELECT type FROM services WHERE id = OLD.service_id) AND NOT ${otherServiceOfType('OLD')};
      END;
      CREATE TRIGGER story_facets_service_type AFTER UPDATE OF type ON services WHEN OLD.type IS NOT NEW.type BEGIN
        DELETE FROM story_facet_counts WHERE facet = 'service_type' AND value IN (OLD.type, NEW.type);
        INSERT INTO story_facet_counts (facet, value, count)
          SELECT 'service_type', sv.type, count(DISTINCT ss.story_id) FROM services sv CROSS JOIN story_services ss ON ss.service_id = sv.id
           WHERE sv.type IN (OLD.type, NEW.type) GROUP BY 2;
      END;

      -- The Stories list filtered by dates heard is listed in this order (main/workbench/list-order.ts):
      -- walking a range in it and stopping after one page is what keeps that list fast at a million
      -- stories, with or without ANALYZE's statistics; safeguarding stories, rare, have their own.
      -- It also serves every heard_on range, so the plain heard_on index of 0004 goes.
      CREATE INDEX stories_heard_order ON stories (heard_on DESC, created_at DESC, id DESC);
      CREATE INDEX stories_heard_safeguarding ON stories (heard_on DESC, created_at DESC, id DESC) WHERE safeguarding = 1;
      DROP INDEX stories_heard;

      -- The counts as they stand: one pass over the stories for their own columns.
      INSERT INTO story_facet_counts (facet, value, count)
        WITH cube AS MATERIALIZED (
          SELECT status, channel, sentiment, language, event_id, recorded_by, safeguarding, consent_share, count(*) AS n FROM stories GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)
        SELECT 'total', '', sum(n) FROM cube HAVING sum(n) > 0
        UNION ALL SELECT 'status', status, sum(n) FROM cube GROUP BY 2
        UNION ALL SELECT 'channel', channel, sum(n) FROM cube GROUP BY 2
        UNION ALL SELECT 'sentiment', sentiment, sum(n) FROM cube WHERE sentiment IS NOT NULL GROUP BY 2
        UNION ALL SELECT 'language', language, sum(n) FROM cube GROUP BY 2
        UNION ALL SELECT 'event', event_id, sum(n) FROM cube WHERE event_id IS NOT NULL GROUP BY 2
        UNION ALL SELECT 'recorder', recorded_by, sum(n) FROM cube GROUP BY 2
        UNION ALL SELECT 'safeguarding', '1', sum(n) FROM cube WHERE safeguarding = 1 HAVING sum(n) > 0
        UNION ALL SELECT 'consent_share', '1', sum(n) FROM cube WHERE consent_share = 1 HAVING sum(n) > 0;
      INSERT INTO story_facet_counts (facet, value, count)
        SELECT 'theme', coalesce(c.parent_id, c.id), count(DISTINCT t.story_id) FROM codes c CROSS JOIN story_tags t ON t.code_id = c.id GROUP BY 2;
      INSERT INTO story_facet_counts (facet, value, count)
        SELECT 'service', service_id, count(*) FROM story_services GROUP BY 2;
      INSERT INTO story_facet_counts (facet, value, count)
        SELECT 'service_type', sv.type, count(DISTINCT ss.story_id) FROM services sv CROSS JOIN story_services ss ON ss.service_id = sv.id GROUP BY 2;
    `);
  },
};
