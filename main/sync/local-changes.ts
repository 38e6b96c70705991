/**
 * What this laptop has changed since its last push, found from what the store
 * already records rather than from triggers of its own: the audit trail (every
 * change a person makes to a story, a service, an event or a person is audited),
 * the tags' row numbers (tags are not audited) and the codebook's history. What a
 * merge brings in is audited once, as the import, not per story, so stories that
 * arrived through sync are not sent back; stories brought in from a transfer file
 * are (their field audit entries carry the file's SHA-256).
 */
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting, writeSetting } from '../store/settings-table';
import type { ExtraReferences } from '../transfer/transfer-export';

/** Where the last push got to: the audit trail's seq, the tags' id, the codebook history's seq. */
export interface PushCursor {
  audit: number;
  tag: number;
  code: number;
}

export interface LocalChanges {
  storyIds: string[];
  references: ExtraReferences;
  /** Where the next push starts once these are on the server. */
  upTo: PushCursor;
}

const CURSOR_SETTING = 'sync_push_cursor';

export function readPushCursor(db: Db): PushCursor {
  const saved = readSetting(db, CURSOR_SETTING);
  return saved ? (JSON.parse(saved) as PushCursor) : { audit: 0, tag: 0, code: 0 };
}

export function writePushCursor(db: Db, cursor: PushCursor): void {
  writeSetting(db, CURSOR_SETTING, JSON.stringify(cursor));
}

export function currentHeads(db: Db): PushCursor {
  const max = (sql: string) => (prepared(db, sql).pluck().get() as number | null) ?? 0;
  return {
    audit: max('SELECT max(seq) FROM audit_log'),
    tag: max('SELECT max(id) FROM story_tags'),
    code: max('SELECT max(seq) FROM code_history'),
  };
}

/** Audited actions that change nothing another laptop holds. */
const NOT_CHANGES = "'user.sign-in', 'user.pin-change', 'event.join'";

/** Ids of this kind of entity audited after `after` (up to `upTo`), that still exist. */
function audited(db: Db, entityType: string, table: string, after: number, upTo: number): string[] {
  return prepared(
    db,
    `SELECT DISTINCT a.entity_id FROM audit_log a JOIN ${table} t ON t.id = a.entity_id
      WHERE a.seq > ? AND a.seq <= ? AND a.entity_type = ? AND a.action NOT IN (${NOT_CHANGES}) ORDER BY a.entity_id`,
  )
    .pluck()
    .all(after, upTo, entityType) as string[];
}

/** Stories taken in from transfer files (not from sync) after `after`. */
function fromTransferFiles(db: Db, after: number, upTo: number): string[] {
  return prepared(
    db,
    `SELECT DISTINCT s.id FROM audit_log a
       JOIN imported_audit i ON i.import_sha256 = json_extract(a.details, '$.sha256')
       JOIN stories s ON s.id = json_extract(i.entry, '$.entity_id')
      WHERE a.seq > ? AND a.seq <= ? AND a.action = 'transfer.import'
        AND json_extract(i.entry, '$.entity_type') = 'story'
        AND NOT EXISTS (SELECT 1 FROM sync_applied_batches b WHERE b.sha256 = json_extract(a.details, '$.sha256'))`,
  )
    .pluck()
    .all(after, upTo) as string[];
}

export function localChanges(db: Db, from: PushCursor): LocalChanges {
  const upTo = currentHeads(db);
  const tagged = prepared(db, 'SELECT DISTINCT story_id FROM story_tags WHERE id > ? AND id <= ?').pluck().all(from.tag, upTo.tag) as string[];
  const storyIds = [...new Set([...audited(db, 'story', 'stories', from.audit, upTo.audit), ...fromTransferFiles(db, from.audit, upTo.audit), ...tagged])];
  const codes = prepared(db, 'SELECT DISTINCT code_id FROM code_history WHERE seq > ? AND seq <= ?').pluck().all(from.code, upTo.code) as string[];
  return {
    storyIds,
    references: {
      services: audited(db, 'service', 'services', from.audit, upTo.audit),
      events: audited(db, 'event', 'events', from.audit, upTo.audit),
      users: audited(db, 'user', 'users', from.audit, upTo.audit),
      codes,
    },
    upTo,
  };
}

export const changeCount = (changes: LocalChanges): number =>
  changes.storyIds.length + Object.values(changes.references).reduce((sum, ids) => sum + ids.length, 0);
