/**
 * Stories changed both here and on a field laptop. Both versions were kept at
 * import; a person chooses which one stands (the other stays in the history) and
 * the choice is audited.
 */
import { ServiceError } from '../../shared/result';
import type { ConflictField, TransferConflict } from '../../shared/transfer/schemas';
import type { User } from '../../shared/users/schemas';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { writeFields, type StoryFields } from './story-fields';

const EXCERPT_LENGTH = 160;
const MAX_LISTED = 500;

interface ConflictRow {
  id: number;
  story_id: string;
  source_device: string;
  kind: 'words' | 'fields';
  office_revision: number | null;
  field_revision: number | null;
  field_values: string | null;
  differing: string;
  imported_at: string;
  resolved_at: string | null;
  text: string;
}

const SELECT_CONFLICTS = `
  SELECT c.*, r.text AS text FROM story_conflicts c
    JOIN stories s ON s.id = c.story_id
    JOIN story_revisions r ON r.story_id = s.id AND r.revision = s.current_revision`;

const toConflict = (row: ConflictRow): TransferConflict => ({
  id: row.id,
  storyId: row.story_id,
  excerpt: row.text.length > EXCERPT_LENGTH ? `${row.text.slice(0, EXCERPT_LENGTH)}…` : row.text,
  sourceDevice: row.source_device,
  kind: row.kind,
  officeRevision: row.office_revision,
  fieldRevision: row.field_revision,
  differing: JSON.parse(row.differing) as ConflictField[],
  importedAt: row.imported_at,
});

export function listOpenConflicts(db: Db): TransferConflict[] {
  const rows = prepared(db, `${SELECT_CONFLICTS} WHERE c.resolved_at IS NULL ORDER BY c.imported_at, c.id LIMIT ${MAX_LISTED}`).all() as ConflictRow[];
  return rows.map(toConflict);
}

export function resolveConflict(db: Db, id: number, keep: 'office' | 'field', user: User, actor: Actor): void {
  const row = prepared(db, `${SELECT_CONFLICTS} WHERE c.id = ?`).get(id) as ConflictRow | undefined;
  if (!row) throw new ServiceError('NOT_FOUND', 'There is no such conflict.');
  if (row.resolved_at !== null) throw new ServiceError('INVALID_INPUT', 'That conflict has already been resolved.');
  const now = new Date().toISOString();
  db.transaction(() => {
    if (keep === 'field' && row.kind === 'words') {
      prepared(db, 'UPDATE stories SET current_revision = ?, updated_at = ? WHERE id = ?').run(row.field_revision, now, row.story_id);
    }
    if (keep === 'field' && row.kind === 'fields') writeFields(db, row.story_id, JSON.parse(row.field_values!) as StoryFields, now);
    prepared(db, 'UPDATE story_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?').run(now, user.id, keep, id);
    appendAudit(db, actor, {
      action: 'transfer.resolve',
      entityType: 'story',
      entityId: row.story_id,
      details: { conflict: id, kind: row.kind, keep, ...(row.kind === 'words' ? { revision: keep === 'field' ? row.field_revision : row.office_revision } : { fields: JSON.parse(row.differing) as string[] }) },
    });
  })();
}
