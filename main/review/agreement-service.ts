/**
 * Double coding: two reviewers tag the same sample of stories independently, and
 * the app reports their agreement per theme as Cohen's kappa. Each reviewer sees
 * only their own coding until the report is opened.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import { cohensKappa, kappaBand } from '../../shared/review/kappa';
import type { ConflictGuard } from '../interests/conflict-guard';
import type { SampleCoders } from '../interests/conflict-management';
import { declarationText } from '../interests/conflict-text';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';

interface SampleRow {
  id: string;
  name: string;
  reviewer_a: string;
  reviewer_b: string;
  a_name: string;
  b_name: string;
  created_at: string;
}

export class AgreementService implements SampleCoders {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly conflicts: ConflictGuard,
  ) {}

  create(name: string, storyIds: string[], reviewerA: string, reviewerB: string) {
    const user = this.users.require('staff', 'admin');
    if (reviewerA === reviewerB) throw new ServiceError('INVALID_INPUT', 'Choose two different reviewers.');
    const db = this.db();
    for (const reviewer of [reviewerA, reviewerB]) {
      const role = prepared(db, 'SELECT role FROM users WHERE id = ? AND retired_at IS NULL').pluck().get(reviewer) as string | undefined;
      if (role !== 'staff' && role !== 'admin') throw new ServiceError('INVALID_INPUT', 'Both reviewers must be members of staff.');
    }
    const unique = [...new Set(storyIds)];
    if (unique.length < 2) throw new ServiceError('INVALID_INPUT', 'A sample needs at least two stories.');
    // A sample never gives a story to a coder with a declared interest in what it is about.
    for (const reviewer of [reviewerA, reviewerB]) {
      const conflict = this.conflicts.sampleCoderConflict(reviewer, unique);
      if (conflict) {
        const stories = conflict.storyIds.length === 1 ? '1 of the chosen stories is' : `${conflict.storyIds.length} of the chosen stories are`;
        throw new ServiceError(
          'CONFLICT_OF_INTEREST',
          `${conflict.match.personName} has declared ${declarationText(conflict.match)}, and ${stories} about it. A double-coding sample never gives a story to a coder with a declared interest in it: choose other stories or another coder.`,
        );
      }
    }
    const id = randomUUID();
    db.transaction(() => {
      prepared(db, 'INSERT INTO agreement_samples (id, name, reviewer_a, reviewer_b, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        name,
        reviewerA,
        reviewerB,
        user.id,
        new Date().toISOString(),
      );
      const add = prepared(db, 'INSERT INTO agreement_sample_stories (sample_id, story_id) VALUES (?, ?)');
      for (const storyId of unique) {
        if (!prepared(db, 'SELECT 1 FROM stories WHERE id = ?').get(storyId)) throw new ServiceError('NOT_FOUND', 'A story in the sample does not exist.');
        add.run(id, storyId);
      }
    })();
    return this.list().find((s) => s.id === id)!;
  }

  list() {
    this.users.require('staff', 'admin');
    const db = this.db();
    const rows = prepared(
      db,
      `SELECT s.*, a.name AS a_name, b.name AS b_name FROM agreement_samples s
         JOIN users a ON a.id = s.reviewer_a JOIN users b ON b.id = s.reviewer_b ORDER BY s.created_at DESC`,
    ).all() as SampleRow[];
    const done = prepared(db, 'SELECT count(*) FROM agreement_codings WHERE sample_id = ? AND reviewer_id = ?').pluck();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      reviewerA: { id: row.reviewer_a, name: row.a_name, done: done.get(row.id, row.reviewer_a) as number },
      reviewerB: { id: row.reviewer_b, name: row.b_name, done: done.get(row.id, row.reviewer_b) as number },
      storyIds: prepared(db, 'SELECT story_id FROM agreement_sample_stories WHERE sample_id = ? ORDER BY rowid').pluck().all(row.id) as string[],
      createdAt: row.created_at,
    }));
  }

  /** The signed-in reviewer's own codes for one story of the sample (replacing earlier ones). */
  code(sampleId: string, storyId: string, codeIds: string[]): string[] {
    const user = this.users.require('staff', 'admin');
    this.assertReviewer(sampleId, user.id);
    const db = this.db();
    if (!prepared(db, 'SELECT 1 FROM agreement_sample_stories WHERE sample_id = ? AND story_id = ?').get(sampleId, storyId)) {
      throw new ServiceError('NOT_FOUND', 'That story is not in this sample.');
    }
    this.conflicts.requireForSample(user, sampleId, storyId);
    const unique = [...new Set(codeIds)];
    const exists = prepared(db, 'SELECT 1 FROM codes WHERE id = ?');
    if (unique.some((codeId) => !exists.get(codeId))) throw new ServiceError('NOT_FOUND', 'A code chosen is not in the codebook.');
    prepared(
      db,
      `INSERT INTO agreement_codings (sample_id, story_id, reviewer_id, code_ids, coded_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (sample_id, story_id, reviewer_id) DO UPDATE SET code_ids = excluded.code_ids, coded_at = excluded.coded_at`,
    ).run(sampleId, storyId, user.id, JSON.stringify(unique), new Date().toISOString());
    return unique;
  }

  myCoding(sampleId: string, storyId: string): string[] {
    const user = this.users.require('staff', 'admin');
    this.assertReviewer(sampleId, user.id);
    const json = prepared(this.db(), 'SELECT code_ids FROM agreement_codings WHERE sample_id = ? AND story_id = ? AND reviewer_id = ?')
      .pluck()
      .get(sampleId, storyId, user.id) as string | undefined;
    return json ? (JSON.parse(json) as string[]) : [];
  }

  /**
   * Kappa per theme over the stories both reviewers have coded. A sub-theme counts
   * towards its theme, so "waiting lists" and "waiting on the day" agree on "waiting times".
   */
  report(sampleId: string) {
    this.users.require('staff', 'admin');
    const db = this.db();
    const sample = prepared(db, 'SELECT reviewer_a, reviewer_b FROM agreement_samples WHERE id = ?').get(sampleId) as
      | { reviewer_a: string; reviewer_b: string }
      | undefined;
    if (!sample) throw new ServiceError('NOT_FOUND', 'There is no such sample.');
    const themeOf = new Map(
      (prepared(db, 'SELECT id, coalesce(parent_id, id) AS theme FROM codes').all() as Array<{ id: string; theme: string }>).map((r) => [r.id, r.theme]),
    );
    const codings = prepared(db, 'SELECT story_id, reviewer_id, code_ids FROM agreement_codings WHERE sample_id = ?').all(sampleId) as Array<{
      story_id: string;
      reviewer_id: string;
      code_ids: string;
    }>;
    const themesBy = (reviewer: string) =>
      new Map(
        codings
          .filter((c) => c.reviewer_id === reviewer)
          .map((c) => [c.story_id, new Set((JSON.parse(c.code_ids) as string[]).map((id) => themeOf.get(id) ?? id))]),
      );
    const a = themesBy(sample.reviewer_a);
    const b = themesBy(sample.reviewer_b);
    const both = [...a.keys()].filter((storyId) => b.has(storyId));
    const themes = prepared(db, 'SELECT id, name FROM codes WHERE parent_id IS NULL ORDER BY position, name').all() as Array<{ id: string; name: string }>;
    const total = (prepared(db, 'SELECT count(*) FROM agreement_sample_stories WHERE sample_id = ?').pluck().get(sampleId) as number) ?? 0;
    return {
      sampleId,
      stories: total,
      codedByBoth: both.length,
      themes: themes
        .map((theme) => {
          const ratingsA = both.map((storyId) => a.get(storyId)!.has(theme.id));
          const ratingsB = both.map((storyId) => b.get(storyId)!.has(theme.id));
          const kappa = cohensKappa(ratingsA, ratingsB);
          const agreed = ratingsA.filter((value, i) => value === ratingsB[i]).length;
          return {
            codeId: theme.id,
            name: theme.name,
            kappa,
            band: kappa === null ? null : kappaBand(kappa),
            agreement: both.length ? agreed / both.length : 0,
            usedByA: ratingsA.filter(Boolean).length,
            usedByB: ratingsB.filter(Boolean).length,
          };
        })
        .filter((t) => t.usedByA + t.usedByB > 0),
    };
  }

  /**
   * Gives one coder's part of a sample to another (an administrator, because of a
   * declared interest; the caller checks who may take it). The first coder's codings
   * are kept but no longer count.
   */
  replaceCoder(sampleId: string, fromUserId: string, toUserId: string): void {
    const db = this.db();
    const sample = prepared(db, 'SELECT reviewer_a, reviewer_b FROM agreement_samples WHERE id = ?').get(sampleId) as { reviewer_a: string; reviewer_b: string } | undefined;
    if (!sample) throw new ServiceError('NOT_FOUND', 'There is no such sample.');
    const column = sample.reviewer_a === fromUserId ? 'reviewer_a' : sample.reviewer_b === fromUserId ? 'reviewer_b' : null;
    if (column === null) throw new ServiceError('INVALID_INPUT', 'That person does not code this sample.');
    prepared(db, `UPDATE agreement_samples SET ${column} = ? WHERE id = ?`).run(toUserId, sampleId);
  }

  private assertReviewer(sampleId: string, userId: string): void {
    const sample = prepared(this.db(), 'SELECT reviewer_a, reviewer_b FROM agreement_samples WHERE id = ?').get(sampleId) as
      | { reviewer_a: string; reviewer_b: string }
      | undefined;
    if (!sample) throw new ServiceError('NOT_FOUND', 'There is no such sample.');
    if (sample.reviewer_a !== userId && sample.reviewer_b !== userId) throw new ServiceError('FORBIDDEN', 'You are not one of the reviewers of this sample.');
  }
}
