/**
 * Stories: saved durably and exactly as entered. The words are immutable: a
 * correction adds a revision with a reason and who made it, and every revision
 * stays readable. Consent, contact details, equality answers and safeguarding sit
 * beside the words, never in them. Who may see what is decided here.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Consent, NewStory, Safeguarding, StoryDetail, StoryPage } from '../../shared/capture/story';
import { ServiceError } from '../../shared/result';
import type { User } from '../../shared/users/schemas';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../store/database';
import { readSetting } from '../store/settings-table';
import { localToday, type UserService } from '../users/user-service';
import { prepared } from '../store/prepared';
import { changeableStoryRow, visibleStoryRow, type StoryRow } from './story-access';
import { listStories, readStoryDetail, type StoryListRequest } from './story-reads';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');


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
    return readStoryDetail(this.db(), this.visibleRow(storyId, user), user);
  }

  /** A page of stories, newest first, paged by keyset (created_at, id), never OFFSET. */
  list(request: StoryListRequest): StoryPage {
    const user = this.users.require('outreach', 'staff', 'admin');
    return listStories(this.db(), user, this.users.eventId, request);
  }

  private eventCount(eventId: string | null): number | null {
    if (!eventId) return null;
    return prepared(this.db(), 'SELECT count(*) FROM stories WHERE event_id = ?').pluck().get(eventId) as number;
  }


  private visibleRow(storyId: string, user: User): StoryRow {
    return visibleStoryRow(this.db(), storyId, user, this.users.eventId);
  }

  private changeableRow(storyId: string, user: User): StoryRow {
    return changeableStoryRow(this.db(), storyId, user, this.users.eventId);
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
