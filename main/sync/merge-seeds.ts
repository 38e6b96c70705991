/**
 * What the transfer merge needs to know before it merges a batch from another
 * laptop that it would not need for a file from a field laptop, because sync goes
 * both ways: which of the sender's revisions are words this store already holds
 * under another number (after a conflict both laptops kept both), and which
 * states of a story's details the two laptops had in common. Both are written
 * into the merge's own tables (story_revision_origins, story_transfer_bases), in
 * the pull's transaction, so the merge itself is the transfer's, unchanged.
 */
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { TransferBundle } from '../transfer/bundle-reader';
import { readOfficeStories } from '../transfer/merge-office';
import type { MergePlan } from '../transfer/merge-plan';
import { fieldsSha256 } from '../transfer/story-fields';
import type { DeclaredBase } from './batch-payload';

const IN_BATCH = 'IN (SELECT value FROM json_each(?))';

/** The sender's revisions whose words this store holds under another number are known as those. */
export function seedRevisionOrigins(db: Db, bundle: TransferBundle): void {
  const sender = bundle.manifest.deviceId;
  const ids = JSON.stringify(bundle.rows.stories.map((story) => story.id));
  const mine = new Map<string, Map<string, number>>();
  const rows = prepared(db, `SELECT story_id, revision, sha256 FROM story_revisions WHERE story_id ${IN_BATCH}`).all(ids) as Array<{
    story_id: string;
    revision: number;
    sha256: string;
  }>;
  const numbers = new Map<string, Map<number, string>>();
  for (const row of rows) {
    if (!mine.has(row.story_id)) mine.set(row.story_id, new Map());
    if (!numbers.has(row.story_id)) numbers.set(row.story_id, new Map());
    if (!mine.get(row.story_id)!.has(row.sha256)) mine.get(row.story_id)!.set(row.sha256, row.revision);
    numbers.get(row.story_id)!.set(row.revision, row.sha256);
  }
  const insert = prepared(
    db,
    'INSERT OR IGNORE INTO story_revision_origins (story_id, source_device, source_revision, sha256, revision) VALUES (?, ?, ?, ?, ?)',
  );
  for (const line of bundle.rows.revisions) {
    const here = mine.get(line.story_id)?.get(line.sha256);
    if (here === undefined || here === line.revision || numbers.get(line.story_id)?.get(line.revision) === line.sha256) continue;
    insert.run(line.story_id, sender, line.revision, line.sha256, here);
  }
}

/**
 * For stories the plan finds changed on both sides: when the sender's details are
 * a state both laptops had (what it last received from here, or from a third
 * laptop that this store received the same from), the sender has changed nothing
 * and this store's details stand; when this store's details are such a state, only
 * the sender changed them and its details are taken. Answers whether anything was
 * written (the plan must then be made again).
 */
export function seedCommonDetails(db: Db, bundle: TransferBundle, plan: MergePlan, declared: readonly DeclaredBase[], me: string): boolean {
  const disputed = plan.stories.filter((story) => story.existing?.fieldsConflict);
  if (disputed.length === 0) return false;
  const sender = bundle.manifest.deviceId;
  const theirs = new Map<string, Map<string, string>>();
  for (const [storyId, device, sha] of declared) {
    if (!theirs.has(storyId)) theirs.set(storyId, new Map());
    theirs.get(storyId)!.set(device, sha);
  }
  const ids = disputed.map((story) => story.field.story.id);
  const office = readOfficeStories(db, sender, ids);
  const myBases = new Map<string, Map<string, string>>();
  for (const row of prepared(db, `SELECT story_id, source_device, fields_sha256 FROM story_transfer_bases WHERE story_id ${IN_BATCH}`).all(JSON.stringify(ids)) as Array<{
    story_id: string;
    source_device: string;
    fields_sha256: string;
  }>) {
    if (!myBases.has(row.story_id)) myBases.set(row.story_id, new Map());
    myBases.get(row.story_id)!.set(row.source_device, row.fields_sha256);
  }
  const setBase = prepared(
    db,
    `INSERT INTO story_transfer_bases (story_id, source_device, fields_sha256) VALUES (?, ?, ?)
     ON CONFLICT (story_id, source_device) DO UPDATE SET fields_sha256 = excluded.fields_sha256`,
  );
  let seeded = false;
  for (const story of disputed) {
    const storyId = story.field.story.id;
    const declaredHere = theirs.get(storyId) ?? new Map<string, string>();
    const common = new Set<string>();
    for (const [device, sha] of declaredHere) {
      if (device === me || myBases.get(storyId)?.get(device) === sha) common.add(sha);
    }
    const officeStory = office.get(storyId);
    if (!officeStory) continue;
    const officeHash = fieldsSha256(officeStory.fields);
    const base = common.has(story.fieldsSha256) ? story.fieldsSha256 : common.has(officeHash) ? officeHash : null;
    if (base === null) continue;
    setBase.run(storyId, sender, base);
    seeded = true;
  }
  return seeded;
}
