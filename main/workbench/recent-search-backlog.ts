/**
 * A bulk import (a transfer file, a sync's pull) leaves the recent search index
 * (migration 0009) behind instead of keeping it in step story by story: its
 * triggers cost an import of 100,000 new stories about 6.5 s inside the one
 * writing transaction. The stories left out are remembered as a backlog; while
 * one is waiting, searches use the full indexes (which always hold every story),
 * and the worker catches the recent indexes up in short slices when it is idle.
 *
 * The triggers write words into the recent indexes only for stories numbered
 * above story_recent_floor, so raising the floor past every number while the new
 * stories are written turns them off for those stories (no migration needed);
 * the floor is then put where the triggers would have left it. What the recent
 * indexes still hold below that floor is trimmed by the catch-up too.
 */
import type { Db } from '../store/database';
import { RECENT_SEARCH_STORIES } from '../store/migrations/0009_recent_search';
import { prepared } from '../store/prepared';
import { topStorySeq } from '../store/bulk-derived';
import { readSetting, writeSetting } from '../store/settings-table';
import { compactRecentSearch } from './recent-search-compaction';

const BACKLOG_SETTING = 'recent_search_backlog';
/** Above every story number: the recent index triggers write nothing while the floor is here. */
const TRIGGERS_OFF = Number.MAX_SAFE_INTEGER;
/** Stories per catch-up slice: each slice is one short transaction (tens of milliseconds). */
export const CATCH_UP_SLICE = 500;

/** Story numbers in (after, upTo]. */
interface SeqRange {
  after: number;
  upTo: number;
}

interface Backlog {
  /** Stories whose words may be missing from the recent indexes. */
  fill: SeqRange | null;
  /** Stories at or below the floor whose words may linger there. */
  trim: SeqRange | null;
}

const floorOf = (db: Db) => prepared(db, 'SELECT floor FROM story_recent_floor').pluck().get() as number;
const setFloor = (db: Db, floor: number) => prepared(db, 'UPDATE story_recent_floor SET floor = ?').run(floor);

function readBacklog(db: Db): Backlog | null {
  const saved = readSetting(db, BACKLOG_SETTING);
  return saved ? (JSON.parse(saved) as Backlog) : null;
}

function writeBacklog(db: Db, backlog: Backlog): void {
  if (backlog.fill === null && backlog.trim === null) prepared(db, 'DELETE FROM settings WHERE key = ?').run(BACKLOG_SETTING);
  else writeSetting(db, BACKLOG_SETTING, JSON.stringify(backlog));
}

const union = (a: SeqRange | null, b: SeqRange | null): SeqRange | null => {
  if (a === null || b === null) return a ?? b;
  return { after: Math.min(a.after, b.after), upTo: Math.max(a.upTo, b.upTo) };
};
const nonEmpty = (range: SeqRange): SeqRange | null => (range.upTo > range.after ? range : null);

/**
 * Runs `insertNewStories` (inside the caller's transaction) with the recent
 * indexes left behind for the stories it adds, and records them as backlog.
 */
export function withRecentSearchDeferred<T>(db: Db, insertNewStories: () => T): T {
  const floorBefore = floorOf(db);
  const topBefore = topStorySeq(db);
  setFloor(db, TRIGGERS_OFF);
  const result = insertNewStories();
  const top = topStorySeq(db);
  const floor = Math.max(floorBefore, top - RECENT_SEARCH_STORIES);
  setFloor(db, floor);
  const backlog = readBacklog(db) ?? { fill: null, trim: null };
  writeBacklog(db, {
    fill: union(backlog.fill, nonEmpty({ after: topBefore, upTo: top })),
    trim: union(backlog.trim, nonEmpty({ after: floorBefore, upTo: Math.min(floor, topBefore) })),
  });
  return result;
}

/** Whether the recent indexes are missing stories (searches must then use the full ones). */
export function recentSearchBehind(db: Db): boolean {
  return readBacklog(db)?.fill != null;
}

/** Story numbers in the range, the first `limit` of them, and where the range stands after them. */
function nextSlice(db: Db, range: SeqRange, limit: number): { seqs: number[]; rest: SeqRange | null } {
  const seqs = prepared(db, 'SELECT seq FROM stories WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?').pluck().all(range.after, range.upTo, limit) as number[];
  return { seqs, rest: seqs.length < limit ? null : nonEmpty({ after: seqs.at(-1)!, upTo: range.upTo }) };
}

function forget(db: Db, seqs: readonly number[]): void {
  const words = prepared(db, 'DELETE FROM story_recent_fts WHERE rowid = ?');
  const redacted = prepared(db, 'DELETE FROM story_recent_redacted_fts WHERE rowid = ?');
  for (const seq of seqs) {
    words.run(seq);
    redacted.run(seq);
  }
}

/**
 * One slice of catching up, in its own transaction: trims, then fills, up to
 * `limit` stories. A story corrected since the import has had its words written
 * by the triggers already, so each story's words are removed before they are
 * written (removing words that are not there is harmless; writing them twice is not).
 * Answers whether any backlog remains.
 */
export function catchUpRecentSearch(db: Db, limit = CATCH_UP_SLICE): boolean {
  return db.transaction(() => {
    const backlog = readBacklog(db);
    if (!backlog) return false;
    if (backlog.trim) {
      const { seqs, rest } = nextSlice(db, backlog.trim, limit);
      forget(db, seqs);
      writeBacklog(db, { ...backlog, trim: rest });
    } else if (backlog.fill) {
      const { seqs, rest } = nextSlice(db, backlog.fill, limit);
      forget(db, seqs);
      if (seqs.length > 0) {
        const floor = floorOf(db);
        const [first, last] = [seqs[0]!, seqs.at(-1)!];
        prepared(
          db,
          `INSERT INTO story_recent_fts (rowid, text, translation)
             SELECT seq, text, translation FROM story_search_source WHERE seq BETWEEN ? AND ? AND seq > ?`,
        ).run(first, last, floor);
        prepared(
          db,
          `INSERT INTO story_recent_redacted_fts (rowid, text)
             SELECT s.seq, x.text FROM story_redactions x JOIN stories s ON s.id = x.story_id WHERE s.seq BETWEEN ? AND ? AND s.seq > ?`,
        ).run(first, last, floor);
      }
      writeBacklog(db, { ...backlog, fill: rest });
    }
    return readBacklog(db) !== null;
  })();
}

/** Quiet time after the last request before catching up (as the WAL checkpoint waits). */
const IDLE_MS = 300;

/**
 * Catches the recent indexes up in the database worker's pauses, then merges away
 * what they have let go of (recent-search-compaction.ts): after each request it
 * waits for a quiet moment, then runs slices one after another, each its own turn
 * of the event loop, so a request that arrives waits at most one slice, and the
 * wait starts again after it. The backlog and FTS5's merge are in the store, so
 * work cut short by a lock or a restart goes on from where it got to.
 */
export class RecentSearchCatchUp {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly openDb: () => Db | null) {}

  requestFinished(): void {
    this.stop();
    this.timer = setTimeout(() => this.slice(), IDLE_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private slice(): void {
    this.timer = null;
    const db = this.openDb();
    if (!db || !(catchUpRecentSearch(db) || compactRecentSearch(db))) return;
    this.timer = setTimeout(() => this.slice(), 0);
    this.timer.unref();
  }
}
