/**
 * What this store already holds about a batch of the bundle's stories, read with
 * one query per table for the whole batch (a query per story per table is what
 * made re-importing 100,000 unchanged stories slow).
 */
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { groupByStory } from './by-story';
import { pickColumns, type ContactFields, type StoryFieldColumn, type StoryFields } from './story-fields';

export interface OfficeStory {
  seq: number;
  currentRevision: number;
  /** Revision numbers and SHA-256, in order. */
  revisions: Array<{ revision: number; sha256: string }>;
  /** Field revisions from this device already taken in under another number. */
  origins: Map<number, { sha256: string; revision: number }>;
  fields: StoryFields;
  /** The field's fields as they were at the last import from this device. */
  base: string | undefined;
  tags: Array<{ code_id: string; start: number | null; end: number | null; revision: number | null }>;
}

const IN_BATCH = 'IN (SELECT value FROM json_each(?))';

type StoryRow = Record<StoryFieldColumn, string | number | null> & { id: string; seq: number; current_revision: number };

export function readOfficeStories(db: Db, device: string, ids: string[]): Map<string, OfficeStory> {
  const batch = JSON.stringify(ids);
  const stories = prepared(db, `SELECT * FROM stories WHERE id ${IN_BATCH}`).all(batch) as StoryRow[];
  const found = new Map<string, OfficeStory>();
  if (stories.length === 0) return found;
  const existing = JSON.stringify(stories.map((story) => story.id));
  const revisions = groupByStory(
    prepared(db, `SELECT story_id, revision, sha256 FROM story_revisions WHERE story_id ${IN_BATCH} ORDER BY story_id, revision`).all(existing) as Array<{
      story_id: string;
      revision: number;
      sha256: string;
    }>,
  );
  const origins = groupByStory(
    prepared(db, `SELECT story_id, source_revision, sha256, revision FROM story_revision_origins WHERE source_device = ? AND story_id ${IN_BATCH}`).all(
      device,
      existing,
    ) as Array<{ story_id: string; source_revision: number; sha256: string; revision: number }>,
  );
  const contacts = new Map(
    (prepared(db, `SELECT story_id, name, phone, email FROM story_contacts WHERE story_id ${IN_BATCH}`).all(existing) as Array<ContactFields & { story_id: string }>).map(
      ({ story_id, ...contact }) => [story_id, contact],
    ),
  );
  const equality = new Map(
    (prepared(db, `SELECT story_id, answers FROM story_equality WHERE story_id ${IN_BATCH}`).all(existing) as Array<{ story_id: string; answers: string }>).map(
      (row) => [row.story_id, row.answers],
    ),
  );
  const services = groupByStory(
    prepared(db, `SELECT story_id, service_id FROM story_services WHERE story_id ${IN_BATCH} ORDER BY story_id, service_id`).all(existing) as Array<{
      story_id: string;
      service_id: string;
    }>,
  );
  const bases = new Map(
    (
      prepared(db, `SELECT story_id, fields_sha256 FROM story_transfer_bases WHERE source_device = ? AND story_id ${IN_BATCH}`).all(device, existing) as Array<{
        story_id: string;
        fields_sha256: string;
      }>
    ).map((row) => [row.story_id, row.fields_sha256]),
  );
  const tags = groupByStory(
    prepared(db, `SELECT story_id, code_id, start, "end", revision FROM story_tags WHERE story_id ${IN_BATCH}`).all(existing) as Array<
      OfficeStory['tags'][number] & { story_id: string }
    >,
  );
  for (const story of stories) {
    found.set(story.id, {
      seq: story.seq,
      currentRevision: story.current_revision,
      revisions: revisions.get(story.id) ?? [],
      origins: new Map((origins.get(story.id) ?? []).map((row) => [row.source_revision, row])),
      fields: {
        columns: pickColumns(story),
        contact: contacts.get(story.id) ?? null,
        equality: equality.get(story.id) ?? null,
        services: (services.get(story.id) ?? []).map((row) => row.service_id),
      },
      base: bases.get(story.id),
      tags: tags.get(story.id) ?? [],
    });
  }
  return found;
}
