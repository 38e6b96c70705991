/**
 * The recent search indexes (migration 0009) let go of a story each time a new one
 * is saved past RECENT_SEARCH_STORIES, and an edited story's old words leave them
 * too. They are contentless_delete FTS5 tables: each removed row is listed as a
 * tombstone beside the segment that holds it, and every search checks each row it
 * reads against those lists. At 100,000 stories a common word's search takes 3.5 ms
 * with none, 17 ms after 100 and 38 ms after 1,000 (docs/benchmarks.md), so a store
 * in daily use slowly loses the index's point. Merging the index into one segment
 * drops them. FTS5 merges in steps ('merge' with a negative page budget), so the
 * database worker runs the steps in its idle slices, after any catch-up.
 */
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

const RECENT_INDEXES = ['story_recent_fts', 'story_recent_redacted_fts'] as const;
type RecentIndex = (typeof RECENT_INDEXES)[number];

/** Tombstones an index may gather before it is merged: searches are then about 5 times slower than merged. */
export const COMPACT_AT_TOMBSTONES = 100;
/** Leaf pages written per step: about 40 ms at 100,000 stories, so a request waits at most that long. */
export const COMPACT_SLICE_PAGES = 40;

/** FTS5's varint (SQLite's): big-endian 7-bit groups, the ninth byte whole. */
function readVarint(bytes: Uint8Array, at: number): { value: number; next: number } {
  const byteAt = (i: number) => {
    const byte = bytes[at + i];
    if (byte === undefined) throw new RangeError('structure record ends inside a number');
    return byte;
  };
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const byte = byteAt(i);
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, next: at + i + 1 };
  }
  return { value: value * 256 + byteAt(8), next: at + 9 };
}

const STRUCTURE_V2 = [0xff, 0x00, 0x00, 0x01];

/**
 * The tombstones listed in an FTS5 index's structure record (row 10 of its %_data
 * table; the layout is fts5StructureDecode's in SQLite's fts5_index.c). Only the V2
 * record, which contentless_delete tables write, has them: 0 for any other. Null
 * when the record cannot be read, so that a change in SQLite's layout costs only
 * the merging, never the index (a test pins the layout to the SQLite we ship).
 */
export function tombstonesOf(db: Db, index: RecentIndex): number | null {
  const record = prepared(db, `SELECT block FROM ${index}_data WHERE id = 10`).pluck().get() as Buffer | undefined;
  if (!record) return null;
  if (!STRUCTURE_V2.every((byte, i) => record[4 + i] === byte)) return 0;
  try {
    let at = 8;
    const take = () => {
      const { value, next } = readVarint(record, at);
      at = next;
      return value;
    };
    const levels = take();
    take(); // segments, counted again level by level
    take(); // write counter
    let tombstones = 0;
    for (let level = 0; level < levels; level++) {
      take(); // segments being merged
      const segments = take();
      for (let segment = 0; segment < segments; segment++) {
        for (let field = 0; field < 6; field++) take(); // id, first and last page, origins, tombstone pages
        tombstones += take();
        take(); // entries
      }
    }
    return tombstones;
  } catch {
    return null;
  }
}

/** One merging step, in its own transaction; whether it wrote anything (FTS5 changes the structure record at least when it does). */
function mergeStep(db: Db, index: RecentIndex, pages: number): boolean {
  const totalChanges = () => prepared(db, 'SELECT total_changes()').pluck().get() as number;
  return db.transaction(() => {
    const before = totalChanges();
    prepared(db, `INSERT INTO ${index} (${index}, rank) VALUES ('merge', ?)`).run(-pages);
    return totalChanges() - before > 1;
  })();
}

/**
 * One step of merging the first recent index that has gathered COMPACT_AT_TOMBSTONES.
 * Answers whether it did any work (so another step may follow); a merge that is
 * under way keeps its inputs' tombstones until it finishes, so it is carried on.
 */
export function compactRecentSearch(db: Db, pages = COMPACT_SLICE_PAGES): boolean {
  for (const index of RECENT_INDEXES) {
    if ((tombstonesOf(db, index) ?? 0) >= COMPACT_AT_TOMBSTONES && mergeStep(db, index, pages)) return true;
  }
  return false;
}
