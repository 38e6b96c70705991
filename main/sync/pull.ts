/**
 * Receiving: other laptops' batches in this laptop's audiences after the last one
 * applied from each, fetched a page at a time (network waits are async; the next
 * page is asked for before the current one is opened), every one
 * opened and checked first, then all merged in ONE local transaction together with
 * the cursors, so a pull either lands whole or changes nothing, and a pull stopped
 * at any point is repeated from where the store says it got to. Each batch of
 * changes goes through the transfer import's own merge (plan, then apply).
 */
import { createHash } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { JobContext } from '../jobs/job-context';
import type { ReceivedPackService } from '../packs/received-pack-service';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting } from '../store/settings-table';
import { readTransferContents, type TransferBundle } from '../transfer/bundle-reader';
import { applyMerge, withLargeCache } from '../transfer/merge-apply';
import { planMergeNow } from '../transfer/merge-plan';
import type { PackFile } from '../../shared/packs/schemas';
import type { User } from '../../shared/users/schemas';
import { openBatch, tamperedBatch, type BatchAddress } from './batch-envelope';
import { readPayload, type DeclaredBase } from './batch-payload';
import { currentHeads, readPushCursor, writePushCursor } from './local-changes';
import { seedCommonDetails, seedRevisionOrigins } from './merge-seeds';
import type { StoredBatch, SyncConnection } from './sync-server';
import type { Keyring } from './sync-key';

const PAGE = 16;

type Opened =
  | { address: BatchAddress; sha256: string; kind: 'changes'; bundle: TransferBundle; bases: DeclaredBase[] }
  | { address: BatchAddress; sha256: string; kind: 'anonymised'; pack: PackFile };

export interface PullOutcome {
  received: number;
  applied: number;
  conflicts: number;
  batches: number;
}

function cursors(db: Db): Map<string, number> {
  const rows = prepared(db, 'SELECT device_id, last_seq FROM sync_cursors').all() as Array<{ device_id: string; last_seq: number }>;
  return new Map(rows.map((row) => [row.device_id, row.last_seq]));
}

/** Opens and checks one batch; anything wrong with it is the server's copy being wrong. */
async function open(batch: StoredBatch, keyring: Keyring, context: JobContext): Promise<Opened> {
  const address = { deviceId: batch.deviceId, seq: batch.seq, audience: batch.audience };
  const key = keyring.keyFor(batch.audience);
  if (!key) throw tamperedBatch(address, 'it is in an audience this laptop may not read');
  const payload = openBatch(batch.blob, address, key);
  const sha256 = createHash('sha256').update(batch.blob).digest('hex');
  const content = readPayload(payload, (what) => tamperedBatch(address, what));
  if (content.kind === 'anonymised') return { address, sha256, kind: 'anonymised', pack: content.pack };
  let bundle: TransferBundle;
  try {
    bundle = await readTransferContents(content.zip, sha256, context);
  } catch (error) {
    if (error instanceof ServiceError && error.code !== 'CANCELLED') throw tamperedBatch(address, error.message);
    throw error;
  }
  if (bundle.manifest.deviceId !== batch.deviceId) throw tamperedBatch(address, 'its contents say they come from another laptop');
  return { address, sha256, kind: 'changes', bundle, bases: content.bases };
}

/** Fetches and opens every batch waiting for this laptop, oldest first for each other laptop. */
async function fetchWaiting(db: Db, connection: SyncConnection, keyring: Keyring, audiences: readonly string[], context: JobContext): Promise<Opened[]> {
  const me = readSetting(db, 'device_id')!;
  const applied = cursors(db);
  const devices = await connection.devicesWith(audiences, me);
  const opened: Opened[] = [];
  let stories = 0;
  const pageAfter = (device: string, last: number, after: number) => {
    if (after >= last) return null;
    const page = connection.batchesAfter(device, audiences, after, PAGE);
    // A failure is met where the page is awaited; one never awaited (a batch before it was refused) is dropped.
    page.catch(() => undefined);
    return page;
  };
  for (const [device, last] of devices) {
    let next = pageAfter(device, last, applied.get(device) ?? 0);
    while (next) {
      const page = await next;
      if (page.length === 0) break;
      // The server sends the next page while this one is opened and checked.
      next = pageAfter(device, last, page.at(-1)!.seq);
      for (const batch of page) {
        const item = await open(batch, keyring, context);
        stories += item.kind === 'changes' ? item.bundle.rows.stories.length : item.pack.stories.length;
        opened.push(item);
      }
      context.progress(stories, null, 'receiving');
      await context.checkpoint();
    }
  }
  return opened;
}

function mergeChanges(db: Db, item: Extract<Opened, { kind: 'changes' }>, me: string, actor: Actor) {
  seedRevisionOrigins(db, item.bundle);
  let plan = planMergeNow(db, item.bundle);
  if (seedCommonDetails(db, item.bundle, plan, item.bases, me)) plan = planMergeNow(db, item.bundle);
  return applyMerge(db, item.bundle, plan, actor).stories;
}

export async function pull(
  db: Db,
  connection: SyncConnection,
  keyring: Keyring,
  audiences: readonly string[],
  packs: ReceivedPackService,
  user: User,
  actor: Actor,
  context: JobContext,
): Promise<PullOutcome> {
  const opened = await fetchWaiting(db, connection, keyring, audiences, context);
  const received = opened.reduce((sum, item) => sum + (item.kind === 'changes' ? item.bundle.rows.stories.length : item.pack.stories.length), 0);
  if (opened.length === 0) return { received: 0, applied: 0, conflicts: 0, batches: 0 };
  context.progress(received, received, 'merging');
  await context.checkpoint();
  const me = readSetting(db, 'device_id')!;
  const organisation = readSetting(db, 'organisation') ?? '';
  return withLargeCache(db, () => db.transaction(() => {
    const pushCursor = readPushCursor(db);
    const tagsBefore = currentHeads(db).tag;
    let applied = 0;
    let conflicts = 0;
    const setCursor = prepared(
      db,
      `INSERT INTO sync_cursors (device_id, last_seq, applied_at) VALUES (?, ?, ?)
       ON CONFLICT (device_id) DO UPDATE SET last_seq = excluded.last_seq, applied_at = excluded.applied_at`,
    );
    const remember = prepared(db, 'INSERT OR IGNORE INTO sync_applied_batches (sha256, device_id, seq, applied_at) VALUES (?, ?, ?, ?)');
    const now = new Date().toISOString();
    for (const item of opened) {
      if (item.kind === 'changes') {
        const counts = mergeChanges(db, item, me, actor);
        applied += counts.new + counts.updated + counts.conflicting;
        conflicts += counts.conflicting;
      } else {
        const stored = packs.storeSynced(item.pack, { organisation, source: `sync:${item.address.deviceId}`, sha256: item.sha256 }, user);
        if (stored) applied += item.pack.stories.length;
      }
      setCursor.run(item.address.deviceId, item.address.seq, now);
      remember.run(item.sha256, item.address.deviceId, item.address.seq, now);
    }
    // Tags the merge wrote are not this laptop's own changes: do not send them back.
    if (pushCursor.tag === tagsBefore) writePushCursor(db, { ...pushCursor, tag: currentHeads(db).tag });
    appendAudit(db, actor, {
      action: 'sync.pull',
      entityType: 'sync',
      entityId: me,
      details: { batches: opened.length, received, applied, conflicts, from: [...new Set(opened.map((item) => item.address.deviceId))] },
    });
    return { received, applied, conflicts, batches: opened.length };
  })());
}
