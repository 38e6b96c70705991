/**
 * The codebook: themes and their sub-themes. Staff add, rename, move, merge and
 * retire codes; every change is kept in the code history, and merging moves the
 * merged code's tags (and sub-themes) onto the code it was merged into.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import type { User } from '../../shared/users/schemas';
import type { Code } from '../../shared/workbench/schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';

interface CodeRow {
  id: string;
  key: string | null;
  parent_id: string | null;
  name: string;
  description: string | null;
  retired_at: string | null;
  merged_into: string | null;
  story_count: number;
}

const toCode = (row: CodeRow): Code => ({
  id: row.id,
  key: row.key,
  parentId: row.parent_id,
  name: row.name,
  description: row.description,
  retired: row.retired_at !== null,
  mergedInto: row.merged_into,
  storyCount: row.story_count,
});

type HistoryAction = 'create' | 'rename' | 'move' | 'merge' | 'retire' | 'restore';

export class CodebookService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
  ) {}

  list(includeRetired: boolean): Code[] {
    this.users.require();
    const rows = prepared(
      this.db(),
      `SELECT c.*, (SELECT count(DISTINCT story_id) FROM story_tags t WHERE t.code_id = c.id) AS story_count
         FROM codes c ${includeRetired ? '' : 'WHERE c.retired_at IS NULL'}
        ORDER BY coalesce((SELECT position FROM codes p WHERE p.id = c.parent_id), c.position), c.parent_id IS NOT NULL, c.position, c.name`,
    ).all() as CodeRow[];
    return rows.map(toCode);
  }

  get(id: string): Code {
    const row = prepared(
      this.db(),
      'SELECT c.*, (SELECT count(DISTINCT story_id) FROM story_tags t WHERE t.code_id = c.id) AS story_count FROM codes c WHERE c.id = ?',
    ).get(id) as CodeRow | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such code in the codebook.');
    return toCode(row);
  }

  create(name: string, parentId: string | null, description: string | null): Code {
    const user = this.users.require('staff', 'admin');
    if (parentId) this.assertCanParent(parentId, null);
    const id = randomUUID();
    this.change(user, () => {
      const position = prepared(this.db(), 'SELECT coalesce(max(position) + 1, 0) FROM codes WHERE parent_id IS ?').pluck().get(parentId) as number;
      prepared(this.db(), 'INSERT INTO codes (id, parent_id, name, description, position, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        parentId,
        name,
        description,
        position,
        new Date().toISOString(),
      );
      return [id, 'create', { name, parentId }];
    });
    return this.get(id);
  }

  rename(id: string, name: string): Code {
    const user = this.users.require('staff', 'admin');
    const before = this.get(id);
    this.change(user, () => {
      prepared(this.db(), 'UPDATE codes SET name = ? WHERE id = ?').run(name, id);
      return [id, 'rename', { from: before.name, to: name }];
    });
    return this.get(id);
  }

  /** Moves a code under another theme, or to the top level (null). Codes are at most two levels deep. */
  move(id: string, parentId: string | null): Code {
    const user = this.users.require('staff', 'admin');
    const code = this.get(id);
    if (parentId) this.assertCanParent(parentId, id);
    if (parentId && this.hasChildren(id)) {
      throw new ServiceError('INVALID_INPUT', 'A theme with sub-themes cannot become a sub-theme; move or merge its sub-themes first.');
    }
    this.change(user, () => {
      prepared(this.db(), 'UPDATE codes SET parent_id = ? WHERE id = ?').run(parentId, id);
      return [id, 'move', { from: code.parentId, to: parentId }];
    });
    return this.get(id);
  }

  /** Merges one code into another: its tags and sub-themes move over, and it is retired. */
  merge(fromId: string, intoId: string): Code {
    const user = this.users.require('staff', 'admin');
    if (fromId === intoId) throw new ServiceError('INVALID_INPUT', 'A code cannot be merged into itself.');
    const from = this.get(fromId);
    const into = this.get(intoId);
    if (into.parentId === fromId) throw new ServiceError('INVALID_INPUT', 'A code cannot be merged into one of its own sub-themes.');
    if (into.retired) throw new ServiceError('INVALID_INPUT', 'Merge into a code that is still in use, not a retired one.');
    if (into.parentId !== null && this.hasChildren(fromId)) {
      throw new ServiceError('INVALID_INPUT', 'A theme with sub-themes can only be merged into another theme.');
    }
    const db = this.db();
    this.change(user, () => {
      // A story already tagged with both keeps one whole-story tag.
      const duplicates = prepared(
        db,
        `DELETE FROM story_tags WHERE code_id = ? AND start IS NULL AND story_id IN (SELECT story_id FROM story_tags WHERE code_id = ? AND start IS NULL)`,
      ).run(fromId, intoId).changes;
      const moved = prepared(db, 'UPDATE story_tags SET code_id = ? WHERE code_id = ?').run(intoId, fromId).changes;
      prepared(db, 'UPDATE tag_suggestions SET code_id = ? WHERE code_id = ?').run(intoId, fromId);
      const children = prepared(db, 'UPDATE codes SET parent_id = ? WHERE parent_id = ?').run(intoId, fromId).changes;
      prepared(db, 'UPDATE codes SET merged_into = ?, retired_at = ? WHERE id = ?').run(intoId, new Date().toISOString(), fromId);
      return [fromId, 'merge', { into: intoId, intoName: into.name, fromName: from.name, tagsMoved: moved, duplicateTagsJoined: duplicates, subThemesMoved: children }];
    });
    return this.get(intoId);
  }

  retire(id: string, retired: boolean): Code {
    const user = this.users.require('staff', 'admin');
    this.get(id);
    this.change(user, () => {
      prepared(this.db(), 'UPDATE codes SET retired_at = ? WHERE id = ?').run(retired ? new Date().toISOString() : null, id);
      return [id, retired ? 'retire' : 'restore', {}];
    });
    return this.get(id);
  }

  history(codeId?: string) {
    this.users.require();
    const rows = prepared(
      this.db(),
      `SELECT h.seq, h.code_id, c.name AS code_name, h.action, h.details, u.name AS by_name, h.at
         FROM code_history h JOIN codes c ON c.id = h.code_id JOIN users u ON u.id = h.by_id
        WHERE ? IS NULL OR h.code_id = ? ORDER BY h.seq DESC LIMIT 500`,
    ).all(codeId ?? null, codeId ?? null) as Array<{ seq: number; code_id: string; code_name: string; action: HistoryAction; details: string; by_name: string; at: string }>;
    return rows.map((r) => ({
      seq: r.seq,
      codeId: r.code_id,
      codeName: r.code_name,
      action: r.action,
      details: JSON.parse(r.details) as Record<string, unknown>,
      byName: r.by_name,
      at: r.at,
    }));
  }

  private change(user: User, work: () => [string, HistoryAction, Record<string, unknown>]): void {
    const db = this.db();
    db.transaction(() => {
      const [codeId, action, details] = work();
      prepared(db, 'INSERT INTO code_history (code_id, action, details, by_id, at) VALUES (?, ?, ?, ?, ?)').run(
        codeId,
        action,
        JSON.stringify(details),
        user.id,
        new Date().toISOString(),
      );
    })();
  }

  private hasChildren(id: string): boolean {
    return prepared(this.db(), 'SELECT 1 FROM codes WHERE parent_id = ? AND retired_at IS NULL LIMIT 1').get(id) !== undefined;
  }

  /** A parent must be a live top-level theme, and not the code itself. */
  private assertCanParent(parentId: string, childId: string | null): void {
    if (parentId === childId) throw new ServiceError('INVALID_INPUT', 'A code cannot be its own parent.');
    const parent = this.get(parentId);
    if (parent.parentId !== null) throw new ServiceError('INVALID_INPUT', 'Sub-themes go under a theme, not under another sub-theme.');
    if (parent.retired) throw new ServiceError('INVALID_INPUT', 'That theme has been retired.');
  }
}
