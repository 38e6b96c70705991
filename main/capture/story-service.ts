/**
 * Stories: saved durably and exactly as entered. The words are immutable: a
 * correction adds a revision with a reason and who made it, and every revision
 * stays readable. Consent, contact details, equality answers and safeguarding sit
 * beside the words, never in them. Who may see what is decided here.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Consent, NewStory, Revision, Safeguarding, StoryDetail, StoryPage, StorySummary } from '../../shared/capture/story';
import type { Equality } from '../../shared/capture/equality';
import type { Channel, Sentiment, StoryStatus, WordsKind } from '../../shared/capture/vocabulary';
import { ServiceError } from '../../shared/result';
import type { User } from '../../shared/users/schemas';
import { appendAudit, auditFor } from '../audit/audit-log';
import type { Db } from '../store/database';
import { readSetting } from '../store/settings-table';
import { localToday, type UserService } from '../users/user-service';
import { toService } from './service-register';
import { decodeCursor, encodeCursor } from '../store/cursor';
import { prepared } from '../store/prepared';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const EXCERPT_LENGTH = 240;

interface StoryRow {
  id: string;
  draft_id: string | null;
  words_kind: WordsKind;
  language: string;
  interpreter: number;
  translation: string | null;
  channel: Channel;
  event_id: string | null;
  heard_on: string;
  recorded_by: string;
  device_id: string;
  consent_keep: number;
  consent_share: number;
  consent_quote: number;
  consent_contact: number;
  safeguarding: number;
  safeguarding_action: string | null;
  safeguarding_by: string | null;
  status: StoryStatus;
  sentiment: Sentiment | null;
  return_reason: string | null;
  current_revision: number;
  created_at: string;
  updated_at: string;
}

export interface SavedStory {
  id: string;
  savedAt: string;
  /** Stories now recorded at the story's event (null when it has no event). */
  eventStoryCount: number | null;
  /** True when this draft had already been saved: nothing new was stored. */
  alreadySaved: boolean;
}

export class StoryService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
  ) {}

  /**
   * Saves a new story in one transaction; when it returns, the story is on disk
   * (synchronous=FULL), so the UI may say "saved".
   */
  save(input: NewStory, recorder?: User): SavedStory {
    const user = recorder ?? this.users.require('outreach', 'staff', 'admin');
    const db = this.db();
    if (!input.consent.keep) {
      throw new ServiceError('CONSENT_REQUIRED', 'The person has not agreed to their story being kept, so it cannot be saved.');
    }
    if (input.contact && !input.consent.contact) {
      throw new ServiceError('INVALID_INPUT', 'Contact details can only be kept when the person has agreed to be contacted.');
    }
    if (input.heardOn > localToday(new Date(Date.now() + 86_400_000))) {
      throw new ServiceError('INVALID_INPUT', 'The date the story was heard is in the future.');
    }
    if (user.role === 'outreach' && !recorder && input.eventId !== null && input.eventId !== this.users.eventId) {
      throw new ServiceError('FORBIDDEN', 'Outreach workers save stories at the event they are working at. Choose that event first.');
    }
    if (input.draftId) {
      const existing = prepared(db, 'SELECT id, event_id, created_at, recorded_by FROM stories WHERE draft_id = ?').get(input.draftId) as
        | { id: string; event_id: string | null; created_at: string; recorded_by: string }
        | undefined;
      if (existing && existing.recorded_by !== user.id) throw new ServiceError('INVALID_INPUT', 'That draft belongs to a story someone else saved.');
      if (existing) return { id: existing.id, savedAt: existing.created_at, eventStoryCount: this.eventCount(existing.event_id), alreadySaved: true };
    }
    if (input.eventId && !prepared(db, 'SELECT 1 FROM events WHERE id = ?').get(input.eventId)) {
      throw new ServiceError('UNKNOWN_EVENT', 'The event chosen for this story does not exist on this laptop.');
    }
    const serviceIds = [...new Set(input.serviceIds)];
    const checkService = prepared(db, 'SELECT retired_at FROM services WHERE id = ?').pluck();
    for (const serviceId of serviceIds) {
      const found = checkService.get(serviceId) as string | null | undefined;
      if (found === undefined) throw new ServiceError('UNKNOWN_SERVICE', 'A service chosen for this story is not in the register.');
    }

    const id = randomUUID();
    const now = new Date().toISOString();
    const sha256 = sha256Hex(input.text);
    const deviceId = readSetting(db, 'device_id') ?? 'unknown';
    db.transaction(() => {
      prepared(db, 
        `INSERT INTO stories (id, draft_id, words_kind, language, interpreter, translation, channel, event_id, heard_on,
           recorded_by, device_id, consent_keep, consent_share, consent_quote, consent_contact, safeguarding,
           safeguarding_action, safeguarding_by, status, current_revision, created_at, updated_at)
         VALUES (@id, @draftId, @wordsKind, @language, @interpreter, @translation, @channel, @eventId, @heardOn,
           @recordedBy, @deviceId, 1, @share, @quote, @contact, @safeguarding, @action, @actionBy, @status, 1, @now, @now)`,
      ).run({
        id,
        draftId: input.draftId,
        wordsKind: input.wordsKind,
        language: input.language,
        interpreter: input.interpreter ? 1 : 0,
        translation: input.translation,
        channel: input.channel,
        eventId: input.eventId,
        heardOn: input.heardOn,
        recordedBy: user.id,
        deviceId,
        share: input.consent.share ? 1 : 0,
        quote: input.consent.quote ? 1 : 0,
        contact: input.consent.contact ? 1 : 0,
        safeguarding: input.safeguarding.flagged ? 1 : 0,
        action: input.safeguarding.action,
        actionBy: input.safeguarding.actionBy,
        status: input.status,
        now,
      });
      prepared(db, 'INSERT INTO story_revisions (story_id, revision, text, sha256, reason, revised_by, revised_at) VALUES (?, 1, ?, ?, NULL, ?, ?)').run(
        id,
        input.text,
        sha256,
        user.id,
        now,
      );
      const linkService = prepared(db, 'INSERT INTO story_services (story_id, service_id) VALUES (?, ?)');
      for (const serviceId of serviceIds) linkService.run(id, serviceId);
      if (input.contact) {
        prepared(db, 'INSERT INTO story_contacts (story_id, name, phone, email, created_at) VALUES (?, ?, ?, ?, ?)').run(
          id,
          input.contact.name ?? null,
          input.contact.phone ?? null,
          input.contact.email ?? null,
          now,
        );
      }
      if (Object.keys(input.equality).length > 0) {
        prepared(db, 'INSERT INTO story_equality (story_id, answers) VALUES (?, ?)').run(id, JSON.stringify(input.equality));
      }
      appendAudit(db, this.users.actorOf(user), {
        action: 'story.create',
        entityType: 'story',
        entityId: id,
        details: { sha256, status: input.status, consent: input.consent, safeguarding: input.safeguarding.flagged },
      });
    })();
    return { id, savedAt: now, eventStoryCount: this.eventCount(input.eventId), alreadySaved: false };
  }

  /** A correction: a new revision with its reason; the earlier words stay as they were. */
  revise(storyId: string, text: string, reason: string): StoryDetail {
    const user = this.users.require('outreach', 'staff', 'admin');
    const db = this.db();
    const story = this.changeableRow(storyId, user);
    const current = prepared(db, 'SELECT text FROM story_revisions WHERE story_id = ? AND revision = ?').pluck().get(storyId, story.current_revision) as string;
    if (current === text) throw new ServiceError('INVALID_INPUT', 'The corrected text is the same as the current text.');
    const revision = story.current_revision + 1;
    const sha256 = sha256Hex(text);
    const now = new Date().toISOString();
    db.transaction(() => {
      prepared(db, 'INSERT INTO story_revisions (story_id, revision, text, sha256, reason, revised_by, revised_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        storyId,
        revision,
        text,
        sha256,
        reason,
        user.id,
        now,
      );
      prepared(db, 'UPDATE stories SET current_revision = ?, updated_at = ? WHERE id = ?').run(revision, now, storyId);
      appendAudit(db, this.users.actorOf(user), { action: 'story.revise', entityType: 'story', entityId: storyId, details: { revision, sha256, reason } });
    })();
    return this.get(storyId);
  }

  setTranslation(storyId: string, translation: string | null): StoryDetail {
    const user = this.users.require('outreach', 'staff', 'admin');
    this.changeableRow(storyId, user);
    this.update(storyId, user, 'UPDATE stories SET translation = ?, updated_at = ? WHERE id = ?', [translation], {
      action: 'story.translation',
      details: { translationSha256: translation === null ? null : sha256Hex(translation) },
    });
    return this.get(storyId);
  }

  setSafeguarding(storyId: string, safeguarding: Safeguarding): StoryDetail {
    const user = this.users.require('outreach', 'staff', 'admin');
    this.changeableRow(storyId, user);
    this.update(
      storyId,
      user,
      'UPDATE stories SET safeguarding = ?, safeguarding_action = ?, safeguarding_by = ?, updated_at = ? WHERE id = ?',
      [safeguarding.flagged ? 1 : 0, safeguarding.action, safeguarding.actionBy],
      { action: 'story.safeguarding', details: { ...safeguarding } },
    );
    return this.get(storyId);
  }

  /**
   * Changes what the person agreed to share. Keeping the story is not changed here:
   * when someone withdraws that, the story is deleted (delete()).
   */
  updateConsent(storyId: string, consent: Omit<Consent, 'keep'>): StoryDetail {
    const user = this.users.require('outreach', 'staff', 'admin');
    const story = this.changeableRow(storyId, user);
    const before = { share: story.consent_share === 1, quote: story.consent_quote === 1, contact: story.consent_contact === 1 };
    const db = this.db();
    db.transaction(() => {
      prepared(db, 'UPDATE stories SET consent_share = ?, consent_quote = ?, consent_contact = ?, updated_at = ? WHERE id = ?').run(
        consent.share ? 1 : 0,
        consent.quote ? 1 : 0,
        consent.contact ? 1 : 0,
        new Date().toISOString(),
        storyId,
      );
      // No agreement to be contacted, no contact details.
      const removed = !consent.contact && prepared(db, 'DELETE FROM story_contacts WHERE story_id = ?').run(storyId).changes > 0;
      appendAudit(db, this.users.actorOf(user), {
        action: 'consent.change',
        entityType: 'story',
        entityId: storyId,
        details: { before, after: consent, contactRemoved: removed },
      });
    })();
    return this.get(storyId);
  }

  /** Removes contact details on their own, for example once the follow-up is done. */
  removeContact(storyId: string): StoryDetail {
    const user = this.users.require('outreach', 'staff', 'admin');
    this.changeableRow(storyId, user);
    const db = this.db();
    db.transaction(() => {
      const removed = prepared(db, 'DELETE FROM story_contacts WHERE story_id = ?').run(storyId).changes;
      if (removed === 0) throw new ServiceError('NOT_FOUND', 'This story holds no contact details.');
      appendAudit(db, this.users.actorOf(user), { action: 'contact.remove', entityType: 'story', entityId: storyId });
    })();
    return this.get(storyId);
  }

  /** Deletes a story and everything about it (for a withdrawn consent). The audit keeps only hashes. */
  delete(storyId: string, reason: string): void {
    const user = this.users.require('staff', 'admin');
    this.visibleRow(storyId, user);
    const db = this.db();
    const hashes = prepared(db, 'SELECT sha256 FROM story_revisions WHERE story_id = ? ORDER BY revision').pluck().all(storyId);
    db.transaction(() => {
      prepared(db, 'DELETE FROM stories WHERE id = ?').run(storyId);
      appendAudit(db, this.users.actorOf(user), { action: 'story.delete', entityType: 'story', entityId: storyId, details: { reason, revisionHashes: hashes } });
    })();
  }

  get(storyId: string): StoryDetail {
    const user = this.users.require();
    const story = this.visibleRow(storyId, user);
    const db = this.db();
    const revisions = (
      db
        .prepare(
          `SELECT r.revision, r.text, r.sha256, r.reason, r.revised_by, u.name AS revised_by_name, r.revised_at
             FROM story_revisions r JOIN users u ON u.id = r.revised_by WHERE r.story_id = ? ORDER BY r.revision`,
        )
        .all(storyId) as Array<{ revision: number; text: string; sha256: string; reason: string | null; revised_by: string; revised_by_name: string; revised_at: string }>
    ).map(
      (r): Revision => ({
        revision: r.revision,
        text: r.text,
        sha256: r.sha256,
        reason: r.reason,
        revisedById: r.revised_by,
        revisedByName: r.revised_by_name,
        revisedAt: r.revised_at,
      }),
    );
    const current = revisions.find((r) => r.revision === story.current_revision)!;
    const event = story.event_id
      ? (prepared(db, 'SELECT id, name, held_on AS heldOn FROM events WHERE id = ?').get(story.event_id) as { id: string; name: string; heldOn: string })
      : null;
    const services = (
      prepared(db, 'SELECT s.* FROM services s JOIN story_services ss ON ss.service_id = s.id WHERE ss.story_id = ? ORDER BY s.name').all(storyId) as Parameters<
        typeof toService
      >[0][]
    ).map(toService);
    const contactRow = prepared(db, 'SELECT name, phone, email FROM story_contacts WHERE story_id = ?').get(storyId) as
      | { name: string | null; phone: string | null; email: string | null }
      | undefined;
    // Contact details are for staff and for the person who took them.
    const mayContact = user.role === 'staff' || user.role === 'admin' || story.recorded_by === user.id;
    const equalityJson = prepared(db, 'SELECT answers FROM story_equality WHERE story_id = ?').pluck().get(storyId) as string | undefined;
    const recorder = prepared(db, 'SELECT name FROM users WHERE id = ?').pluck().get(story.recorded_by) as string;
    return {
      id: story.id,
      text: current.text,
      sha256: current.sha256,
      wordsKind: story.words_kind,
      language: story.language,
      interpreter: story.interpreter === 1,
      translation: story.translation,
      channel: story.channel,
      event,
      heardOn: story.heard_on,
      recordedById: story.recorded_by,
      recordedByName: recorder,
      deviceId: story.device_id,
      services,
      consent: { keep: true, share: story.consent_share === 1, quote: story.consent_quote === 1, contact: story.consent_contact === 1 },
      contact: mayContact && contactRow ? contactRow : null,
      hasContact: contactRow !== undefined,
      equality: equalityJson ? (JSON.parse(equalityJson) as Equality) : {},
      safeguarding: { flagged: story.safeguarding === 1, action: story.safeguarding_action, actionBy: story.safeguarding_by },
      status: story.status,
      sentiment: story.sentiment,
      // Staff write return reasons freely: they may name people, so volunteers never get them.
      returnReason: user.role === 'volunteer' ? null : story.return_reason,
      createdAt: story.created_at,
      revisions,
      history: auditFor(db, 'story', storyId),
    };
  }

  /** A page of stories, newest first, paged by keyset (created_at, id), never OFFSET. */
  list(request: { scope: 'mine' | 'event' | 'all'; eventId?: string | undefined; after?: string | undefined; limit: number }): StoryPage {
    const user = this.users.require('outreach', 'staff', 'admin');
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: request.limit + 1, me: user.id };
    if (request.scope === 'mine') where.push('s.recorded_by = @me');
    if (request.scope === 'event') {
      if (!request.eventId) throw new ServiceError('INVALID_INPUT', 'Choose an event to list its stories.');
      where.push('s.event_id = @event');
      params.event = request.eventId;
    }
    if (user.role === 'outreach') {
      // Outreach workers see what they recorded, and the stories of the event they are working at.
      where.push('(s.recorded_by = @me OR (s.event_id IS NOT NULL AND s.event_id = @current))');
      params.current = this.users.eventId;
    }
    if (request.after) {
      const [createdAt, id] = decodeCursor(request.after, 2);
      where.push('(s.created_at, s.id) < (@afterCreated, @afterId)');
      params.afterCreated = createdAt;
      params.afterId = id;
    }
    const rows = this.db()
      .prepare(
        `SELECT s.id, substr(r.text, 1, ${EXCERPT_LENGTH}) AS excerpt, s.heard_on, s.channel, s.event_id, e.name AS event_name,
                s.recorded_by, u.name AS recorder_name, s.status, s.safeguarding, s.current_revision, s.created_at
           FROM stories s
           JOIN story_revisions r ON r.story_id = s.id AND r.revision = s.current_revision
           JOIN users u ON u.id = s.recorded_by
           LEFT JOIN events e ON e.id = s.event_id
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY s.created_at DESC, s.id DESC
          LIMIT @limit`,
      )
      .all(params) as Array<{
      id: string;
      excerpt: string;
      heard_on: string;
      channel: Channel;
      event_id: string | null;
      event_name: string | null;
      recorded_by: string;
      recorder_name: string;
      status: StoryStatus;
      safeguarding: number;
      current_revision: number;
      created_at: string;
    }>;
    const page = rows.slice(0, request.limit);
    const items: StorySummary[] = page.map((row) => ({
      id: row.id,
      excerpt: row.excerpt,
      heardOn: row.heard_on,
      channel: row.channel,
      eventId: row.event_id,
      eventName: row.event_name,
      recordedById: row.recorded_by,
      recordedByName: row.recorder_name,
      status: row.status,
      safeguarding: row.safeguarding === 1,
      revisions: row.current_revision,
      createdAt: row.created_at,
    }));
    const last = page.at(-1);
    return { items, nextCursor: rows.length > request.limit && last ? encodeCursor(last.created_at, last.id) : null };
  }

  private eventCount(eventId: string | null): number | null {
    if (!eventId) return null;
    return prepared(this.db(), 'SELECT count(*) FROM stories WHERE event_id = ?').pluck().get(eventId) as number;
  }

  /** The story row, if this user may see it; otherwise NOT_FOUND (no hint that it exists). */
  private visibleRow(storyId: string, user: User): StoryRow {
    const row = prepared(this.db(), 'SELECT * FROM stories WHERE id = ?').get(storyId) as StoryRow | undefined;
    const visible =
      row !== undefined &&
      (user.role === 'staff' ||
        user.role === 'admin' ||
        (user.role === 'outreach' && (row.recorded_by === user.id || (row.event_id !== null && row.event_id === this.users.eventId))));
    if (!visible) throw new ServiceError('NOT_FOUND', 'There is no such story, or it is not yours to see.');
    return row;
  }

  /** A story this user may change: staff any they can see, outreach workers only their own. */
  private changeableRow(storyId: string, user: User): StoryRow {
    const story = this.visibleRow(storyId, user);
    if (user.role === 'outreach' && story.recorded_by !== user.id) {
      throw new ServiceError('FORBIDDEN', 'Only the person who recorded a story, or staff, can change it.');
    }
    return story;
  }

  private update(
    storyId: string,
    user: User,
    sql: string,
    values: unknown[],
    audit: { action: 'story.translation' | 'story.safeguarding' | 'story.status-change'; details: Record<string, unknown> },
  ): void {
    const db = this.db();
    db.transaction(() => {
      prepared(db, sql).run(...values, new Date().toISOString(), storyId);
      appendAudit(db, this.users.actorOf(user), { action: audit.action, entityType: 'story', entityId: storyId, details: audit.details });
    })();
  }
}
