/** Checks on the index of recent stories (migration 0009) shared by the tests that change it. */
import { expect } from 'vitest';
import type { Services } from '../../main/core/services';
import type { Db } from '../../main/store/database';

export const floorOf = (db: Db) => db.prepare('SELECT floor FROM story_recent_floor').pluck().get() as number;

type Index = 'story_fts' | 'story_recent_fts' | 'story_redacted_fts' | 'story_recent_redacted_fts';

/** Every word the index knows, and the stories above the floor it finds for each. */
function wordsAboveFloor(db: Db, index: Index, alsoWordsOf: Index): Record<string, number[]> {
  for (const name of [index, alsoWordsOf]) db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${name}_words USING fts5vocab(main, ${name}, row)`);
  const terms = db.prepare(`SELECT term FROM temp.${index}_words UNION SELECT term FROM temp.${alsoWordsOf}_words`).pluck().all() as string[];
  const find = db.prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ? AND rowid > CAST(? AS INTEGER) ORDER BY rowid`).pluck();
  const floor = floorOf(db);
  const words: Record<string, number[]> = {};
  for (const term of terms) {
    const found = find.all(`"${term.replace(/"/g, '""')}"`, floor) as number[];
    if (found.length > 0) words[term] = found;
  }
  return words;
}

/** The recent index finds, for every word, exactly what the full index finds above the floor; so does volunteers' twin. */
export function expectIndexesAgree(db: Db): void {
  for (const [full, recent] of [
    ['story_fts', 'story_recent_fts'],
    ['story_redacted_fts', 'story_recent_redacted_fts'],
  ] as const) {
    const words = wordsAboveFloor(db, recent, full);
    expect(Object.keys(words).length, recent).toBeGreaterThan(0);
    expect(words, recent).toEqual(wordsAboveFloor(db, full, recent));
    expect(() => db.exec(`INSERT INTO ${recent} (${recent}, rank) VALUES ('integrity-check', 0)`)).not.toThrow();
  }
}

/**
 * A story that arrives as if RECENT_SEARCH_STORIES more had been saved: a copy of an
 * existing story's row under a new seq and id, its words inserted as the story service does.
 */
export function storyFarAhead(db: Db, like: string, seq: number, text: string): string {
  const id = `far-${seq}`;
  const columns = (db.prepare("SELECT name FROM pragma_table_info('stories') WHERE name NOT IN ('seq', 'id', 'draft_id')").pluck().all() as string[]).join(', ');
  db.prepare(`INSERT INTO stories (seq, id, ${columns}) SELECT ?, ?, ${columns} FROM stories WHERE id = ?`).run(seq, id, like);
  db.prepare(
    `INSERT INTO story_revisions (story_id, revision, text, sha256, reason, revised_by, revised_at)
     SELECT ?, 1, ?, sha256, reason, revised_by, revised_at FROM story_revisions WHERE story_id = ? AND revision = 1`,
  ).run(id, text, like);
  return id;
}

/** Every story a search finds, through all its pages. */
export function searchAll(services: Services, query: string): string[] {
  const seen: string[] = [];
  let after: string | undefined;
  do {
    const page = services.search.search({ query, filters: {}, after, limit: 200 });
    seen.push(...page.items.map((item) => item.id));
    after = page.nextCursor ?? undefined;
  } while (after);
  return seen;
}
