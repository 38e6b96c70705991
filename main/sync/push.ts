/**
 * Sending this laptop's changes: every story changed here since the last push,
 * in numbered batches of at most BATCH_STORIES, each the transfer file's lines
 * sealed for its audience. All of a push's batches go into the server in one
 * transaction, each sent as soon as it is sealed; the local cursor moves only
 * after that has committed. A push cut
 * off before the server committed is simply sent again under the same numbers;
 * one cut off after it (the cursor not yet moved) is sent again under the next
 * numbers, which the merge on the other laptops finds unchanged.
 */
import { createHash } from 'node:crypto';
import type { PackFile } from '../../shared/packs/schemas';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { JobContext } from '../jobs/job-context';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting, writeSetting } from '../store/settings-table';
import { buildTransferZip, type ExtraReferences } from '../transfer/transfer-export';
import { framePayload, type BatchContent, type DeclaredBase } from './batch-payload';
import { sealBatch, type BatchAddress } from './batch-envelope';
import { changeCount, localChanges, readPushCursor, writePushCursor, type LocalChanges } from './local-changes';
import { fieldAudience, OFFICE_AUDIENCE, toFieldAudience, VOLUNTEER_AUDIENCE, type Keyring } from './sync-key';
import type { StoredBatch, SyncConnection } from './sync-server';

export const BATCH_STORIES = 1000;
const PACK_STORIES = 500;
const NEXT_SEQ_SETTING = 'sync_next_seq';
const FIELD_SNAPSHOTS_SETTING = 'sync_field_snapshots';
const IN_BATCH = 'IN (SELECT value FROM json_each(?))';

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
};

function declaredBases(db: Db, storyIds: readonly string[]): DeclaredBase[] {
  return (
    prepared(db, `SELECT story_id, source_device, fields_sha256 FROM story_transfer_bases WHERE story_id ${IN_BATCH}`).all(JSON.stringify(storyIds)) as Array<{
      story_id: string;
      source_device: string;
      fields_sha256: string;
    }>
  ).map((row) => [row.story_id, row.source_device, row.fields_sha256]);
}

const NO_REFERENCES: ExtraReferences = { services: [], events: [], codes: [], users: [] };
const hasReferences = (references: ExtraReferences) => Object.values(references).some((ids) => ids.length > 0);

/** Every service, event, code and person: what a field laptop is sent to work with. */
function allReferences(db: Db): ExtraReferences {
  const ids = (table: string) => prepared(db, `SELECT id FROM ${table} ORDER BY id`).pluck().all() as string[];
  return { services: ids('services'), events: ids('events'), codes: ids('codes'), users: ids('users') };
}

/** The anonymised, checked words of these stories, as a review pack holds them. */
function anonymisedStories(db: Db, storyIds: readonly string[]): Array<{ text: string; language: string; heardMonth: string }> {
  const rows = prepared(
    db,
    `SELECT x.text, s.language, s.heard_on FROM stories s
       JOIN story_redactions x ON x.story_id = s.id AND x.revision = s.current_revision
       JOIN story_mask_checks c ON c.story_id = s.id AND c.revision = s.current_revision
      WHERE s.id ${IN_BATCH} ORDER BY s.created_at, s.id`,
  ).all(JSON.stringify(storyIds)) as Array<{ text: string; language: string; heard_on: string }>;
  return rows.map((row) => ({ text: row.text, language: row.language, heardMonth: row.heard_on.slice(0, 7) }));
}

function packCodebook(db: Db): PackFile['codebook'] {
  const rows = prepared(db, 'SELECT id, name, parent_id, retired_at, position FROM codes ORDER BY parent_id IS NOT NULL, position, name LIMIT 2000').all() as Array<{
    id: string;
    name: string;
    parent_id: string | null;
    retired_at: string | null;
    position: number;
  }>;
  return rows.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id, retired: r.retired_at !== null, position: r.position }));
}

/** The pack id a volunteers' batch is kept under: the same batch always gives the same pack. */
export const syncPackId = (deviceId: string, seq: number): string =>
  `pack-${createHash('sha256').update(`verbatim-sync ${deviceId} ${seq}`).digest('hex').slice(0, 16)}`;

interface PlannedBatch {
  audience: string;
  build: (seq: number) => Promise<BatchContent>;
  stories: number;
}

function changeBatches(db: Db, audience: string, changes: LocalChanges, context: JobContext): PlannedBatch[] {
  const storyChunks = chunks(changes.storyIds, BATCH_STORIES);
  if (storyChunks.length === 0 && hasReferences(changes.references)) storyChunks.push([]);
  return storyChunks.map((ids, index) => ({
    audience,
    stories: ids.length,
    build: async () => {
      const { zip } = await buildTransferZip(db, ids, { since: null, extra: index === 0 ? changes.references : NO_REFERENCES }, context);
      return { kind: 'changes', bases: declaredBases(db, ids), zip };
    },
  }));
}

/** The batches an office laptop sends field laptops and volunteers' laptops, beside its own. */
function officeExtras(db: Db, changes: LocalChanges, fieldNumbers: readonly number[], snapshots: Record<string, number>, context: JobContext): PlannedBatch[] {
  const planned: PlannedBatch[] = [];
  for (const number of fieldNumbers) {
    if (snapshots[number] !== undefined && !hasReferences(changes.references)) continue;
    planned.push({
      audience: toFieldAudience(number),
      stories: 0,
      build: async () => ({ kind: 'changes', bases: [], zip: (await buildTransferZip(db, [], { since: null, extra: allReferences(db) }, context)).zip }),
    });
  }
  const organisation = readSetting(db, 'organisation') ?? '';
  for (const ids of chunks(changes.storyIds, PACK_STORIES)) {
    const stories = anonymisedStories(db, ids);
    if (stories.length === 0) continue;
    planned.push({
      audience: VOLUNTEER_AUDIENCE,
      stories: stories.length,
      build: async (seq) => ({
        kind: 'anonymised',
        pack: {
          packId: syncPackId(readSetting(db, 'device_id') ?? 'unknown', seq),
          volunteerName: 'Volunteers',
          issuedAt: new Date().toISOString(),
          issuedByName: organisation || 'Verbatim sync',
          stories: stories.map((story, index) => ({ ref: `S${String(index + 1).padStart(3, '0')}`, ...story })),
          codebook: packCodebook(db),
        },
      }),
    });
  }
  return planned;
}

export interface PushOutcome {
  sent: number;
  batches: number;
}

export async function push(
  db: Db,
  connection: SyncConnection,
  keyring: Keyring,
  fieldNumbers: readonly number[],
  actor: Actor,
  context: JobContext,
): Promise<PushOutcome> {
  if (keyring.profile === 'volunteer') return { sent: 0, batches: 0 };
  const deviceId = readSetting(db, 'device_id')!;
  const changes = localChanges(db, readPushCursor(db));
  const snapshots = JSON.parse(readSetting(db, FIELD_SNAPSHOTS_SETTING) ?? '{}') as Record<string, number>;
  const own = keyring.profile === 'office' ? OFFICE_AUDIENCE : fieldAudience(keyring.fieldNumber);
  const planned = [...changeBatches(db, own, changes, context), ...(keyring.profile === 'office' ? officeExtras(db, changes, fieldNumbers, snapshots, context) : [])];
  const localNext = Number(readSetting(db, NEXT_SEQ_SETTING) ?? 1);
  const first = Math.max(localNext, (await connection.lastSeqOf(deviceId)) + 1);
  const batches: BatchAddress[] = [];
  const total = planned.reduce((sum, batch) => sum + batch.stories, 0);
  let done = 0;
  context.progress(0, total, 'sending');
  async function* sealed(): AsyncGenerator<StoredBatch> {
    for (const [index, batch] of planned.entries()) {
      const seq = first + index;
      const payload = framePayload(await batch.build(seq));
      const address = { deviceId, seq, audience: batch.audience };
      yield { ...address, blob: sealBatch(payload, address, keyring.keyFor(batch.audience)!) };
      batches.push(address);
      done += batch.stories;
      context.progress(done, total, 'sending');
      await context.checkpoint();
    }
  }
  if (planned.length > 0) await connection.insertBatches(sealed());
  const sent = changeCount(changes);
  db.transaction(() => {
    writePushCursor(db, changes.upTo);
    writeSetting(db, NEXT_SEQ_SETTING, String(first + batches.length));
    for (const batch of batches) {
      const number = /^to-field-(\d+)$/.exec(batch.audience)?.[1];
      if (number) snapshots[number] = batch.seq;
    }
    writeSetting(db, FIELD_SNAPSHOTS_SETTING, JSON.stringify(snapshots));
    if (batches.length > 0) {
      appendAudit(db, actor, {
        action: 'sync.push',
        entityType: 'sync',
        entityId: deviceId,
        details: { stories: changes.storyIds.length, changes: sent, batches: batches.map((batch) => `${batch.audience}:${batch.seq}`) },
      });
    }
  })();
  return { sent, batches: batches.length };
}
