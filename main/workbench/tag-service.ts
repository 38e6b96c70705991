/**
 * Tags: themes on a story (or on a passage of its words), each with its own
 * sentiment, and the story's overall sentiment. Tags sit beside the words and
 * never change them. Volunteers suggest tags; staff accept or reject them.
 */
import { ServiceError } from '../../shared/result';
import type { Sentiment, Tag } from '../../shared/workbench/schemas';
import type { ConflictGuard } from '../interests/conflict-guard';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';

interface TagRow {
  id: number;
  story_id: string;
  code_id: string;
  code_name: string;
  parent_name: string | null;
  sentiment: Sentiment | null;
  start: number | null;
  end: number | null;
  revision: number | null;
  tagged_by_name: string;
  tagged_at: string;
}

const toTag = (row: TagRow): Tag => ({
  id: row.id,
  storyId: row.story_id,
  codeId: row.code_id,
  codeName: row.code_name,
  parentName: row.parent_name,
  sentiment: row.sentiment,
  passage: row.start === null || row.end === null || row.revision === null ? null : { start: row.start, end: row.end, revision: row.revision },
  taggedByName: row.tagged_by_name,
  taggedAt: row.tagged_at,
});

/**
 * Coding a story is work a declared interest can bear on: every change to its tags and
 * sentiment passes the register's rule (`acknowledged`: the declarations read on screen).
 */
export class TagService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly conflicts: ConflictGuard,
  ) {}

  /** Tags of a story; callers have already decided the viewer may see the story. */
  tagsOf(storyId: string): Tag[] {
    const rows = prepared(
      this.db(),
      `SELECT t.id, t.story_id, t.code_id, c.name AS code_name, p.name AS parent_name, t.sentiment, t.start, t."end", t.revision,
              u.name AS tagged_by_name, t.tagged_at
         FROM story_tags t JOIN codes c ON c.id = t.code_id LEFT JOIN codes p ON p.id = c.parent_id JOIN users u ON u.id = t.tagged_by
        WHERE t.story_id = ? ORDER BY t.start IS NOT NULL, t.start, c.name`,
    ).all(storyId) as TagRow[];
    return rows.map(toTag);
  }

  list(storyId: string): Tag[] {
    this.users.require('staff', 'admin');
    this.assertStory(storyId);
    return this.tagsOf(storyId);
  }

  tag(storyId: string, codeId: string, sentiment: Sentiment | null, passage: { start: number; end: number; revision: number } | null, acknowledged: readonly string[] = []): Tag[] {
    const user = this.users.require('staff', 'admin');
    const story = this.assertStory(storyId);
    this.conflicts.require(user, 'code', { type: 'story', id: storyId }, acknowledged);
    const code = prepared(this.db(), 'SELECT retired_at FROM codes WHERE id = ?').get(codeId) as { retired_at: string | null } | undefined;
    if (!code) throw new ServiceError('NOT_FOUND', 'There is no such code in the codebook.');
    if (code.retired_at !== null) throw new ServiceError('INVALID_INPUT', 'That code has been retired; choose a current one.');
    if (passage) {
      if (passage.revision !== story.current_revision) {
        throw new ServiceError('INVALID_INPUT', 'The words were corrected since you selected that passage. Select it again.');
      }
      if (passage.end > story.length) throw new ServiceError('INVALID_INPUT', 'The passage reaches past the end of the words.');
    }
    const db = this.db();
    db.transaction(() => {
      if (!passage) {
        const existing = prepared(db, 'SELECT id FROM story_tags WHERE story_id = ? AND code_id = ? AND start IS NULL').pluck().get(storyId, codeId);
        if (existing !== undefined) {
          prepared(db, 'UPDATE story_tags SET sentiment = ? WHERE id = ?').run(sentiment, existing);
          return;
        }
      }
      prepared(
        db,
        'INSERT INTO story_tags (story_id, code_id, sentiment, start, "end", revision, tagged_by, tagged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(storyId, codeId, sentiment, passage?.start ?? null, passage?.end ?? null, passage?.revision ?? null, user.id, new Date().toISOString());
    })();
    return this.tagsOf(storyId);
  }

  setTagSentiment(tagId: number, sentiment: Sentiment | null, acknowledged: readonly string[] = []): Tag[] {
    const user = this.users.require('staff', 'admin');
    const storyId = this.storyOfTag(tagId);
    this.conflicts.require(user, 'code', { type: 'story', id: storyId }, acknowledged);
    prepared(this.db(), 'UPDATE story_tags SET sentiment = ? WHERE id = ?').run(sentiment, tagId);
    return this.tagsOf(storyId);
  }

  untag(tagId: number, acknowledged: readonly string[] = []): Tag[] {
    const user = this.users.require('staff', 'admin');
    const storyId = this.storyOfTag(tagId);
    this.conflicts.require(user, 'code', { type: 'story', id: storyId }, acknowledged);
    prepared(this.db(), 'DELETE FROM story_tags WHERE id = ?').run(tagId);
    return this.tagsOf(storyId);
  }

  setOverallSentiment(storyId: string, sentiment: Sentiment | null, acknowledged: readonly string[] = []): void {
    const user = this.users.require('staff', 'admin');
    this.assertStory(storyId);
    this.conflicts.require(user, 'code', { type: 'story', id: storyId }, acknowledged);
    prepared(this.db(), 'UPDATE stories SET sentiment = ?, updated_at = ? WHERE id = ?').run(sentiment, new Date().toISOString(), storyId);
  }

  suggest(storyId: string, codeId: string, sentiment: Sentiment | null): void {
    const user = this.users.require('volunteer', 'staff', 'admin');
    // A volunteer may only suggest on stories they can read: checked and anonymised.
    const visible = prepared(this.db(), 'SELECT 1 FROM story_redactions WHERE story_id = ?').get(storyId);
    if (!visible) throw new ServiceError('NOT_FOUND', 'There is no such story to suggest themes for.');
    if (!prepared(this.db(), 'SELECT 1 FROM codes WHERE id = ? AND retired_at IS NULL').get(codeId)) {
      throw new ServiceError('NOT_FOUND', 'There is no such code in the codebook.');
    }
    prepared(this.db(), 'INSERT INTO tag_suggestions (story_id, code_id, sentiment, suggested_by, suggested_at) VALUES (?, ?, ?, ?, ?)').run(
      storyId,
      codeId,
      sentiment,
      user.id,
      new Date().toISOString(),
    );
  }

  suggestions(status: 'pending' | 'accepted' | 'rejected', storyId?: string) {
    const user = this.users.require('volunteer', 'staff', 'admin');
    const mine = user.role === 'volunteer' ? user.id : null;
    return (
      prepared(
        this.db(),
        `SELECT g.id, g.story_id, g.code_id, c.name AS code_name, g.sentiment, u.name AS suggested_by_name, g.suggested_at, g.status
           FROM tag_suggestions g JOIN codes c ON c.id = g.code_id JOIN users u ON u.id = g.suggested_by
          WHERE g.status = ? AND (? IS NULL OR g.story_id = ?) AND (? IS NULL OR g.suggested_by = ?)
          ORDER BY g.suggested_at LIMIT 500`,
      ).all(status, storyId ?? null, storyId ?? null, mine, mine) as Array<{
        id: number;
        story_id: string;
        code_id: string;
        code_name: string;
        sentiment: Sentiment | null;
        suggested_by_name: string;
        suggested_at: string;
        status: 'pending' | 'accepted' | 'rejected';
      }>
    ).map((r) => ({
      id: r.id,
      storyId: r.story_id,
      codeId: r.code_id,
      codeName: r.code_name,
      sentiment: r.sentiment,
      suggestedByName: r.suggested_by_name,
      suggestedAt: r.suggested_at,
      status: r.status,
    }));
  }

  decide(suggestionId: number, accept: boolean, acknowledged: readonly string[] = []): void {
    const user = this.users.require('staff', 'admin');
    const row = prepared(this.db(), "SELECT story_id, code_id, sentiment FROM tag_suggestions WHERE id = ? AND status = 'pending'").get(suggestionId) as
      | { story_id: string; code_id: string; sentiment: Sentiment | null }
      | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'That suggestion has already been decided, or does not exist.');
    // Checked before the transaction, so that a refusal is recorded rather than rolled back with it.
    this.conflicts.require(user, 'code', { type: 'story', id: row.story_id }, acknowledged);
    const db = this.db();
    db.transaction(() => {
      if (accept) this.tag(row.story_id, row.code_id, row.sentiment, null, acknowledged);
      prepared(db, 'UPDATE tag_suggestions SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?').run(
        accept ? 'accepted' : 'rejected',
        user.id,
        new Date().toISOString(),
        suggestionId,
      );
    })();
  }

  private storyOfTag(tagId: number): string {
    const storyId = prepared(this.db(), 'SELECT story_id FROM story_tags WHERE id = ?').pluck().get(tagId) as string | undefined;
    if (!storyId) throw new ServiceError('NOT_FOUND', 'That tag no longer exists.');
    return storyId;
  }

  /** The story's current revision and the length of its words in UTF-16 units (as passages count them). */
  private assertStory(storyId: string): { current_revision: number; length: number } {
    const row = prepared(
      this.db(),
      `SELECT s.current_revision, r.text FROM stories s
         JOIN story_revisions r ON r.story_id = s.id AND r.revision = s.current_revision WHERE s.id = ?`,
    ).get(storyId) as { current_revision: number; text: string } | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such story.');
    return { current_revision: row.current_revision, length: row.text.length };
  }
}
