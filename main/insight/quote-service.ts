/**
 * The words people used: a few quotes per theme, each chosen by a member of staff
 * (never automatically). A story can be quoted only under the rules an intelligence
 * bundle quotes by: consent to share and to quote, approved, masks checked for its
 * current words. What is shown is those checked, anonymised words, never the
 * original; a quote whose story stops passing is kept but no longer shown or reported.
 */
import { randomBytes } from 'node:crypto';
import { PlaceholderBook, redact } from '../../shared/anonymise';
import { MAX_QUOTES_PER_THEME, type Period, type Quote, type QuoteCandidate } from '../../shared/insight/schemas';
import { rangeOfMonths, monthsBetween } from '../../shared/insight/periods';
import { ServiceError } from '../../shared/result';
import { appendAudit } from '../audit/audit-log';
import type { MaskService } from '../masks/mask-service';
import { nodeHmacSha256 } from '../masks/node-hmac';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';

/** Stories offered to choose from per theme and period, most recently heard first. */
export const CANDIDATES_SHOWN = 30;

/** Stories under a theme (or a sub-theme of it) that may be quoted, by the export rules. */
const QUOTABLE = `s.consent_share = 1 AND s.consent_quote = 1 AND s.status = 'approved'
  AND EXISTS (SELECT 1 FROM story_mask_checks mc WHERE mc.story_id = s.id AND mc.revision = s.current_revision)`;
const UNDER_THEME = `EXISTS (SELECT 1 FROM story_tags t JOIN codes c ON c.id = t.code_id WHERE t.story_id = s.id AND (t.code_id = @codeId OR c.parent_id = @codeId))`;

export class QuoteService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly masks: MaskService,
  ) {}

  /** The anonymised words of a quotable story, with placeholders numbered in `book`; null when it may not be quoted. */
  quotableText(storyId: string, book: PlaceholderBook): string | null {
    const passes = prepared(this.db(), `SELECT 1 FROM stories s WHERE s.id = ? AND ${QUOTABLE}`).get(storyId);
    if (!passes) return null;
    const checked = this.masks.checkedMasks(storyId);
    return checked ? redact(checked.text, checked.masks, book).text : null;
  }

  candidates(codeId: string, period: Period): QuoteCandidate[] {
    this.users.require('staff', 'admin');
    this.requireTheme(codeId);
    const range = rangeOfMonths(monthsBetween(period.from, period.to));
    const rows = prepared(
      this.db(),
      `SELECT s.id, s.heard_on FROM stories s WHERE s.heard_on BETWEEN @heardFrom AND @heardTo AND ${QUOTABLE} AND ${UNDER_THEME}
        ORDER BY s.heard_on DESC, s.seq DESC LIMIT ${CANDIDATES_SHOWN}`,
    ).all({ ...range, codeId }) as Array<{ id: string; heard_on: string }>;
    const chosen = new Set(prepared(this.db(), 'SELECT story_id FROM insight_quotes WHERE code_id = ?').pluck().all(codeId) as string[]);
    const book = this.book();
    return rows.flatMap((row) => {
      const text = this.quotableText(row.id, book);
      return text === null ? [] : [{ storyId: row.id, text, heardMonth: row.heard_on.slice(0, 7), chosen: chosen.has(row.id) }];
    });
  }

  /** The quotes chosen for the given themes (every theme when absent), in the order chosen. */
  list(codeIds?: readonly string[], book: PlaceholderBook = this.book()): Quote[] {
    this.users.require('staff', 'admin');
    const rows = prepared(
      this.db(),
      `SELECT q.id, q.story_id, q.code_id, s.heard_on, u.name AS chosen_by_name FROM insight_quotes q
         JOIN stories s ON s.id = q.story_id JOIN users u ON u.id = q.chosen_by ORDER BY q.code_id, q.id`,
    ).all() as Array<{ id: number; story_id: string; code_id: string; heard_on: string; chosen_by_name: string }>;
    const wanted = codeIds ? new Set(codeIds) : null;
    return rows
      .filter((row) => !wanted || wanted.has(row.code_id))
      .map((row) => {
        const text = this.quotableText(row.story_id, book);
        return { id: row.id, storyId: row.story_id, codeId: row.code_id, text: text ?? '', heardMonth: row.heard_on.slice(0, 7), chosenByName: row.chosen_by_name, usable: text !== null };
      });
  }

  add(codeId: string, storyId: string): Quote[] {
    const user = this.users.require('staff', 'admin');
    this.requireTheme(codeId);
    const db = this.db();
    const under = prepared(db, `SELECT 1 FROM stories s WHERE s.id = @storyId AND ${UNDER_THEME}`).get({ storyId, codeId });
    if (!under) throw new ServiceError('INVALID_INPUT', 'That story is not tagged with this theme.');
    if (this.quotableText(storyId, this.book()) === null) {
      throw new ServiceError('INVALID_INPUT', 'That story cannot be quoted: it needs consent to share and to quote, approval, and its masks checked for its current words.');
    }
    const count = prepared(db, 'SELECT count(*) FROM insight_quotes WHERE code_id = ?').pluck().get(codeId) as number;
    if (count >= MAX_QUOTES_PER_THEME) throw new ServiceError('INVALID_INPUT', `A theme has at most ${MAX_QUOTES_PER_THEME} quotes. Remove one first.`);
    db.transaction(() => {
      const added = prepared(db, 'INSERT OR IGNORE INTO insight_quotes (story_id, code_id, chosen_by, chosen_at) VALUES (?, ?, ?, ?)').run(storyId, codeId, user.id, new Date().toISOString());
      if (added.changes === 1) appendAudit(db, this.users.actorOf(user), { action: 'insight.quote-add', entityType: 'story', entityId: storyId, details: { codeId } });
    })();
    return this.list([codeId]);
  }

  remove(id: number): Quote[] {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    const row = prepared(db, 'SELECT story_id, code_id FROM insight_quotes WHERE id = ?').get(id) as { story_id: string; code_id: string } | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'That quote is no longer chosen.');
    db.transaction(() => {
      prepared(db, 'DELETE FROM insight_quotes WHERE id = ?').run(id);
      appendAudit(db, this.users.actorOf(user), { action: 'insight.quote-remove', entityType: 'story', entityId: row.story_id, details: { codeId: row.code_id } });
    })();
    return this.list([row.code_id]);
  }

  /** Placeholders numbered afresh for one view or one report, so they link nothing outside it. */
  book(): PlaceholderBook {
    return new PlaceholderBook(new Uint8Array(randomBytes(32)), nodeHmacSha256);
  }

  private requireTheme(codeId: string): void {
    if (!prepared(this.db(), 'SELECT 1 FROM codes WHERE id = ?').get(codeId)) throw new ServiceError('NOT_FOUND', 'There is no such theme.');
  }
}
