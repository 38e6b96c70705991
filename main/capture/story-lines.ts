/**
 * Stories as plain JSON objects, one per story, for `verbatim list` and scripts.
 * `text` is the original verbatim text, exactly as first recorded; corrections
 * appear as `currentText` beside it. Stories come in the order they were stored.
 */
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

export interface StoryLine {
  id: string;
  text: string;
  sha256: string;
  revisions: number;
  currentText?: string;
  currentSha256?: string;
  wordsKind: string;
  language: string;
  interpreter: boolean;
  translation: string | null;
  channel: string;
  eventId: string | null;
  heardOn: string;
  recordedBy: string;
  deviceId: string;
  serviceIds: string[];
  consent: { keep: boolean; share: boolean; quote: boolean; contact: boolean };
  safeguarding: boolean;
  status: string;
  createdAt: string;
}

interface Row {
  id: string;
  words_kind: string;
  language: string;
  interpreter: number;
  translation: string | null;
  channel: string;
  event_id: string | null;
  heard_on: string;
  recorder: string;
  device_id: string;
  consent_share: number;
  consent_quote: number;
  consent_contact: number;
  safeguarding: number;
  status: string;
  current_revision: number;
  created_at: string;
  original: string;
  original_sha: string;
  current: string;
  current_sha: string;
  service_ids: string | null;
}

/** Every story in the order stored, or only those with the given ids, in that order. */
export function* storyLines(db: Db, ids?: readonly string[]): Generator<StoryLine> {
  if (ids) {
    for (const id of ids) yield* storyLinesWhere(db, 'WHERE s.id = ?', [id]);
    return;
  }
  yield* storyLinesWhere(db, '', []);
}

function* storyLinesWhere(db: Db, where: string, params: unknown[]): Generator<StoryLine> {
  const rows = prepared(
    db,
      `SELECT s.*, u.name AS recorder, o.text AS original, o.sha256 AS original_sha, c.text AS current, c.sha256 AS current_sha,
              (SELECT json_group_array(service_id) FROM story_services WHERE story_id = s.id) AS service_ids
         FROM stories s
         JOIN users u ON u.id = s.recorded_by
         JOIN story_revisions o ON o.story_id = s.id AND o.revision = 1
         JOIN story_revisions c ON c.story_id = s.id AND c.revision = s.current_revision
        ${where}
        ORDER BY s.seq`,
  ).iterate(...params) as IterableIterator<Row>;
  for (const row of rows) {
    yield {
      id: row.id,
      text: row.original,
      sha256: row.original_sha,
      revisions: row.current_revision,
      ...(row.current_revision > 1 ? { currentText: row.current, currentSha256: row.current_sha } : {}),
      wordsKind: row.words_kind,
      language: row.language,
      interpreter: row.interpreter === 1,
      translation: row.translation,
      channel: row.channel,
      eventId: row.event_id,
      heardOn: row.heard_on,
      recordedBy: row.recorder,
      deviceId: row.device_id,
      serviceIds: JSON.parse(row.service_ids ?? '[]') as string[],
      consent: { keep: true, share: row.consent_share === 1, quote: row.consent_quote === 1, contact: row.consent_contact === 1 },
      safeguarding: row.safeguarding === 1,
      status: row.status,
      createdAt: row.created_at,
    };
  }
}
