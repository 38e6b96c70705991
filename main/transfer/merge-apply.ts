/**
 * Writing a merge plan: one synchronous transaction, so an import lands whole or
 * not at all. The search index is kept in step by the store's own triggers, except
 * the recent one for new stories, which catches up afterwards (recent-search-backlog);
 * new stories' counts are written once for all of them (bulk-derived). The
 * field's audit entries go into imported_audit (the local chain is never
 * spliced) and one local `transfer.import` entry records the file and the counts.
 */
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting } from '../store/settings-table';
import type { TransferBundle } from './bundle-reader';
import { writeReferences } from './merge-references';
import { planMergeNow, type MergePlan, type StoryPlan } from './merge-plan';
import type { TransferReport } from '../../shared/transfer/schemas';
import { writeFields } from './story-fields';
import { withRecentSearchDeferred } from '../workbench/recent-search-backlog';
import { withDerivedTablesByBatch } from '../store/bulk-derived';

const MAX_REPORTED_CONFLICTS = 500;

function insertTags(db: Db, storyId: string, tags: NonNullable<StoryPlan['existing']>['tagsToAdd']): void {
  const insert = prepared(
    db,
    'INSERT OR IGNORE INTO story_tags (story_id, code_id, sentiment, start, "end", revision, tagged_by, tagged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const tag of tags) insert.run(storyId, tag.code_id, tag.sentiment, tag.start, tag.end, tag.revision, tag.tagged_by, tag.tagged_at);
}

const insertRevisionSql = 'INSERT INTO story_revisions (story_id, revision, text, sha256, reason, revised_by, revised_at) VALUES (?, ?, ?, ?, ?, ?, ?)';

function insertNewStory(db: Db, plan: StoryPlan, device: string): void {
  const { story, revisions, fields, contact } = plan.field;
  // Inserted at revision 1 first: the search index trigger indexes the first words,
  // and the update below moves it to the current ones.
  const { seq } = prepared(
    db,
    `INSERT INTO stories (id, draft_id, words_kind, language, interpreter, translation, channel, event_id, heard_on, recorded_by, device_id,
       consent_keep, consent_share, consent_quote, consent_contact, safeguarding, safeguarding_action, safeguarding_by, status,
       current_revision, created_at, updated_at, sentiment, return_reason)
     VALUES (@id, @draft_id, @words_kind, @language, @interpreter, @translation, @channel, @event_id, @heard_on, @recorded_by, @device_id,
       @consent_keep, @consent_share, @consent_quote, @consent_contact, @safeguarding, @safeguarding_action, @safeguarding_by, @status,
       1, @created_at, @updated_at, @sentiment, @return_reason)
     RETURNING seq`,
  ).get(story) as { seq: number };
  const insertRevision = prepared(db, insertRevisionSql);
  for (const line of revisions) insertRevision.run(story.id, line.revision, line.text, line.sha256, line.reason, line.revised_by, line.revised_at);
  if (story.current_revision !== 1) prepared(db, 'UPDATE stories SET current_revision = ? WHERE id = ?').run(story.current_revision, story.id);
  const link = prepared(db, 'INSERT INTO story_services (story_id, service_id) VALUES (?, ?)');
  for (const serviceId of fields.services) link.run(story.id, serviceId);
  if (contact) {
    prepared(db, 'INSERT INTO story_contacts (story_id, name, phone, email, created_at) VALUES (@story_id, @name, @phone, @email, @created_at)').run(contact);
  }
  if (fields.equality !== null) prepared(db, 'INSERT INTO story_equality (story_id, answers) VALUES (?, ?)').run(story.id, fields.equality);
  insertTags(db, story.id, plan.field.tags);
  const mask = prepared(
    db,
    'INSERT INTO story_masks (story_id, revision, start, "end", type, origin, confidence, rule) VALUES (@story_id, @revision, @start, @end, @type, @origin, @confidence, @rule)',
  );
  for (const row of plan.field.masks) mask.run(row);
  const check = plan.field.maskCheck;
  if (check) {
    prepared(
      db,
      `INSERT INTO story_mask_checks (story_id, revision, text_sha256, masks_sha256, checked_by, checked_at)
       VALUES (@story_id, @revision, @text_sha256, @masks_sha256, @checked_by, @checked_at)`,
    ).run(check);
  }
  // Volunteers may read the anonymised words only while they belong to the current words.
  const redaction = plan.field.redaction;
  if (redaction && redaction.revision === story.current_revision) {
    prepared(db, 'INSERT INTO story_redactions (story_id, revision, text) VALUES (?, ?, ?)').run(story.id, redaction.revision, redaction.text);
    prepared(db, 'INSERT INTO story_redacted_fts (rowid, text) VALUES (?, ?)').run(seq, redaction.text);
  }
  prepared(db, 'INSERT INTO story_transfer_bases (story_id, source_device, fields_sha256) VALUES (?, ?, ?)').run(story.id, device, plan.fieldsSha256);
}

function conflictReason(device: string, officeRevision: number, original: string | null): string {
  const base = `From field laptop ${device} (conflict with revision ${officeRevision})`;
  return original ? `${base}: ${original}` : base;
}

function applyExisting(db: Db, plan: StoryPlan, device: string, fileSha256: string, now: string): void {
  const change = plan.existing!;
  const storyId = plan.field.story.id;
  const insertRevision = prepared(db, insertRevisionSql);
  const origin = prepared(db, 'INSERT INTO story_revision_origins (story_id, source_device, source_revision, sha256, revision) VALUES (?, ?, ?, ?, ?)');
  for (const { line, revision, conflictWith } of change.append) {
    const reason = conflictWith === null ? line.reason : conflictReason(device, conflictWith, line.reason);
    insertRevision.run(storyId, revision, line.text, line.sha256, reason, line.revised_by, line.revised_at);
    if (conflictWith !== null) origin.run(storyId, device, line.revision, line.sha256, revision);
  }
  if (change.applyFields) writeFields(db, storyId, plan.field.fields, now);
  if (change.newCurrent !== null) prepared(db, 'UPDATE stories SET current_revision = ?, updated_at = ? WHERE id = ?').run(change.newCurrent, now, storyId);
  insertTags(db, storyId, change.tagsToAdd);
  const conflict = prepared(
    db,
    `INSERT INTO story_conflicts (story_id, source_device, kind, office_revision, field_revision, field_values, differing, import_sha256, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  if (change.wordsConflict) {
    const { officeRevision, fieldRevision } = change.wordsConflict;
    conflict.run(storyId, device, 'words', officeRevision, fieldRevision, null, JSON.stringify(['words']), fileSha256, now);
  }
  if (change.fieldsConflict) {
    conflict.run(storyId, device, 'fields', null, null, JSON.stringify(plan.field.fields), JSON.stringify(change.fieldsConflict), fileSha256, now);
  }
  if (change.baseChanged) {
    prepared(
      db,
      `INSERT INTO story_transfer_bases (story_id, source_device, fields_sha256) VALUES (?, ?, ?)
       ON CONFLICT (story_id, source_device) DO UPDATE SET fields_sha256 = excluded.fields_sha256`,
    ).run(storyId, device, plan.fieldsSha256);
  }
}

function keepFieldAudit(db: Db, bundle: TransferBundle, now: string): number {
  const insert = prepared(
    db,
    'INSERT OR IGNORE INTO imported_audit (source_device, source_seq, source_hash, entry, import_sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let kept = 0;
  for (const entry of bundle.rows.audit) {
    kept += insert.run(bundle.manifest.deviceId, entry.seq, entry.hash, JSON.stringify(entry), bundle.fileSha256, now).changes;
  }
  return kept;
}

export function toReport(plan: MergePlan, bundle: TransferBundle, auditEntries: number): TransferReport {
  const conflicts = plan.stories
    .filter((story) => story.outcome === 'conflicting')
    .slice(0, MAX_REPORTED_CONFLICTS)
    .map((story) => ({
      storyId: story.field.story.id,
      words: story.existing!.wordsConflict !== null,
      fields: story.existing!.fieldsConflict ?? [],
    }));
  return {
    fileSha256: bundle.fileSha256,
    device: plan.device,
    organisation: bundle.manifest.organisation,
    createdAt: bundle.manifest.createdAt,
    stories: plan.counts,
    toCreate: {
      people: plan.references.usersToCreate.length,
      services: plan.references.servicesToCreate.length,
      events: plan.references.eventsToCreate.length,
      codes: plan.references.codesToCreate.length,
    },
    auditEntries,
    conflicts,
  };
}

/**
 * Room for every page the import touches (SQLite allocates it only as pages are
 * used). With the usual cache, a large import outgrows it mid-transaction and
 * SQLite spills pages and rewrites them, each write encrypted again: 100,000
 * stories took two and a half times as long. A transaction that holds several
 * merges (a sync's pull) takes the large cache around all of them: put back to
 * the usual size between merges, the cache would spill what they had written.
 */
const IMPORT_CACHE_KIB = 1024 * 1024;

export function withLargeCache<T>(db: Db, work: () => T): T {
  const usual = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  try {
    return work();
  } finally {
    db.pragma(`cache_size = ${usual}`);
  }
}

/** Writes the plan in one transaction and returns the report; any failure leaves the store as it was. */
export function applyMerge(db: Db, bundle: TransferBundle, planned: MergePlan, actor: Actor): TransferReport {
  return withLargeCache(db, () => db.transaction(() => {
    // Someone changed the store while the plan was being made: make it again, now.
    const plan = readSetting(db, 'audit_head') === planned.auditHead ? planned : planMergeNow(db, bundle);
    const now = new Date().toISOString();
    writeReferences(db, plan.references, now);
    for (const story of plan.stories) if (story.existing) applyExisting(db, story, plan.device, bundle.fileSha256, now);
    // New stories last: their counts written for all of them at once, and the recent
    // search index left to catch up after the commit.
    const fresh = plan.stories.filter((story) => story.outcome === 'new');
    if (fresh.length > 0) {
      withRecentSearchDeferred(db, () => withDerivedTablesByBatch(db, () => fresh.forEach((story) => insertNewStory(db, story, plan.device))));
    }
    const auditEntries = keepFieldAudit(db, bundle, now);
    const report = toReport(plan, bundle, auditEntries);
    appendAudit(db, actor, {
      action: 'transfer.import',
      entityType: 'transfer',
      entityId: bundle.fileSha256,
      details: { sha256: bundle.fileSha256, device: plan.device, stories: report.stories, created: report.toCreate, auditEntries },
    });
    return report;
  })());
}
