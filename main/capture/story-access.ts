/**
 * Who may see and change a story, decided in one place for every capture service:
 * staff and administrators see every story; outreach workers see what they recorded
 * and the stories of the event they are working at, and change only their own.
 */
import type { Channel, Sentiment, StoryStatus, WordsKind } from '../../shared/capture/vocabulary';
import { ServiceError } from '../../shared/result';
import type { User } from '../../shared/users/schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

export interface StoryRow {
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

/** The story row, if this user may see it; otherwise NOT_FOUND (no hint that it exists). */
export function visibleStoryRow(db: Db, storyId: string, user: User, currentEventId: string | null): StoryRow {
  const row = prepared(db, 'SELECT * FROM stories WHERE id = ?').get(storyId) as StoryRow | undefined;
  const visible =
    row !== undefined &&
    (user.role === 'staff' ||
      user.role === 'admin' ||
      (user.role === 'outreach' && (row.recorded_by === user.id || (row.event_id !== null && row.event_id === currentEventId))));
  if (!visible) throw new ServiceError('NOT_FOUND', 'There is no such story, or it is not yours to see.');
  return row;
}

/** A story this user may change: staff any they can see, outreach workers only their own. */
export function changeableStoryRow(db: Db, storyId: string, user: User, currentEventId: string | null): StoryRow {
  const story = visibleStoryRow(db, storyId, user, currentEventId);
  if (user.role === 'outreach' && story.recorded_by !== user.id) {
    throw new ServiceError('FORBIDDEN', 'Only the person who recorded a story, or staff, can change it.');
  }
  return story;
}
