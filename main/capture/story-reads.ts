/**
 * Reading stories: one story in full, and pages of stories newest first. The
 * caller has already decided that the user may see them (story-access.ts).
 */
import type { Revision, StoryDetail, StoryPage, StorySummary } from '../../shared/capture/story';
import type { Equality } from '../../shared/capture/equality';
import type { Channel, StoryStatus } from '../../shared/capture/vocabulary';
import { ServiceError } from '../../shared/result';
import type { User } from '../../shared/users/schemas';
import { auditFor } from '../audit/audit-log';
import type { Db } from '../store/database';
import { decodeCursor, encodeCursor } from '../store/cursor';
import { prepared } from '../store/prepared';
import { toService } from './service-register';
import type { StoryRow } from './story-access';

const EXCERPT_LENGTH = 240;

export interface StoryListRequest {
  scope: 'mine' | 'event' | 'all';
  eventId?: string | undefined;
  after?: string | undefined;
  limit: number;
}

/** Everything about one story this user may see: its words and every revision, what sits beside them, its history. */
export function readStoryDetail(db: Db, story: StoryRow, user: User): StoryDetail {
  const storyId = story.id;
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
export function listStories(db: Db, user: User, currentEventId: string | null, request: StoryListRequest): StoryPage {
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
    params.current = currentEventId;
  }
  if (request.after) {
    const [createdAt, id] = decodeCursor(request.after, 2);
    where.push('(s.created_at, s.id) < (@afterCreated, @afterId)');
    params.afterCreated = createdAt;
    params.afterId = id;
  }
  const rows = db
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
