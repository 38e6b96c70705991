/**
 * The evidence behind a recommendation: stories by id, saved searches and theme
 * counts as they stood when it was written (snapshots, so later changes to the search
 * or the tags never rewrite what was sent). Evidence changes only while the
 * recommendation is a draft. Who sees which words is decided here: the anonymised
 * words (checked masks) for volunteers and outreach workers, and for a view as a
 * stakeholder would see it; the words as told only for staff.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import type { EvidenceSearch, EvidenceStory, EvidenceTheme } from '../../shared/recommendations/schemas';
import type { User } from '../../shared/users/schemas';
import { storyFiltersSchema } from '../../shared/workbench/schemas';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import type { SearchService } from '../workbench/search-service';

/** Whether this viewer may read the words as told (staff), rather than only anonymised words. */
export const seesOriginalWords = (user: User): boolean => user.role === 'staff' || user.role === 'admin';

/** The recommendation, which must still be a draft for its evidence or wording to change. */
export function requireDraft(db: Db, id: string): { id: string; stakeholder_id: string } {
  const row = prepared(db, 'SELECT id, status, stakeholder_id FROM recommendations WHERE id = ?').get(id) as { id: string; status: string; stakeholder_id: string } | undefined;
  if (!row) throw new ServiceError('NOT_FOUND', 'There is no such recommendation.');
  if (row.status !== 'draft') throw new ServiceError('INVALID_INPUT', 'This recommendation has been sent: what it says and the evidence it was sent with can no longer change.');
  return row;
}

export class EvidenceService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly search: SearchService,
  ) {}

  stories(recommendationId: string, anonymised: boolean): EvidenceStory[] {
    const original = seesOriginalWords(this.users.require()) && !anonymised;
    const rows = prepared(
      this.db(),
      `SELECT s.id, s.heard_on,
              ${original ? '(SELECT r.text FROM story_revisions r WHERE r.story_id = s.id AND r.revision = s.current_revision)' : '(SELECT x.text FROM story_redactions x WHERE x.story_id = s.id)'} AS words
         FROM recommendation_stories e JOIN stories s ON s.id = e.story_id
        WHERE e.recommendation_id = ? ORDER BY s.heard_on, s.seq`,
    ).all(recommendationId) as Array<{ id: string; heard_on: string; words: string | null }>;
    return rows.map((row) => ({
      id: row.id,
      heardOn: row.heard_on,
      words: row.words,
      anonymised: !original,
      withheld: row.words === null ? 'not-anonymised' : null,
    }));
  }

  searches(recommendationId: string): EvidenceSearch[] {
    const rows = prepared(this.db(), 'SELECT * FROM recommendation_searches WHERE recommendation_id = ? ORDER BY taken_at, id').all(recommendationId) as Array<{
      id: string;
      name: string;
      query: string;
      filters: string;
      story_count: number;
      taken_at: string;
    }>;
    return rows.map((row) => ({ id: row.id, name: row.name, query: row.query, filters: storyFiltersSchema.parse(JSON.parse(row.filters)), storyCount: row.story_count, takenAt: row.taken_at }));
  }

  themes(recommendationId: string): EvidenceTheme[] {
    const rows = prepared(this.db(), 'SELECT * FROM recommendation_themes WHERE recommendation_id = ? ORDER BY theme').all(recommendationId) as Array<{
      code_id: string;
      theme: string;
      parent: string | null;
      story_count: number;
      taken_at: string;
    }>;
    return rows.map((row) => ({ codeId: row.code_id, theme: row.theme, parent: row.parent, storyCount: row.story_count, takenAt: row.taken_at }));
  }

  linkStories(recommendationId: string, storyIds: readonly string[]): void {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    requireDraft(db, recommendationId);
    const unique = [...new Set(storyIds)];
    const exists = prepared(db, 'SELECT 1 FROM stories WHERE id = ?').pluck();
    for (const id of unique) if (exists.get(id) === undefined) throw new ServiceError('NOT_FOUND', `There is no story ${id} on this laptop.`);
    const now = new Date().toISOString();
    db.transaction(() => {
      const link = prepared(db, 'INSERT OR IGNORE INTO recommendation_stories (recommendation_id, story_id, linked_by, linked_at) VALUES (?, ?, ?, ?)');
      const added = unique.filter((id) => link.run(recommendationId, id, user.id, now).changes > 0);
      appendAudit(db, this.users.actorOf(user), { action: 'recommendation.evidence', entityType: 'recommendation', entityId: recommendationId, details: { storiesAdded: added } });
    })();
  }

  unlinkStory(recommendationId: string, storyId: string): void {
    this.change(recommendationId, { storyRemoved: storyId }, (db) => prepared(db, 'DELETE FROM recommendation_stories WHERE recommendation_id = ? AND story_id = ?').run(recommendationId, storyId));
  }

  /** A snapshot of one of the signed-in person's saved searches: its words, filters and how many stories it finds now. */
  addSearch(recommendationId: string, savedSearchId: string): void {
    const user = this.users.require('staff', 'admin');
    requireDraft(this.db(), recommendationId);
    const saved = this.search.savedSearches().find((s) => s.id === savedSearchId);
    if (!saved) throw new ServiceError('NOT_FOUND', 'That saved search is not one of yours.');
    const storyCount = this.search.facets({ query: saved.query, filters: saved.filters }).total;
    const id = randomUUID();
    this.change(recommendationId, { searchAdded: { name: saved.name, query: saved.query, storyCount } }, (db) =>
      prepared(
        db,
        'INSERT INTO recommendation_searches (id, recommendation_id, saved_search_id, name, query, filters, story_count, taken_by, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(id, recommendationId, saved.id, saved.name, saved.query, JSON.stringify(saved.filters), storyCount, user.id, new Date().toISOString()),
    );
  }

  removeSearch(recommendationId: string, snapshotId: string): void {
    this.change(recommendationId, { searchRemoved: snapshotId }, (db) => prepared(db, 'DELETE FROM recommendation_searches WHERE id = ? AND recommendation_id = ?').run(snapshotId, recommendationId));
  }

  /**
   * How many stories each theme (with its sub-themes) is tagged on now, among the
   * stories about the services the recommendation concerns (all stories when none).
   * Taking a theme again replaces its earlier count.
   */
  addThemes(recommendationId: string, codeIds: readonly string[]): void {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    requireDraft(db, recommendationId);
    const services = prepared(db, 'SELECT service_id FROM recommendation_services WHERE recommendation_id = ?').pluck().all(recommendationId) as string[];
    const codeOf = prepared(db, 'SELECT c.id, c.name, p.name AS parent FROM codes c LEFT JOIN codes p ON p.id = c.parent_id WHERE c.id = ?');
    const count = prepared(
      db,
      `SELECT count(DISTINCT t.story_id) FROM story_tags t
        WHERE t.code_id IN (SELECT id FROM codes WHERE id = @code OR parent_id = @code)
          AND (@anyService OR EXISTS (SELECT 1 FROM story_services ss JOIN json_each(@services) j ON j.value = ss.service_id WHERE ss.story_id = t.story_id))`,
    ).pluck();
    const snapshots = [...new Set(codeIds)].map((codeId) => {
      const code = codeOf.get(codeId) as { id: string; name: string; parent: string | null } | undefined;
      if (!code) throw new ServiceError('NOT_FOUND', 'That theme is not in the codebook.');
      return { ...code, storyCount: count.get({ code: codeId, anyService: services.length === 0 ? 1 : 0, services: JSON.stringify(services) }) as number };
    });
    const now = new Date().toISOString();
    this.change(recommendationId, { themesTaken: snapshots.map((s) => ({ theme: s.name, storyCount: s.storyCount })) }, () => {
      const insert = prepared(
        db,
        'INSERT OR REPLACE INTO recommendation_themes (recommendation_id, code_id, theme, parent, story_count, taken_by, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const s of snapshots) insert.run(recommendationId, s.id, s.name, s.parent, s.storyCount, user.id, now);
    });
  }

  removeTheme(recommendationId: string, codeId: string): void {
    this.change(recommendationId, { themeRemoved: codeId }, (db) => prepared(db, 'DELETE FROM recommendation_themes WHERE recommendation_id = ? AND code_id = ?').run(recommendationId, codeId));
  }

  /** One change to a draft's evidence and its audit entry, in one transaction. */
  private change(recommendationId: string, details: Record<string, unknown>, write: (db: Db) => unknown): void {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    requireDraft(db, recommendationId);
    db.transaction(() => {
      write(db);
      appendAudit(db, this.users.actorOf(user), { action: 'recommendation.evidence', entityType: 'recommendation', entityId: recommendationId, details });
    })();
  }
}
