/**
 * The human check of anonymisation. The engine proposes masks over a story's
 * words; a member of staff accepts, removes or adds masks and records the check.
 * A check holds for one revision of the words and one set of masks: a correction
 * to the words, or any change to the masks, needs a new check before the story
 * can leave the laptop.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createDetector, DEFAULT_ALLOW_LIST, PlaceholderBook, redact, type Detector } from '../../shared/anonymise';
import { carryMasks } from '../../shared/masks/carry-masks';
import type { AnonymiserLists, Mask, MaskCheckState, MaskReview } from '../../shared/masks/schemas';
import { ServiceError } from '../../shared/result';
import { appendAudit } from '../audit/audit-log';
import type { ConflictGuard } from '../interests/conflict-guard';
import { decodeCursor, encodeCursor } from '../store/cursor';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting, writeSetting } from '../store/settings-table';
import type { UserService } from '../users/user-service';
import { nodeHmacSha256 } from './node-hmac';

interface CheckRow {
  revision: number;
  text_sha256: string;
  masks_sha256: string;
  checked_by_name: string;
  checked_at: string;
}

interface MaskRow {
  start: number;
  end: number;
  type: Mask['type'];
  origin: Mask['origin'];
  confidence: Mask['confidence'];
  rule: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The fingerprint of a set of masks: what was hidden, where, as what. */
export const masksFingerprint = (masks: readonly Pick<Mask, 'start' | 'end' | 'type'>[]): string =>
  createHash('sha256')
    .update(JSON.stringify(masks.map((m) => [m.start, m.end, m.type])))
    .digest('hex');

export class MaskService {
  private detector: { lists: string; detector: Detector } | null = null;

  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly conflicts: ConflictGuard,
  ) {}

  lists(): AnonymiserLists {
    this.users.require('staff', 'admin');
    return this.readLists();
  }

  setLists(lists: AnonymiserLists): AnonymiserLists {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    db.transaction(() => {
      writeSetting(db, 'anonymiser_allow_list', JSON.stringify(lists.allowList));
      writeSetting(db, 'anonymiser_known_names', JSON.stringify(lists.knownNames));
      appendAudit(db, this.users.actorOf(user), {
        action: 'settings.anonymiser',
        entityType: 'settings',
        entityId: 'anonymiser',
        details: { allowList: lists.allowList.length, knownNames: lists.knownNames.length },
      });
    })();
    return this.readLists();
  }

  /** The words of the current revision, what the engine proposes, and the check so far. */
  review(storyId: string): MaskReview {
    this.users.require('staff', 'admin');
    const story = this.currentWords(storyId);
    const proposed: Mask[] = this.engine()
      .detect(story.text)
      .map((d) => ({ start: d.start, end: d.end, type: d.type, origin: 'detected', confidence: d.confidence, rule: d.rule }));
    const check = this.checkRow(storyId);
    const state = this.stateOf(storyId, story, check);
    return {
      storyId,
      revision: story.revision,
      text: story.text,
      textSha256: story.sha256,
      proposed,
      accepted: state === 'checked' ? this.storedMasks(storyId, story.revision) : null,
      carried: state === 'stale' && check ? this.carriedMasks(storyId, check.revision, story.text) : null,
      state,
      checkedByName: check?.checked_by_name ?? null,
      checkedAt: check?.checked_at ?? null,
    };
  }

  /** Records that the signed-in person checked these masks for this revision, if the register's rule lets them (`acknowledged`: the declarations read on screen). */
  saveCheck(storyId: string, revision: number, masks: readonly Mask[], acknowledged: readonly string[] = []): MaskReview {
    const user = this.users.require('staff', 'admin');
    const story = this.currentWords(storyId);
    this.conflicts.require(user, 'check-masks', { type: 'story', id: storyId }, acknowledged);
    if (revision !== story.revision) {
      throw new ServiceError('INVALID_INPUT', 'The words were corrected while you were checking them. Check the new version.');
    }
    const sorted = [...masks].sort((a, b) => a.start - b.start);
    sorted.forEach((mask, i) => {
      if (mask.end > story.text.length) throw new ServiceError('INVALID_INPUT', 'A mask reaches past the end of the words.');
      if (i > 0 && mask.start < sorted[i - 1]!.end) throw new ServiceError('INVALID_INPUT', 'Two masks overlap; join them into one.');
      // A mask edge inside a character made of two UTF-16 units would split it.
      for (const edge of [mask.start, mask.end]) {
        if (edge > 0 && edge < story.text.length && isHighSurrogate(story.text.charCodeAt(edge - 1))) {
          throw new ServiceError('INVALID_INPUT', 'A mask edge falls inside a character.');
        }
      }
    });
    const db = this.db();
    const fingerprint = masksFingerprint(sorted);
    db.transaction(() => {
      prepared(db, 'DELETE FROM story_masks WHERE story_id = ?').run(storyId);
      const insert = prepared(
        db,
        'INSERT INTO story_masks (story_id, revision, start, "end", type, origin, confidence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const m of sorted) insert.run(storyId, revision, m.start, m.end, m.type, m.origin, m.confidence, m.rule);
      prepared(
        db,
        `INSERT INTO story_mask_checks (story_id, revision, text_sha256, masks_sha256, checked_by, checked_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(story_id) DO UPDATE SET revision = excluded.revision, text_sha256 = excluded.text_sha256,
           masks_sha256 = excluded.masks_sha256, checked_by = excluded.checked_by, checked_at = excluded.checked_at`,
      ).run(storyId, revision, story.sha256, fingerprint, user.id, new Date().toISOString());
      this.writeRedaction(storyId, revision, story.text, sorted);
      appendAudit(db, this.users.actorOf(user), {
        action: 'masks.check',
        entityType: 'story',
        entityId: storyId,
        details: {
          revision,
          masks: sorted.length,
          added: sorted.filter((m) => m.origin === 'added').length,
          masksSha256: fingerprint,
        },
      });
    })();
    return this.review(storyId);
  }

  /**
   * The accepted masks of a story whose check still holds, or null. What volunteers
   * see and what leaves the laptop is built only from these.
   */
  checkedMasks(storyId: string): { revision: number; text: string; masks: Mask[] } | null {
    const story = this.currentWords(storyId);
    if (this.stateOf(storyId, story, this.checkRow(storyId)) !== 'checked') return null;
    return { revision: story.revision, text: story.text, masks: this.storedMasks(storyId, story.revision) };
  }

  listToCheck(request: { state: MaskCheckState | 'needs-check'; after?: string | undefined; limit: number }) {
    this.users.require('staff', 'admin');
    const stateSql = `CASE WHEN c.story_id IS NULL THEN 'unchecked' WHEN c.revision != s.current_revision THEN 'stale' ELSE 'checked' END`;
    const where = [request.state === 'needs-check' ? `${stateSql} != 'checked'` : `${stateSql} = @state`];
    const params: Record<string, unknown> = { state: request.state, limit: request.limit + 1 };
    if (request.after) {
      const [createdAt, id] = decodeCursor(request.after, 2);
      where.push('(s.created_at, s.id) < (@afterCreated, @afterId)');
      Object.assign(params, { afterCreated: createdAt, afterId: id });
    }
    const rows = prepared(
      this.db(),
      `SELECT s.id, substr(r.text, 1, 160) AS excerpt, s.heard_on, s.consent_share, s.created_at, ${stateSql} AS state
         FROM stories s
         JOIN story_revisions r ON r.story_id = s.id AND r.revision = s.current_revision
         LEFT JOIN story_mask_checks c ON c.story_id = s.id
        WHERE ${where.join(' AND ')}
        ORDER BY s.created_at DESC, s.id DESC LIMIT @limit`,
    ).all(params) as Array<{ id: string; excerpt: string; heard_on: string; consent_share: number; created_at: string; state: MaskCheckState }>;
    const page = rows.slice(0, request.limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({ id: r.id, excerpt: r.excerpt, heardOn: r.heard_on, state: r.state, consentShare: r.consent_share === 1, createdAt: r.created_at })),
      nextCursor: rows.length > request.limit && last ? encodeCursor(last.created_at, last.id) : null,
    };
  }

  /**
   * The anonymised words volunteers read and search. Placeholders are numbered
   * within the story only (a fresh key each time), so they link nothing across stories.
   */
  private writeRedaction(storyId: string, revision: number, text: string, masks: readonly Mask[]): void {
    const db = this.db();
    const redacted = redact(text, masks, new PlaceholderBook(new Uint8Array(randomBytes(32)), nodeHmacSha256)).text;
    const seq = prepared(db, 'SELECT seq FROM stories WHERE id = ?').pluck().get(storyId) as number;
    prepared(db, 'INSERT OR REPLACE INTO story_redactions (story_id, revision, text) VALUES (?, ?, ?)').run(storyId, revision, redacted);
    prepared(db, 'DELETE FROM story_redacted_fts WHERE rowid = ?').run(seq);
    prepared(db, 'INSERT INTO story_redacted_fts (rowid, text) VALUES (?, ?)').run(seq, redacted);
  }

  private stateOf(storyId: string, story: { revision: number; sha256: string }, check: CheckRow | undefined): MaskCheckState {
    if (!check) return 'unchecked';
    if (check.revision !== story.revision || check.text_sha256 !== story.sha256) return 'stale';
    // Masks changed outside a check (they should not be) also void the check.
    return masksFingerprint(this.storedMasks(storyId, story.revision)) === check.masks_sha256 ? 'checked' : 'stale';
  }

  /** The masks accepted at the last check, moved onto the current words. */
  private carriedMasks(storyId: string, checkedRevision: number, text: string): Mask[] {
    const checkedText = prepared(this.db(), 'SELECT text FROM story_revisions WHERE story_id = ? AND revision = ?').pluck().get(storyId, checkedRevision) as string | undefined;
    return checkedText === undefined ? [] : carryMasks(checkedText, text, this.storedMasks(storyId, checkedRevision));
  }

  private storedMasks(storyId: string, revision: number): Mask[] {
    return prepared(this.db(), 'SELECT start, "end", type, origin, confidence, rule FROM story_masks WHERE story_id = ? AND revision = ? ORDER BY start')
      .all(storyId, revision)
      .map((row) => ({ ...(row as MaskRow) }));
  }

  private checkRow(storyId: string): CheckRow | undefined {
    return prepared(
      this.db(),
      `SELECT c.revision, c.text_sha256, c.masks_sha256, u.name AS checked_by_name, c.checked_at
         FROM story_mask_checks c JOIN users u ON u.id = c.checked_by WHERE c.story_id = ?`,
    ).get(storyId) as CheckRow | undefined;
  }

  private currentWords(storyId: string): { revision: number; text: string; sha256: string } {
    const row = prepared(
      this.db(),
      `SELECT s.current_revision AS revision, r.text, r.sha256 FROM stories s
         JOIN story_revisions r ON r.story_id = s.id AND r.revision = s.current_revision WHERE s.id = ?`,
    ).get(storyId) as { revision: number; text: string; sha256: string } | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such story.');
    return row;
  }

  private readLists(): AnonymiserLists {
    const db = this.db();
    const read = (key: string, fallback: readonly string[]) => {
      const stored = readSetting(db, key);
      return stored === null ? [...fallback] : (JSON.parse(stored) as string[]);
    };
    return { allowList: read('anonymiser_allow_list', DEFAULT_ALLOW_LIST), knownNames: read('anonymiser_known_names', []) };
  }

  /** The detector for the current lists, compiled once until the lists change. */
  private engine(): Detector {
    const lists = this.readLists();
    const signature = JSON.stringify(lists);
    if (this.detector?.lists !== signature) this.detector = { lists: signature, detector: createDetector(lists) };
    return this.detector.detector;
  }
}
