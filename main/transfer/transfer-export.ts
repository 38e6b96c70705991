/**
 * Writing a transfer file: every chosen story with all its revisions, consent,
 * contact details, equality answers, services, tags, masks and audit entries,
 * plus the people, services, events and codes they refer to; zipped, sealed
 * with the bundle passphrase, and written durably (a cancelled or failed export
 * leaves no file behind).
 */
import { createHash } from 'node:crypto';
import { ServiceError } from '../../shared/result';
import { checkOutPath } from '../bundles/out-path';
import { zipToBuffer } from '../bundles/zip/zip-writer';
import { writeFileDurably } from '../files/durable-write';
import type { JobContext } from '../jobs/job-context';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting } from '../store/settings-table';
import { BUNDLE_FILES, BUNDLE_TABLES, MANIFEST_FILE, type BundleTable, type Manifest } from './bundle-lines';
import { sealWithPassphrase } from './envelope';

const BATCH = 500;
export const TRANSFER_EXTENSION = '.vtransfer';

export interface TransferExportRequest {
  path: string;
  passphrase: string;
  /** Stories created or changed on or after this date (YYYY-MM-DD); all when null. */
  since: string | null;
  /** Only the stories this person recorded (outreach workers); all when null. */
  recordedBy: string | null;
}

export interface TransferExportResult {
  path: string;
  counts: Record<BundleTable, number>;
  sha256: string;
}

const inBatch = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;

/** Per story table, the query for one batch of story ids. */
const STORY_QUERIES: Partial<Record<BundleTable, string>> = {
  stories: `SELECT id, draft_id, words_kind, language, interpreter, translation, channel, event_id, heard_on, recorded_by, device_id,
              consent_keep, consent_share, consent_quote, consent_contact, safeguarding, safeguarding_action, safeguarding_by, status,
              current_revision, created_at, updated_at, sentiment, return_reason
              FROM stories WHERE ${inBatch('id')} ORDER BY seq`,
  revisions: `SELECT story_id, revision, text, sha256, reason, revised_by, revised_at FROM story_revisions WHERE ${inBatch('story_id')} ORDER BY story_id, revision`,
  storyServices: `SELECT story_id, service_id FROM story_services WHERE ${inBatch('story_id')}`,
  contacts: `SELECT story_id, name, phone, email, created_at FROM story_contacts WHERE ${inBatch('story_id')}`,
  equality: `SELECT story_id, answers FROM story_equality WHERE ${inBatch('story_id')}`,
  tags: `SELECT story_id, code_id, sentiment, start, "end", revision, tagged_by, tagged_at FROM story_tags WHERE ${inBatch('story_id')} ORDER BY id`,
  masks: `SELECT story_id, revision, start, "end", type, origin, confidence, rule FROM story_masks WHERE ${inBatch('story_id')}`,
  maskChecks: `SELECT story_id, revision, text_sha256, masks_sha256, checked_by, checked_at FROM story_mask_checks WHERE ${inBatch('story_id')}`,
  redactions: `SELECT story_id, revision, text FROM story_redactions WHERE ${inBatch('story_id')}`,
  audit: `SELECT * FROM audit_log WHERE entity_type = 'story' AND ${inBatch('entity_id')} ORDER BY seq`,
};

class Lines {
  readonly text = new Map<BundleTable, string[]>(BUNDLE_TABLES.map((table) => [table, []]));
  add(table: BundleTable, row: unknown): void {
    this.text.get(table)!.push(JSON.stringify(row));
  }
  count(table: BundleTable): number {
    return this.text.get(table)!.length;
  }
}

function selectStoryIds(db: Db, request: TransferExportRequest): string[] {
  return prepared(
    db,
    `SELECT id FROM stories
      WHERE (@since IS NULL OR created_at >= @since OR updated_at >= @since)
        AND (@recordedBy IS NULL OR recorded_by = @recordedBy)
      ORDER BY seq`,
  )
    .pluck()
    .all({ since: request.since, recordedBy: request.recordedBy }) as string[];
}

/** Reference rows asked for by id beside those the stories refer to (a sync batch's new services, say). */
export interface ExtraReferences {
  services: readonly string[];
  events: readonly string[];
  codes: readonly string[];
  users: readonly string[];
}

const NO_EXTRA: ExtraReferences = { services: [], events: [], codes: [], users: [] };

/** The people, services, events and codes the chosen stories refer to (and any extra asked for), and the events' audit entries. */
function addReferences(db: Db, lines: Lines, storyIds: string[], extra: ExtraReferences): void {
  const ids = JSON.stringify(storyIds);
  const events = prepared(
    db,
    `SELECT * FROM events WHERE id IN (SELECT event_id FROM stories WHERE ${inBatch('id')}) OR ${inBatch('id')}`,
  ).all(ids, JSON.stringify(extra.events)) as Array<{ id: string; created_by: string }>;
  for (const event of events) lines.add('events', event);
  const eventIds = JSON.stringify(events.map((event) => event.id));
  for (const row of prepared(db, `SELECT * FROM audit_log WHERE entity_type = 'event' AND ${inBatch('entity_id')} ORDER BY seq`).iterate(eventIds)) {
    lines.add('audit', row);
  }
  const services = `SELECT * FROM services WHERE id IN (SELECT service_id FROM story_services WHERE ${inBatch('story_id')}) OR ${inBatch('id')}`;
  for (const row of prepared(db, services).iterate(ids, JSON.stringify(extra.services))) lines.add('services', row);
  // Codes used by tags, and every code above them, so the tree can be rebuilt.
  const codes = prepared(
    db,
    `WITH RECURSIVE used(id) AS (
       SELECT code_id FROM story_tags WHERE ${inBatch('story_id')} UNION SELECT value FROM json_each(?)
       UNION SELECT c.parent_id FROM codes c JOIN used ON c.id = used.id WHERE c.parent_id IS NOT NULL)
     SELECT id, key, parent_id, name, description, position, retired_at, created_at FROM codes WHERE id IN (SELECT id FROM used)
     ORDER BY parent_id IS NOT NULL, position`,
  ).all(ids, JSON.stringify(extra.codes));
  for (const code of codes) lines.add('codes', code);
  const users = prepared(
    db,
    `SELECT id, name, role FROM users WHERE id IN (
       SELECT recorded_by FROM stories WHERE ${inBatch('id')}
       UNION SELECT revised_by FROM story_revisions WHERE ${inBatch('story_id')}
       UNION SELECT tagged_by FROM story_tags WHERE ${inBatch('story_id')}
       UNION SELECT checked_by FROM story_mask_checks WHERE ${inBatch('story_id')}
       UNION SELECT created_by FROM events WHERE ${inBatch('id')}
       UNION SELECT value FROM json_each(?))`,
  ).all(ids, ids, ids, ids, eventIds, JSON.stringify(extra.users));
  for (const user of users) lines.add('users', user);
}

const sha256Of = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * The zip inside a transfer file (and inside each sync batch) for these stories:
 * every line of theirs and of what they refer to, with its manifest. Reads in
 * batches with checkpoints; the zip is built in memory.
 */
export async function buildTransferZip(
  db: Db,
  storyIds: string[],
  options: { since: string | null; extra?: ExtraReferences },
  context: JobContext,
): Promise<{ zip: Buffer; counts: Record<BundleTable, number> }> {
  const lines = new Lines();
  context.progress(0, storyIds.length, 'reading');
  for (let start = 0; start < storyIds.length; start += BATCH) {
    const batch = JSON.stringify(storyIds.slice(start, start + BATCH));
    for (const [table, sql] of Object.entries(STORY_QUERIES) as Array<[BundleTable, string]>) {
      for (const row of prepared(db, sql).iterate(batch)) lines.add(table, row);
    }
    context.progress(Math.min(start + BATCH, storyIds.length), storyIds.length, 'reading');
    await context.checkpoint();
  }
  addReferences(db, lines, storyIds, options.extra ?? NO_EXTRA);
  await context.checkpoint();
  const entries = BUNDLE_TABLES.map((table) => {
    const rows = lines.text.get(table)!;
    return { name: BUNDLE_FILES[table].file, data: Buffer.from(rows.length ? `${rows.join('\n')}\n` : '', 'utf8') };
  });
  const counts = Object.fromEntries(BUNDLE_TABLES.map((table) => [table, lines.count(table)])) as Record<BundleTable, number>;
  const manifest: Manifest = {
    format: 'verbatim-transfer-contents',
    formatVersion: 1,
    deviceId: readSetting(db, 'device_id') ?? 'unknown',
    organisation: readSetting(db, 'organisation') ?? '',
    createdAt: new Date().toISOString(),
    since: options.since,
    counts,
    files: Object.fromEntries(entries.map((entry) => [entry.name, { sha256: sha256Of(entry.data), bytes: entry.data.length }])),
  };
  return { zip: zipToBuffer([{ name: MANIFEST_FILE, data: JSON.stringify(manifest, null, 2) }, ...entries]), counts };
}

export async function exportTransfer(db: Db, request: TransferExportRequest, context: JobContext): Promise<TransferExportResult> {
  checkOutPath(request.path, TRANSFER_EXTENSION);
  const storyIds = selectStoryIds(db, request);
  if (storyIds.length === 0) throw new ServiceError('NOTHING_TO_EXPORT', 'There are no stories to put in a transfer file for that choice.');
  const { zip, counts } = await buildTransferZip(db, storyIds, { since: request.since }, context);
  await context.checkpoint();
  context.progress(storyIds.length, storyIds.length, 'sealing');
  const sealed = await sealWithPassphrase(zip, request.passphrase);
  // The last chance to cancel: after this the file is written whole or not at all.
  await context.checkpoint();
  context.progress(storyIds.length, storyIds.length, 'writing');
  writeFileDurably(request.path, sealed);
  return { path: request.path, counts, sha256: sha256Of(sealed) };
}
