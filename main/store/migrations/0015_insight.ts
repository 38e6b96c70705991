import type { Migration } from './migration';

/*
 * What a story contributes to the Insight counts. A story counts once in every row
 * of its month, channel, event and overall sentiment: once under theme '' (every
 * story) and once under each theme it is tagged with (a theme, or a sub-theme of it,
 * counted once however many of its tags fall under it, as the Stories list counts
 * themes). The service tables hold the same per service the story names, and per
 * service type (a story with two GP services counts once under 'gp').
 */
const month = (row: string) => `substr(${row}.heard_on, 1, 7)`;
const sentiment = (row: string) => `coalesce(${row}.sentiment, '')`;
const event = (row: string) => `coalesce(${row}.event_id, '')`;
/** The themes a story counts under, with '' for the story itself. */
const themesOf = (storyId: string) =>
  `(SELECT '' AS theme UNION SELECT coalesce(c.parent_id, c.id) FROM story_tags t JOIN codes c ON c.id = t.code_id WHERE t.story_id = ${storyId})`;
const topOf = (codeId: string) => `(SELECT coalesce(c.parent_id, c.id) FROM codes c WHERE c.id = ${codeId})`;
const typesOf = (storyId: string) => `(SELECT DISTINCT sv.type FROM story_services ss JOIN services sv ON sv.id = ss.service_id WHERE ss.story_id = ${storyId})`;
const bump = (delta: '+' | '-') => `ON CONFLICT DO UPDATE SET stories = stories ${delta} 1`;

/** Adds (+) or takes away (-) a whole story's contribution, from its row `r` (NEW or OLD). */
function wholeStory(r: 'NEW' | 'OLD', delta: '+' | '-'): string {
  if (delta === '+') {
    return `
      INSERT INTO insight_counts (month, channel, event, theme, sentiment, stories)
        SELECT ${month(r)}, ${r}.channel, ${event(r)}, th.theme, ${sentiment(r)}, 1 FROM ${themesOf(`${r}.id`)} th WHERE true ${bump('+')};
      INSERT INTO insight_service_counts (month, service, channel, event, theme, sentiment, stories)
        SELECT ${month(r)}, ss.service_id, ${r}.channel, ${event(r)}, th.theme, ${sentiment(r)}, 1 FROM story_services ss CROSS JOIN ${themesOf(`${r}.id`)} th
         WHERE ss.story_id = ${r}.id ${bump('+')};
      INSERT INTO insight_service_type_counts (month, service_type, channel, event, theme, sentiment, stories)
        SELECT ${month(r)}, ty.type, ${r}.channel, ${event(r)}, th.theme, ${sentiment(r)}, 1 FROM ${typesOf(`${r}.id`)} ty CROSS JOIN ${themesOf(`${r}.id`)} th WHERE true ${bump('+')};`;
  }
  return `
      UPDATE insight_counts SET stories = stories - 1
       WHERE month = ${month(r)} AND channel = ${r}.channel AND event = ${event(r)} AND sentiment = ${sentiment(r)} AND theme IN ${themesOf(`${r}.id`)};
      UPDATE insight_service_counts SET stories = stories - 1
       WHERE month = ${month(r)} AND channel = ${r}.channel AND event = ${event(r)} AND sentiment = ${sentiment(r)} AND theme IN ${themesOf(`${r}.id`)}
         AND service IN (SELECT service_id FROM story_services WHERE story_id = ${r}.id);
      UPDATE insight_service_type_counts SET stories = stories - 1
       WHERE month = ${month(r)} AND channel = ${r}.channel AND event = ${event(r)} AND sentiment = ${sentiment(r)} AND theme IN ${themesOf(`${r}.id`)} AND service_type IN ${typesOf(`${r}.id`)};`;
}

/** Whether the story has another tag (not this one) under the same theme. */
const otherTagUnder = (r: 'NEW' | 'OLD') =>
  `EXISTS (SELECT 1 FROM story_tags t JOIN codes c ON c.id = t.code_id
            WHERE t.story_id = ${r}.story_id AND t.id != ${r}.id AND coalesce(c.parent_id, c.id) = ${topOf(`${r}.code_id`)})`;

/** A theme arriving on (+) or leaving (-) a story, through its tag row `r`. */
function themeOnStory(r: 'NEW' | 'OLD', delta: '+' | '-'): string {
  const theme = topOf(`${r}.code_id`);
  if (delta === '+') {
    return `
      INSERT INTO insight_counts (month, channel, event, theme, sentiment, stories)
        SELECT ${month('s')}, s.channel, ${event('s')}, ${theme}, ${sentiment('s')}, 1 FROM stories s WHERE s.id = ${r}.story_id ${bump('+')};
      INSERT INTO insight_service_counts (month, service, channel, event, theme, sentiment, stories)
        SELECT ${month('s')}, ss.service_id, s.channel, ${event('s')}, ${theme}, ${sentiment('s')}, 1 FROM stories s JOIN story_services ss ON ss.story_id = s.id
         WHERE s.id = ${r}.story_id ${bump('+')};
      INSERT INTO insight_service_type_counts (month, service_type, channel, event, theme, sentiment, stories)
        SELECT ${month('s')}, ty.type, s.channel, ${event('s')}, ${theme}, ${sentiment('s')}, 1 FROM stories s CROSS JOIN ${typesOf(`${r}.story_id`)} ty
         WHERE s.id = ${r}.story_id ${bump('+')};`;
  }
  return `
      UPDATE insight_counts SET stories = stories - 1
       WHERE (month, channel, event, theme, sentiment) IN (SELECT ${month('s')}, s.channel, ${event('s')}, ${theme}, ${sentiment('s')} FROM stories s WHERE s.id = ${r}.story_id);
      UPDATE insight_service_counts SET stories = stories - 1
       WHERE (month, service, channel, event, theme, sentiment) IN
             (SELECT ${month('s')}, ss.service_id, s.channel, ${event('s')}, ${theme}, ${sentiment('s')} FROM stories s JOIN story_services ss ON ss.story_id = s.id WHERE s.id = ${r}.story_id);
      UPDATE insight_service_type_counts SET stories = stories - 1
       WHERE (month, service_type, channel, event, theme, sentiment) IN
             (SELECT ${month('s')}, ty.type, s.channel, ${event('s')}, ${theme}, ${sentiment('s')} FROM stories s CROSS JOIN ${typesOf(`${r}.story_id`)} ty WHERE s.id = ${r}.story_id);`;
}

/** Each story and service type it names, for the given types. */
const storyTypes = (types: string) => `SELECT DISTINCT ss.story_id, sv.type FROM story_services ss JOIN services sv ON sv.id = ss.service_id WHERE sv.type IN ${types}`;

/** Whether the story names another service (not this one) of the same type. */
const otherServiceOfType = (r: 'NEW' | 'OLD') =>
  `EXISTS (SELECT 1 FROM story_services ss JOIN services sv ON sv.id = ss.service_id
            WHERE ss.story_id = ${r}.story_id AND ss.service_id != ${r}.service_id AND sv.type = (SELECT type FROM services WHERE id = ${r}.service_id))`;

/** A service named on (+) or dropped from (-) a story, through its row `r` of story_services. */
function serviceOnStory(r: 'NEW' | 'OLD', delta: '+' | '-'): string {
  const type = `(SELECT type FROM services WHERE id = ${r}.service_id)`;
  if (delta === '+') {
    return `
      INSERT INTO insight_service_counts (month, service, channel, event, theme, sentiment, stories)
        SELECT ${month('s')}, ${r}.service_id, s.channel, ${event('s')}, th.theme, ${sentiment('s')}, 1 FROM stories s CROSS JOIN ${themesOf(`${r}.story_id`)} th
         WHERE s.id = ${r}.story_id ${bump('+')};
      INSERT INTO insight_service_type_counts (month, service_type, channel, event, theme, sentiment, stories)
        SELECT ${month('s')}, ${type}, s.channel, ${event('s')}, th.theme, ${sentiment('s')}, 1 FROM stories s CROSS JOIN ${themesOf(`${r}.story_id`)} th
         WHERE s.id = ${r}.story_id AND NOT ${otherServiceOfType(r)} ${bump('+')};`;
  }
  return `
      UPDATE insight_service_counts SET stories = stories - 1
       WHERE (month, service, channel, event, theme, sentiment) IN
             (SELECT ${month('s')}, ${r}.service_id, s.channel, ${event('s')}, th.theme, ${sentiment('s')} FROM stories s CROSS JOIN ${themesOf(`${r}.story_id`)} th WHERE s.id = ${r}.story_id);
      UPDATE insight_service_type_counts SET stories = stories - 1
       WHERE NOT ${otherServiceOfType(r)} AND (month, service_type, channel, event, theme, sentiment) IN
             (SELECT ${month('s')}, ${type}, s.channel, ${event('s')}, th.theme, ${sentiment('s')} FROM stories s CROSS JOIN ${themesOf(`${r}.story_id`)} th WHERE s.id = ${r}.story_id);`;
}

/** Recounts whole themes (after a code moves): rare, and read through the tags' indexes. */
const recountThemes = (themes: string) => `
      DELETE FROM insight_counts WHERE theme IN ${themes};
      DELETE FROM insight_service_counts WHERE theme IN ${themes};
      DELETE FROM insight_service_type_counts WHERE theme IN ${themes};
      INSERT INTO insight_counts (month, channel, event, theme, sentiment, stories)
        SELECT ${month('s')}, s.channel, ${event('s')}, st.theme, ${sentiment('s')}, count(*)
          FROM (SELECT DISTINCT t.story_id, coalesce(c.parent_id, c.id) AS theme FROM story_tags t JOIN codes c ON c.id = t.code_id
                 WHERE coalesce(c.parent_id, c.id) IN ${themes}) st JOIN stories s ON s.id = st.story_id GROUP BY 1, 2, 3, 4, 5;
      INSERT INTO insight_service_counts (month, service, channel, event, theme, sentiment, stories)
        SELECT ${month('s')}, ss.service_id, s.channel, ${event('s')}, st.theme, ${sentiment('s')}, count(*)
          FROM (SELECT DISTINCT t.story_id, coalesce(c.parent_id, c.id) AS theme FROM story_tags t JOIN codes c ON c.id = t.code_id
                 WHERE coalesce(c.parent_id, c.id) IN ${themes}) st JOIN stories s ON s.id = st.story_id JOIN story_services ss ON ss.story_id = s.id
         GROUP BY 1, 2, 3, 4, 5, 6;
      INSERT INTO insight_service_type_counts (month, service_type, channel, event, theme, sentiment, stories)
        SELECT ${month('s')}, st.type, s.channel, ${event('s')}, st.theme, ${sentiment('s')}, count(*)
          FROM (SELECT DISTINCT t.story_id, coalesce(c.parent_id, c.id) AS theme, sv.type FROM story_tags t JOIN codes c ON c.id = t.code_id
                  JOIN story_services ss ON ss.story_id = t.story_id JOIN services sv ON sv.id = ss.service_id
                 WHERE coalesce(c.parent_id, c.id) IN ${themes}) st JOIN stories s ON s.id = st.story_id GROUP BY 1, 2, 3, 4, 5, 6;`;

/**
 * Insight (issue 12): counts per month kept by triggers, so that a year's dashboard
 * over a million stories reads a few thousand rows instead of every story; quotes
 * staff chose per theme; census tables an administrator imported.
 */
export const insightMigration: Migration = {
  version: 15,
  name: 'insight',
  up(db) {
    db.exec(`
      CREATE TABLE insight_counts (
        month     TEXT NOT NULL,
        channel   TEXT NOT NULL,
        event     TEXT NOT NULL,
        theme     TEXT NOT NULL,
        sentiment TEXT NOT NULL,
        stories   INTEGER NOT NULL,
        PRIMARY KEY (month, channel, event, theme, sentiment)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE insight_service_counts (
        month     TEXT NOT NULL,
        service   TEXT NOT NULL,
        channel   TEXT NOT NULL,
        event     TEXT NOT NULL,
        theme     TEXT NOT NULL,
        sentiment TEXT NOT NULL,
        stories   INTEGER NOT NULL,
        PRIMARY KEY (month, service, channel, event, theme, sentiment)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE insight_service_type_counts (
        month        TEXT NOT NULL,
        service_type TEXT NOT NULL,
        channel      TEXT NOT NULL,
        event        TEXT NOT NULL,
        theme        TEXT NOT NULL,
        sentiment    TEXT NOT NULL,
        stories      INTEGER NOT NULL,
        PRIMARY KEY (month, service_type, channel, event, theme, sentiment)
      ) STRICT, WITHOUT ROWID;

      -- Before the row goes: its tags and services still name it, so its whole contribution
      -- can be taken away; their own delete triggers then find no story and change nothing.
      CREATE TRIGGER insight_story_delete BEFORE DELETE ON stories BEGIN ${wholeStory('OLD', '-')} END;
      CREATE TRIGGER insight_story_insert AFTER INSERT ON stories BEGIN ${wholeStory('NEW', '+')} END;
      CREATE TRIGGER insight_story_update AFTER UPDATE OF heard_on, channel, event_id, sentiment ON stories
        WHEN OLD.heard_on IS NOT NEW.heard_on OR OLD.channel IS NOT NEW.channel OR OLD.event_id IS NOT NEW.event_id OR OLD.sentiment IS NOT NEW.sentiment
      BEGIN ${wholeStory('OLD', '-')} ${wholeStory('NEW', '+')} END;

      CREATE TRIGGER insight_tag_insert AFTER INSERT ON story_tags WHEN NOT ${otherTagUnder('NEW')} BEGIN ${themeOnStory('NEW', '+')} END;
      CREATE TRIGGER insight_tag_delete AFTER DELETE ON story_tags WHEN NOT ${otherTagUnder('OLD')} BEGIN ${themeOnStory('OLD', '-')} END;
      CREATE TRIGGER insight_tag_update_old AFTER UPDATE OF story_id, code_id ON story_tags WHEN NOT ${otherTagUnder('OLD')} BEGIN ${themeOnStory('OLD', '-')} END;
      CREATE TRIGGER insight_tag_update_new AFTER UPDATE OF story_id, code_id ON story_tags WHEN NOT ${otherTagUnder('NEW')} BEGIN ${themeOnStory('NEW', '+')} END;
      CREATE TRIGGER insight_code_moved AFTER UPDATE OF parent_id ON codes WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
        ${recountThemes('(coalesce(OLD.parent_id, OLD.id), coalesce(NEW.parent_id, NEW.id))')}
      END;

      CREATE TRIGGER insight_service_insert AFTER INSERT ON story_services BEGIN ${serviceOnStory('NEW', '+')} END;
      CREATE TRIGGER insight_service_delete AFTER DELETE ON story_services BEGIN ${serviceOnStory('OLD', '-')} END;
      CREATE TRIGGER insight_service_type AFTER UPDATE OF type ON services WHEN OLD.type IS NOT NEW.type BEGIN
        DELETE FROM insight_service_type_counts WHERE service_type IN (OLD.type, NEW.type);
        INSERT INTO insight_service_type_counts (month, service_type, channel, event, theme, sentiment, stories)
          SELECT ${month('s')}, st.type, s.channel, ${event('s')}, '', ${sentiment('s')}, count(*)
            FROM (${storyTypes('(OLD.type, NEW.type)')}) st JOIN stories s ON s.id = st.story_id GROUP BY 1, 2, 3, 4, 6;
        INSERT INTO insight_service_type_counts (month, service_type, channel, event, theme, sentiment, stories)
          SELECT ${month('s')}, st.type, s.channel, ${event('s')}, coalesce(c.parent_id, c.id), ${sentiment('s')}, count(DISTINCT s.id)
            FROM (${storyTypes('(OLD.type, NEW.type)')}) st JOIN stories s ON s.id = st.story_id
            JOIN story_tags t ON t.story_id = s.id JOIN codes c ON c.id = t.code_id GROUP BY 1, 2, 3, 4, 5, 6;
      END;

      -- The counts as they stand.
      INSERT INTO insight_counts (month, channel, event, theme, sentiment, stories)
        SELECT ${month('s')}, s.channel, ${event('s')}, '', ${sentiment('s')}, count(*) FROM stories s GROUP BY 1, 2, 3, 5;
      INSERT INTO insight_service_counts (month, service, channel, event, theme, sentiment, stories)
        SELECT ${month('s')}, ss.service_id, s.channel, ${event('s')}, '', ${sentiment('s')}, count(*) FROM story_services ss JOIN stories s ON s.id = ss.story_id
         GROUP BY 1, 2, 3, 4, 6;
      INSERT INTO insight_service_type_counts (month, service_type, channel, event, theme, sentiment, stories)
        SELECT ${month('s')}, st.type, s.channel, ${event('s')}, '', ${sentiment('s')}, count(*)
          FROM (SELECT DISTINCT ss.story_id, sv.type FROM story_services ss JOIN services sv ON sv.id = ss.service_id) st
          JOIN stories s ON s.id = st.story_id GROUP BY 1, 2, 3, 4, 6;
      ${recountThemes('(SELECT coalesce(parent_id, id) FROM codes)')}

      -- A few anonymised, consented quotes per theme, chosen by staff (never automatically).
      CREATE TABLE insight_quotes (
        id        INTEGER PRIMARY KEY,
        story_id  TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        code_id   TEXT NOT NULL REFERENCES codes (id),
        chosen_by TEXT NOT NULL REFERENCES users (id),
        chosen_at TEXT NOT NULL,
        UNIQUE (code_id, story_id)
      ) STRICT;

      -- Census tables an administrator imported for an area, beside those shipped in resources/census.
      CREATE TABLE census_imports (
        area_code   TEXT NOT NULL,
        table_code  TEXT NOT NULL,
        area_name   TEXT NOT NULL,
        body        TEXT NOT NULL,
        source      TEXT NOT NULL,
        imported_by TEXT NOT NULL REFERENCES users (id),
        imported_at TEXT NOT NULL,
        PRIMARY KEY (area_code, table_code)
      ) STRICT;
    `);
  },
};
